/**
 * Weighted pipeline and funnel health (seed: "1、粗细(容量) 2、斜率(推进效率) 3、均匀(阶段分布)
 * 4、流速(销售周期)"), and the win rates observed once enough deals have closed.
 */
import { PPM_PER_UNIT, ratioToPpm, type Ppm } from '../rate'
import { daysBetween, type IsoDate } from './dates'
import { FUNNEL_STAGES, funnelStageIndex, stageConfig, type FunnelConfig, type FunnelStage, type Opportunity } from './funnel'

const PPM_BIG = BigInt(PPM_PER_UNIT)

/** Σ fen×ppm ÷ 1,000,000, rounded half away from zero once, exactly (BigInt: fen × ppm passes 2^53 near ¥90亿). */
function roundProductSum(sum: bigint): number {
  const negative = sum < 0n
  const abs = negative ? -sum : sum
  const quotient = abs / PPM_BIG
  const rounded = abs % PPM_BIG >= PPM_BIG / 2n ? quotient + 1n : quotient
  return Number(negative ? -rounded : rounded)
}

export interface WeightedPipeline {
  count: number
  valueFen: number
  /** Σ value × stage probability, rounded once to the fen. */
  weightedFen: number
}

/** Open deals only: a won deal is revenue, a lost one is nothing, neither is pipeline. */
function openOpportunities(opportunities: readonly Opportunity[]): Opportunity[] {
  return opportunities.filter((opportunity) => opportunity.status === 'open')
}

function weigh(config: FunnelConfig, opportunities: readonly Opportunity[]): WeightedPipeline {
  let product = 0n
  let valueFen = 0
  for (const opportunity of opportunities) {
    valueFen += opportunity.valueFen
    product += BigInt(opportunity.valueFen) * BigInt(stageConfig(config, opportunity.stage).probabilityPpm)
  }
  return { count: opportunities.length, valueFen, weightedFen: roundProductSum(product) }
}

/** 加权管道: Σ value × probability over the open opportunities. */
export function weightedPipeline(config: FunnelConfig, opportunities: readonly Opportunity[]): WeightedPipeline {
  return weigh(config, openOpportunities(opportunities))
}

export interface PipelineGroup extends WeightedPipeline {
  key: string
}

/**
 * The weighted pipeline per group (owner, format, region or any key the caller derives). Each
 * group is rounded once, so the groups may differ from the overall total by a fen or so per group.
 * Groups come largest weighted value first, ties by key.
 */
export function weightedPipelineBy(
  config: FunnelConfig,
  opportunities: readonly Opportunity[],
  keyOf: (opportunity: Opportunity) => string
): PipelineGroup[] {
  const groups = new Map<string, Opportunity[]>()
  for (const opportunity of openOpportunities(opportunities)) {
    const key = keyOf(opportunity)
    const members = groups.get(key)
    if (members) members.push(opportunity)
    else groups.set(key, [opportunity])
  }
  return [...groups.entries()]
    .map(([key, members]) => ({ key, ...weigh(config, members) }))
    .sort((a, b) => b.weightedFen - a.weightedFen || a.key.localeCompare(b.key))
}

/** Ready-made keys; a missing format or region groups under '' (the UI shows "未填"). */
export const pipelineGroupKeys = {
  owner: (opportunity: Opportunity): string => opportunity.ownerName,
  format: (opportunity: Opportunity): string => opportunity.format ?? '',
  region: (opportunity: Opportunity): string => opportunity.region ?? ''
}

// ——— 粗细 volume ———

export interface StageVolume {
  stage: FunnelStage
  count: number
  valueFen: number
}

/** 粗细 (容量): how many open deals, and how much value, sit in each stage now. */
export function funnelVolume(opportunities: readonly Opportunity[]): StageVolume[] {
  const open = openOpportunities(opportunities)
  return FUNNEL_STAGES.map((stage) => {
    const inStage = open.filter((opportunity) => opportunity.stage === stage)
    return { stage, count: inStage.length, valueFen: inStage.reduce((sum, opportunity) => sum + opportunity.valueFen, 0) }
  })
}

// ——— 斜率 conversion ———

/**
 * The furthest stage a deal reached. A deal that skipped a stage (entered 立项 straight from 目标)
 * counts as having passed it: the funnel is one path, the skip is a recording gap, not a detour.
 */
function furthestStageIndex(opportunity: Opportunity): number {
  const indices = [opportunity.stage, ...opportunity.stageHistory.map((visit) => visit.stage)].map(funnelStageIndex)
  return Math.max(...indices)
}

export type NullReason = 'no_deals_reached_stage' | 'too_few_closed' | 'no_completed_spells'

export interface StageConversion {
  from: FunnelStage
  to: FunnelStage
  reachedFrom: number
  reachedTo: number
  /** reachedTo ÷ reachedFrom, ppm; null when no deal reached `from`. */
  conversionPpm: Ppm | null
  reason: NullReason | null
}

/**
 * 斜率 (推进效率): of the deals that reached stage k (open, won or lost), the share that reached
 * k+1. Deals still open at k count in the denominator: a young funnel looks steeper than it is,
 * which is what a KA manager sees in their own sheet too.
 */
export function funnelConversion(opportunities: readonly Opportunity[]): StageConversion[] {
  const furthest = opportunities.map(furthestStageIndex)
  const nextStages = FUNNEL_STAGES.slice(1)
  return nextStages.map((to, index) => {
    const from = FUNNEL_STAGES[index] ?? to
    const reachedFrom = furthest.filter((reached) => reached >= index).length
    const reachedTo = furthest.filter((reached) => reached >= index + 1).length
    const conversionPpm = ratioToPpm(reachedTo, reachedFrom)
    return { from, to, reachedFrom, reachedTo, conversionPpm, reason: conversionPpm === null ? 'no_deals_reached_stage' : null }
  })
}

// ——— 均匀 distribution ———

/**
 * The stages whose distribution matters: 目标 … 成交. 重复购买 is the loop after the funnel
 * ("保持体形,补充血液"), so a young business with no repeat orders is not "uneven" for that.
 */
export const DISTRIBUTION_STAGES: readonly FunnelStage[] = FUNNEL_STAGES.slice(0, -1)

export interface StageShare {
  stage: FunnelStage
  count: number
  /** count ÷ open deals in the distribution stages, ppm. */
  sharePpm: Ppm
  valueFen: number
  /** value ÷ open value in the distribution stages, ppm (0 when there is no value). */
  valueSharePpm: Ppm
}

export interface FunnelDistribution {
  total: number
  shares: StageShare[]
  /**
   * 均匀度: 1 − (the distance of the shares from an even spread ÷ the largest possible distance),
   * in ppm. With n stages and shares sᵢ: distance = ½·Σ|sᵢ − 1/n|, largest = 1 − 1/n (all deals in one
   * stage). 100% = every stage holds the same number of deals; 0% = all deals in one stage.
   * In integers: 1 − Σ|n·cᵢ − N| ÷ (2·N·(n − 1)). Null when there are no open deals.
   */
  evennessPpm: Ppm | null
  emptyStages: FunnelStage[]
  reason: 'no_open_deals' | null
}

/** 均匀 (阶段分布): the share of open deals (by count and by value) in each stage, and one evenness figure by count. */
export function funnelDistribution(opportunities: readonly Opportunity[]): FunnelDistribution {
  const open = openOpportunities(opportunities).filter((opportunity) => DISTRIBUTION_STAGES.includes(opportunity.stage))
  const total = open.length
  const n = DISTRIBUTION_STAGES.length
  const counts = DISTRIBUTION_STAGES.map((stage) => open.filter((opportunity) => opportunity.stage === stage).length)
  const totalValueFen = open.reduce((sum, opportunity) => sum + opportunity.valueFen, 0)
  const shares = DISTRIBUTION_STAGES.map((stage, index): StageShare => {
    const valueFen = open.filter((opportunity) => opportunity.stage === stage).reduce((sum, opportunity) => sum + opportunity.valueFen, 0)
    return {
      stage,
      count: counts[index] ?? 0,
      sharePpm: ratioToPpm(counts[index] ?? 0, total) ?? 0,
      valueFen,
      valueSharePpm: ratioToPpm(valueFen, totalValueFen) ?? 0
    }
  })
  const emptyStages = DISTRIBUTION_STAGES.filter((_, index) => counts[index] === 0)
  if (total === 0) return { total, shares, evennessPpm: null, emptyStages, reason: 'no_open_deals' }
  const deviation = counts.reduce((sum, count) => sum + Math.abs(n * count - total), 0)
  const unevennessPpm = ratioToPpm(deviation, 2 * total * (n - 1)) ?? 0
  return { total, shares, evennessPpm: PPM_PER_UNIT - unevennessPpm, emptyStages, reason: null }
}

// ——— 流速 velocity ———

export interface StageVelocity {
  stage: FunnelStage
  /** Stays in the stage that were measured (ended ones and open deals' current ones). */
  spells: number
  /** Of which still running (open deals counted up to today). */
  runningSpells: number
  /** Median days; the mean of the middle two for an even count (so may end in .5). */
  medianDays: number | null
  /** Mean days, rounded half up to one decimal. */
  meanDays: number | null
  reason: NullReason | null
}

/**
 * 流速 (销售周期): days spent in each stage. A stay runs from entering a stage to entering the next;
 * the last stay of an open deal runs to `today`, of a closed deal to its close date (a closed deal
 * without one adds no last stay). Stays with dates out of order are skipped rather than counted
 * as negative time.
 */
export function funnelVelocity(opportunities: readonly Opportunity[], today: IsoDate): StageVelocity[] {
  const days = new Map<FunnelStage, number[]>(FUNNEL_STAGES.map((stage) => [stage, []]))
  const running = new Map<FunnelStage, number>(FUNNEL_STAGES.map((stage) => [stage, 0]))
  for (const opportunity of opportunities) {
    opportunity.stageHistory.forEach((visit, index) => {
      const next = opportunity.stageHistory[index + 1]
      const isLast = next === undefined
      const end = next?.enteredOn ?? (opportunity.status === 'open' ? today : opportunity.closedOn)
      if (end === undefined) return
      const spell = daysBetween(visit.enteredOn, end)
      if (spell === null || spell < 0) return
      days.get(visit.stage)?.push(spell)
      if (isLast && opportunity.status === 'open') running.set(visit.stage, (running.get(visit.stage) ?? 0) + 1)
    })
  }
  return FUNNEL_STAGES.map((stage) => {
    const spells = [...(days.get(stage) ?? [])].sort((a, b) => a - b)
    if (spells.length === 0) {
      return { stage, spells: 0, runningSpells: 0, medianDays: null, meanDays: null, reason: 'no_completed_spells' }
    }
    const middle = Math.floor(spells.length / 2)
    const upper = spells[middle] ?? 0
    const medianDays = spells.length % 2 === 1 ? upper : ((spells[middle - 1] ?? 0) + upper) / 2
    const sum = spells.reduce((total, value) => total + value, 0)
    // Mean to one decimal, half up: sum × 10 ÷ count is exact enough in integers for any real funnel.
    const meanDays = Math.round((sum * 10) / spells.length) / 10
    return { stage, spells: spells.length, runningSpells: running.get(stage) ?? 0, medianDays, meanDays, reason: null }
  })
}

// ——— observed win rates ———

/** Below this many closed (won or lost) deals an observed rate is noise, so none is shown. */
export const OBSERVED_WIN_RATE_MIN_CLOSED = 10

export interface StageWinRate {
  stage: FunnelStage
  defaultPpm: Ppm
  /** Of the closed deals that reached this stage, the share won; null before enough have closed. */
  observedPpm: Ppm | null
  reachedClosed: number
  won: number
  reason: NullReason | null
}

/** Observed stage-to-win rates beside the configured probabilities (needs ≥ 10 closed deals). */
export function observedWinRates(config: FunnelConfig, opportunities: readonly Opportunity[]): { closed: number; rates: StageWinRate[] } {
  const closedDeals = opportunities.filter((opportunity) => opportunity.status !== 'open')
  const closed = closedDeals.length
  const rates = FUNNEL_STAGES.map((stage, index): StageWinRate => {
    const reached = closedDeals.filter((opportunity) => furthestStageIndex(opportunity) >= index)
    const won = reached.filter((opportunity) => opportunity.status === 'won').length
    const defaultPpm = stageConfig(config, stage).probabilityPpm
    if (closed < OBSERVED_WIN_RATE_MIN_CLOSED) {
      return { stage, defaultPpm, observedPpm: null, reachedClosed: reached.length, won, reason: 'too_few_closed' }
    }
    const observedPpm = ratioToPpm(won, reached.length)
    return {
      stage,
      defaultPpm,
      observedPpm,
      reachedClosed: reached.length,
      won,
      reason: observedPpm === null ? 'no_deals_reached_stage' : null
    }
  })
  return { closed, rates }
}
