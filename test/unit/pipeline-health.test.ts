import { describe, expect, it } from 'vitest'
import {
  DEFAULT_FUNNEL_CONFIG,
  funnelConversion,
  funnelDistribution,
  funnelVelocity,
  funnelVolume,
  observedWinRates,
  pipelineGroupKeys,
  weightedPipeline,
  weightedPipelineBy,
  type FunnelStage,
  type Opportunity,
  type StageVisit
} from '../../src/shared/domain/pipeline'

const config = DEFAULT_FUNNEL_CONFIG

function opportunity(fields: Partial<Opportunity> & Pick<Opportunity, 'id' | 'stageHistory'>): Opportunity {
  const last = fields.stageHistory.at(-1) as StageVisit
  return {
    name: fields.id,
    valueFen: 0,
    ownerName: '王经理',
    companySize: 'small_mid',
    stage: last.stage,
    status: 'open',
    evidence: {},
    ...fields
  }
}

const visits = (...entries: [FunnelStage, string][]): StageVisit[] => entries.map(([stage, enteredOn]) => ({ stage, enteredOn }))

/*
 * A small funnel, today = 2026-03-31:
 *   A open 谈判, ¥10,000.00 (1,000,000 fen), 王经理, 大卖场, 上海
 *   B open 意向, 333,332 fen, 李经理, 连锁药店, 北京
 *   C open 目标, 200,004 fen, 王经理, 连锁药店, 上海
 *   D won at 成交 (closed 03-17), 500,000 fen, 李经理
 *   E lost at 立项 (closed 03-01), 800,000 fen, 王经理
 */
const a = opportunity({
  id: 'A',
  valueFen: 1_000_000,
  format: 'hypermarket',
  region: '上海',
  stageHistory: visits(['target', '2026-01-01'], ['intention', '2026-01-11'], ['project', '2026-02-10'], ['acceptance', '2026-03-02'], ['negotiation', '2026-03-12'])
})
const b = opportunity({
  id: 'B',
  valueFen: 333_332,
  ownerName: '李经理',
  format: 'pharmacy',
  region: '北京',
  stageHistory: visits(['target', '2026-02-01'], ['intention', '2026-02-21'])
})
const c = opportunity({ id: 'C', valueFen: 200_004, format: 'pharmacy', region: '上海', stageHistory: visits(['target', '2026-03-01']) })
const d = opportunity({
  id: 'D',
  valueFen: 500_000,
  ownerName: '李经理',
  status: 'won',
  closedOn: '2026-03-17',
  stageHistory: visits(
    ['target', '2026-01-01'],
    ['intention', '2026-01-06'],
    ['project', '2026-01-16'],
    ['acceptance', '2026-02-15'],
    ['negotiation', '2026-02-25'],
    ['deal', '2026-03-07']
  )
})
const e = opportunity({
  id: 'E',
  valueFen: 800_000,
  status: 'lost',
  closedOn: '2026-03-01',
  stageHistory: visits(['target', '2026-01-01'], ['intention', '2026-01-21'], ['project', '2026-01-31'])
})
const funnel = [a, b, c, d, e]
const today = '2026-03-31'

describe('weightedPipeline (Σ value × probability, open deals only)', () => {
  it('rounds once over the sum, not per deal', () => {
    // A 1,000,000 × 50% = 500,000.0; B 333,332 × 20% = 66,666.4; C 200,004 × 10% = 20,000.4
    // Σ = 586,666.8 → 586,667 fen (rounding each deal first would give 586,666). D won and E lost are not pipeline.
    expect(weightedPipeline(config, funnel)).toEqual({ count: 3, valueFen: 1_533_336, weightedFen: 586_667 })
  })

  it('stays exact beyond 2^53 for fen × ppm (¥90亿 at 成交 80%)', () => {
    // 900,000,000,001 fen × 0.8 = 720,000,000,000.8 → 720,000,000,001
    const big = opportunity({ id: 'big', valueFen: 900_000_000_001, stageHistory: visits(['deal', '2026-03-01']) })
    expect(weightedPipeline(config, [big]).weightedFen).toBe(720_000_000_001)
  })

  it('groups by owner, format and region, largest weighted value first', () => {
    // 王经理: A 500,000 + C 20,000.4 = 520,000.4 → 520,000; 李经理: B 66,666.4 → 66,666
    expect(weightedPipelineBy(config, funnel, pipelineGroupKeys.owner)).toEqual([
      { key: '王经理', count: 2, valueFen: 1_200_004, weightedFen: 520_000 },
      { key: '李经理', count: 1, valueFen: 333_332, weightedFen: 66_666 }
    ])
    // 大卖场: A 500,000; 连锁药店: B + C = 86,666.8 → 86,667
    expect(weightedPipelineBy(config, funnel, pipelineGroupKeys.format).map((group) => [group.key, group.weightedFen])).toEqual([
      ['hypermarket', 500_000],
      ['pharmacy', 86_667]
    ])
    expect(weightedPipelineBy(config, funnel, pipelineGroupKeys.region).map((group) => [group.key, group.count])).toEqual([
      ['上海', 2],
      ['北京', 1]
    ])
  })
})

describe('funnel health', () => {
  it('粗细: counts and values of the open deals in each stage', () => {
    expect(funnelVolume(funnel).filter((stage) => stage.count > 0)).toEqual([
      { stage: 'target', count: 1, valueFen: 200_004 },
      { stage: 'intention', count: 1, valueFen: 333_332 },
      { stage: 'negotiation', count: 1, valueFen: 1_000_000 }
    ])
  })

  it('斜率: of the deals that reached a stage, the share that reached the next', () => {
    // Furthest stage: A 谈判, B 意向, C 目标, D 成交, E 立项.
    // 目标→意向 4/5; 意向→立项 3/4 (A, D, E); 立项→认可 2/3 = 666,666.7 → 666,667;
    // 认可→谈判 2/2; 谈判→成交 1/2; 成交→重复购买 0/1
    expect(funnelConversion(funnel).map((step) => [step.from, step.reachedFrom, step.reachedTo, step.conversionPpm])).toEqual([
      ['target', 5, 4, 800_000],
      ['intention', 4, 3, 750_000],
      ['project', 3, 2, 666_667],
      ['acceptance', 2, 2, 1_000_000],
      ['negotiation', 2, 1, 500_000],
      ['deal', 1, 0, 0]
    ])
  })

  it('斜率: a skipped stage counts as passed, and a stage nobody reached has no rate', () => {
    // F went from 目标 straight to 立项: it reached 意向 on the way.
    const f = opportunity({ id: 'F', stageHistory: visits(['target', '2026-01-01'], ['project', '2026-02-01']) })
    const steps = funnelConversion([f])
    expect(steps[0]?.conversionPpm).toBe(1_000_000)
    expect(steps[1]?.conversionPpm).toBe(1_000_000)
    expect(steps[2]).toMatchObject({ reachedFrom: 1, reachedTo: 0, conversionPpm: 0 })
    expect(steps[3]).toMatchObject({ reachedFrom: 0, conversionPpm: null, reason: 'no_deals_reached_stage' })
  })

  it('均匀: shares per stage and evenness = 1 − Σ|n·cᵢ − N| ÷ (2·N·(n − 1))', () => {
    // Open deals over the six stages 目标…成交: counts [1,1,0,0,1,0], N = 3, n = 6.
    // Σ|6cᵢ − 3| = 3+3+3+3+3+3 = 18; 2·3·5 = 30; 18/30 = 0.6 → evenness 40%
    const distribution = funnelDistribution(funnel)
    expect(distribution.evennessPpm).toBe(400_000)
    expect(distribution.shares.map((share) => share.sharePpm)).toEqual([333_333, 333_333, 0, 0, 333_333, 0])
    expect(distribution.emptyStages).toEqual(['project', 'acceptance', 'deal'])
    // by value: 目标 200,004 / 意向 333,332 / 谈判 1,000,000 of 1,533,336 fen
    // = 130,437.2 → 130,437; 217,390.1 → 217,390; 652,172.8 → 652,173 ppm
    expect(distribution.shares.map((share) => share.valueSharePpm)).toEqual([130_437, 217_390, 0, 0, 652_173, 0])
  })

  it('均匀: one deal in every stage is 100%, all deals in one stage is 0%, no deals is null', () => {
    const stages: FunnelStage[] = ['target', 'intention', 'project', 'acceptance', 'negotiation', 'deal']
    const spread = stages.map((stage) => opportunity({ id: stage, stageHistory: visits([stage, '2026-01-01']) }))
    expect(funnelDistribution(spread).evennessPpm).toBe(1_000_000)
    // counts [3,0,0,0,0,0]: Σ = 15 + 5×3 = 30; 2·3·5 = 30 → 1 − 1 = 0
    const piled = [1, 2, 3].map((index) => opportunity({ id: `p${index}`, stageHistory: visits(['target', '2026-01-01']) }))
    expect(funnelDistribution(piled).evennessPpm).toBe(0)
    expect(funnelDistribution([d, e])).toMatchObject({ total: 0, evennessPpm: null, reason: 'no_open_deals' })
  })

  it('流速: median and mean days per stage, open deals counted up to today', () => {
    // 目标: A 10 (01-01→01-11), B 20, C 30 (03-01→today, running), D 5, E 20 → [5,10,20,20,30]: median 20, mean 85/5 = 17
    // 意向: A 30, B 38 (02-21→03-31, running), D 10, E 10 → [10,10,30,38]: median (10+30)/2 = 20, mean 88/4 = 22
    // 立项: A 20 (02-10→03-02 in a 28-day February), D 30, E 29 (01-31→closed 03-01) → median 29, mean 79/3 = 26.33 → 26.3
    // 认可: A 10, D 10; 谈判: A 19 (running), D 10 → median = mean = 14.5; 成交: D 10 (to its close); 重复购买: none
    const velocity = funnelVelocity(funnel, today)
    expect(velocity.map((stage) => [stage.stage, stage.spells, stage.runningSpells, stage.medianDays, stage.meanDays])).toEqual([
      ['target', 5, 1, 20, 17],
      ['intention', 4, 1, 20, 22],
      ['project', 3, 0, 29, 26.3],
      ['acceptance', 2, 0, 10, 10],
      ['negotiation', 2, 1, 14.5, 14.5],
      ['deal', 1, 0, 10, 10],
      ['repeat_purchase', 0, 0, null, null]
    ])
    expect(velocity[6]?.reason).toBe('no_completed_spells')
  })
})

describe('funnelVelocity edge cases', () => {
  it('adds no last stay for a closed deal without a close date, and skips a stay whose dates run backwards', () => {
    // G lost, no close date: 目标 10 days (01-01→01-11) counts, its 意向 stay has no end.
    const g = opportunity({ id: 'G', status: 'lost', stageHistory: visits(['target', '2026-01-01'], ['intention', '2026-01-11']) })
    // H: 目标 entered 02-10, 意向 02-01 (typed wrong): the −9-day 目标 stay is skipped; 意向 runs 02-01→today 03-31 = 58 days
    const h = opportunity({ id: 'H', stageHistory: visits(['target', '2026-02-10'], ['intention', '2026-02-01']) })
    const velocity = funnelVelocity([g, h], today)
    expect(velocity[0]).toMatchObject({ stage: 'target', spells: 1, medianDays: 10 })
    expect(velocity[1]).toMatchObject({ stage: 'intention', spells: 1, runningSpells: 1, medianDays: 58 })
  })
})

describe('observedWinRates (only once at least 10 deals have closed)', () => {
  // Ten closed deals: 4 won (each through 成交), 3 lost at 目标, 2 lost at 立项, 1 lost at 谈判.
  const path: FunnelStage[] = ['target', 'intention', 'project', 'acceptance', 'negotiation', 'deal']
  const closedAt = (id: string, stage: FunnelStage, status: 'won' | 'lost'): Opportunity =>
    opportunity({
      id,
      status,
      closedOn: '2026-06-30',
      stageHistory: path.slice(0, path.indexOf(stage) + 1).map((visited, index) => ({ stage: visited, enteredOn: `2026-0${index + 1}-01` }))
    })
  const won = [1, 2, 3, 4].map((index) => closedAt(`w${index}`, 'deal', 'won'))
  const lost = [
    closedAt('l1', 'target', 'lost'),
    closedAt('l2', 'target', 'lost'),
    closedAt('l3', 'target', 'lost'),
    closedAt('l4', 'project', 'lost'),
    closedAt('l5', 'project', 'lost'),
    closedAt('l6', 'negotiation', 'lost')
  ]

  it('with 10 closed: of those that reached each stage, the share won, beside the default', () => {
    // 目标 4/10; 意向 and 立项 4/7 = 571,428.6 → 571,429; 认可 and 谈判 4/5; 成交 4/4; 重复购买 nobody
    const { closed, rates } = observedWinRates(config, [...won, ...lost, a])
    expect(closed).toBe(10)
    expect(rates.map((rate) => [rate.stage, rate.defaultPpm, rate.observedPpm])).toEqual([
      ['target', 100_000, 400_000],
      ['intention', 200_000, 571_429],
      ['project', 300_000, 571_429],
      ['acceptance', 400_000, 800_000],
      ['negotiation', 500_000, 800_000],
      ['deal', 800_000, 1_000_000],
      ['repeat_purchase', 900_000, null]
    ])
    expect(rates[6]?.reason).toBe('no_deals_reached_stage')
  })

  it('with 9 closed: no observed rate, with the reason', () => {
    const { closed, rates } = observedWinRates(config, [...won, ...lost.slice(1), a])
    expect(closed).toBe(9)
    expect(rates.every((rate) => rate.observedPpm === null && rate.reason === 'too_few_closed')).toBe(true)
  })
})
