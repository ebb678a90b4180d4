import { describe, expect, it } from 'vitest'
import {
  advanceOpportunity,
  checkAdvance,
  checkStageHistory,
  DEFAULT_FUNNEL_CONFIG,
  effectiveFunnelConfig,
  evaluateStageEvidence,
  findEvidenceLapses,
  stageSupportedByEvidence,
  type Opportunity
} from '../../src/shared/domain/pipeline'

const config = DEFAULT_FUNNEL_CONFIG

describe('funnel stage probabilities (seed: 目标10% 意向20% 立项30% 认可40% 谈判50% 成交80%)', () => {
  it('uses the seed figures, and 90% for 重复购买 where the seed gives none', () => {
    expect(config.stages.map((stage) => [stage.stage, stage.probabilityPpm])).toEqual([
      ['target', 100_000],
      ['intention', 200_000],
      ['project', 300_000],
      ['acceptance', 400_000],
      ['negotiation', 500_000],
      ['deal', 800_000],
      ['repeat_purchase', 900_000]
    ])
  })

  it('names the seed owners: 客户经理, 项目经理, 项目小组, 项目经理+公司高层, 项目经理+财务主管', () => {
    expect(config.stages.map((stage) => stage.ownerRoles)).toEqual([
      ['ka_manager'],
      ['project_manager'],
      ['project_team'],
      ['project_team'],
      ['project_manager', 'senior_management'],
      ['project_manager', 'finance_manager'],
      ['ka_manager']
    ])
  })
})

describe('evaluateStageEvidence: 目标 "至少满足其中2条以上" of three', () => {
  it('is not met with one criterion (below), met with two (at) and with three (above)', () => {
    const one = evaluateStageEvidence(config, 'target', ['first_contact'])
    expect(one.isMet).toBe(false)
    expect(one.shortBy).toBe(1)
    expect(one.missingCriterionIds).toEqual(['materials_allowed', 'visit_scheduled'])
    // The stage's checklist in the seed's order, ticked or not (a screen keeps its boxes in place).
    expect(one.criterionIds).toEqual(['materials_allowed', 'first_contact', 'visit_scheduled'])
    expect(evaluateStageEvidence(config, 'target', ['visit_scheduled']).criterionIds).toEqual(one.criterionIds)
    expect(evaluateStageEvidence(config, 'target', ['first_contact', 'visit_scheduled']).isMet).toBe(true)
    expect(evaluateStageEvidence(config, 'target', ['materials_allowed', 'first_contact', 'visit_scheduled']).isMet).toBe(true)
  })

  it('ignores ticks that are not criteria of the stage (a 意向 tick does not count for 目标)', () => {
    const evaluation = evaluateStageEvidence(config, 'target', ['first_contact', 'formal_visit'])
    expect(evaluation.isMet).toBe(false)
    expect(evaluation.metCriterionIds).toEqual(['first_contact'])
  })
})

describe('evaluateStageEvidence: 意向 at least 2 of 4', () => {
  it('needs two: one is short by one, two or four are met', () => {
    expect(evaluateStageEvidence(config, 'intention', ['clear_need']).shortBy).toBe(1)
    expect(evaluateStageEvidence(config, 'intention', ['clear_need', 'senior_sponsor']).isMet).toBe(true)
    expect(evaluateStageEvidence(config, 'intention', ['formal_visit', 'evaluating', 'clear_need', 'senior_sponsor']).isMet).toBe(true)
  })
})

describe('evaluateStageEvidence: 立项 "中小企业:至少符合1、4以上; 中大企业或政府:至少符合1、2、3、4"', () => {
  it('small/mid: criteria 1 and 4 suffice, 1 alone or 4 + 5 do not', () => {
    expect(evaluateStageEvidence(config, 'project', ['team_and_decision_process', 'core_need'], 'small_mid').isMet).toBe(true)
    const onlyOne = evaluateStageEvidence(config, 'project', ['team_and_decision_process'], 'small_mid')
    expect(onlyOne.isMet).toBe(false)
    expect(onlyOne.missingCriterionIds).toEqual(['core_need'])
    // 2, 3, 4, 5 are four criteria but not criterion 1: still not met
    expect(evaluateStageEvidence(config, 'project', ['launch_timeline', 'budget_range', 'core_need', 'competitor'], 'small_mid').isMet).toBe(
      false
    )
  })

  it('large: 1 and 4 are not enough; 1–4 are; 1–5 are too', () => {
    const partial = evaluateStageEvidence(config, 'project', ['team_and_decision_process', 'core_need'], 'large')
    expect(partial.isMet).toBe(false)
    expect(partial.missingCriterionIds).toEqual(['launch_timeline', 'budget_range'])
    expect(partial.shortBy).toBe(2)
    const fourOfFour = ['team_and_decision_process', 'launch_timeline', 'budget_range', 'core_need']
    expect(evaluateStageEvidence(config, 'project', fourOfFour, 'large').isMet).toBe(true)
    expect(evaluateStageEvidence(config, 'project', [...fourOfFour, 'competitor'], 'large').isMet).toBe(true)
  })

  it('an unknown size gets the stricter large-company rule, and says so', () => {
    const evaluation = evaluateStageEvidence(config, 'project', ['team_and_decision_process', 'core_need'], null)
    expect(evaluation.isMet).toBe(false)
    expect(evaluation.assumedCompanySize).toBe('large')
  })
})

describe('evaluateStageEvidence: 认可, 谈判, 成交 need at least one', () => {
  it('none is not met; one is', () => {
    expect(evaluateStageEvidence(config, 'acceptance', []).isMet).toBe(false)
    expect(evaluateStageEvidence(config, 'acceptance', ['tender_won']).isMet).toBe(true)
    expect(evaluateStageEvidence(config, 'negotiation', []).isMet).toBe(false)
    // 客户方针对价格提出异议 comes from the seed's second (回顾) list of 谈判 criteria
    expect(evaluateStageEvidence(config, 'negotiation', ['price_objection']).isMet).toBe(true)
    expect(evaluateStageEvidence(config, 'deal', ['first_payment']).isMet).toBe(true)
  })
})

const baseOpportunity: Opportunity = {
  id: 'o1',
  name: '华联 2027 年度进场',
  valueFen: 50_000_000,
  ownerName: '王经理',
  companySize: 'small_mid',
  stage: 'target',
  status: 'open',
  stageHistory: [{ stage: 'target', enteredOn: '2026-09-01' }],
  evidence: { target: ['first_contact', 'visit_scheduled'] }
}

describe('moving an opportunity forward', () => {
  it('refuses to move to 意向 until two 意向 criteria are ticked, and says which are missing', () => {
    const withOne = { ...baseOpportunity, evidence: { ...baseOpportunity.evidence, intention: ['formal_visit'] } }
    const check = checkAdvance(config, withOne)
    expect(check.isAllowed).toBe(false)
    expect(check.refusal).toBe('funnel.refusals.evidence_not_met')
    expect(check.nextStage).toBe('intention')
    expect(check.evaluation?.missingCriterionIds).toEqual(['evaluating', 'clear_need', 'senior_sponsor'])
  })

  it('moves with two criteria and records the day in the history, leaving the input untouched', () => {
    const ready = { ...baseOpportunity, evidence: { ...baseOpportunity.evidence, intention: ['formal_visit', 'clear_need'] } }
    const result = advanceOpportunity(config, ready, '2026-10-08')
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.opportunity.stage).toBe('intention')
    expect(result.opportunity.stageHistory).toEqual([
      { stage: 'target', enteredOn: '2026-09-01' },
      { stage: 'intention', enteredOn: '2026-10-08' }
    ])
    expect(ready.stage).toBe('target')
  })

  it('does not move closed deals or past 重复购买, nor on a date that is not a date', () => {
    expect(checkAdvance(config, { ...baseOpportunity, status: 'lost' }).refusal).toBe('funnel.refusals.not_open')
    expect(checkAdvance(config, { ...baseOpportunity, stage: 'repeat_purchase' }).refusal).toBe('funnel.refusals.at_last_stage')
    const ready = { ...baseOpportunity, evidence: { intention: ['formal_visit', 'clear_need'] } }
    const result = advanceOpportunity(config, ready, '2026-02-30')
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.refusal).toBe('funnel.refusals.invalid_date')
  })
})

describe('findEvidenceLapses: deals whose current stage no longer holds', () => {
  it('flags an open 谈判 deal whose only criterion was taken back, not a healthy one or a closed one', () => {
    const stalled: Opportunity = { ...baseOpportunity, id: 'stalled', stage: 'negotiation', evidence: { negotiation: [] } }
    const healthy: Opportunity = { ...baseOpportunity, id: 'healthy', stage: 'negotiation', evidence: { negotiation: ['our_contract_sent'] } }
    const lost: Opportunity = { ...stalled, id: 'lost', status: 'lost' }
    const lapses = findEvidenceLapses(config, [stalled, healthy, lost])
    expect(lapses.map((lapse) => lapse.opportunityId)).toEqual(['stalled'])
    expect(lapses[0]?.evaluation.shortBy).toBe(1)
  })

  it('says which stage the evidence still supports: 谈判 lapsed but 认可 holds → 认可; nothing holds → null', () => {
    const lapsed: Opportunity = {
      ...baseOpportunity,
      stage: 'negotiation',
      evidence: { target: ['first_contact', 'visit_scheduled'], acceptance: ['tender_won'], negotiation: [] }
    }
    expect(stageSupportedByEvidence(config, lapsed)).toBe('acceptance')
    expect(stageSupportedByEvidence(config, { ...lapsed, evidence: {} })).toBeNull()
  })

  it('flags a 目标 deal left with one of its two criteria', () => {
    const lapses = findEvidenceLapses(config, [{ ...baseOpportunity, evidence: { target: ['first_contact'] } }])
    expect(lapses).toHaveLength(1)
  })
})

describe('effectiveFunnelConfig: settings override the defaults', () => {
  it('applies a new probability and an extra criterion, and keeps the rest', () => {
    const { config: effective, issues } = effectiveFunnelConfig({
      negotiation: { probabilityPpm: 600_000, extraCriteria: [{ id: 'fee_sheet_received', label: '收到费用清单' }] }
    })
    expect(issues).toEqual([])
    const negotiation = effective.stages.find((stage) => stage.stage === 'negotiation')
    expect(negotiation?.probabilityPpm).toBe(600_000)
    expect(negotiation?.criteria.at(-1)).toEqual({ id: 'fee_sheet_received', customLabel: '收到费用清单' })
    // the added criterion counts toward "at least one"
    expect(evaluateStageEvidence(effective, 'negotiation', ['fee_sheet_received']).isMet).toBe(true)
    expect(effective.stages.find((stage) => stage.stage === 'target')?.probabilityPpm).toBe(100_000)
  })

  it('refuses a probability above 100% and warns when probabilities stop rising', () => {
    const { config: effective, issues } = effectiveFunnelConfig({ deal: { probabilityPpm: 1_200_000 }, acceptance: { probabilityPpm: 300_000 } })
    expect(effective.stages.find((stage) => stage.stage === 'deal')?.probabilityPpm).toBe(800_000)
    expect(issues.map((issue) => [issue.code, issue.stage])).toEqual([
      ['funnel.configIssues.probability_out_of_range', 'deal'],
      // 认可 30% is not above 立项 30%
      ['funnel.configIssues.probability_not_rising', 'acceptance']
    ])
  })

  it('reports a rule that asks for more criteria than the stage has, or names an unknown one', () => {
    const { issues } = effectiveFunnelConfig({
      target: { rule: { kind: 'at_least', count: 4 } },
      deal: { rule: { kind: 'all_of', criterionIds: ['contract_signed', 'goods_shipped'] } }
    })
    expect(issues.map((issue) => issue.code)).toEqual(['funnel.configIssues.rule_count_out_of_range', 'funnel.configIssues.rule_unknown_criterion'])
  })
})

describe('checkStageHistory: the history the health measures read', () => {
  const today = '2026-12-01'

  it('finds nothing wrong with a history in order that ends at the current stage', () => {
    expect(checkStageHistory(baseOpportunity, today)).toEqual([])
  })

  it('reports a last entry that is not the current stage, dates out of order, a bad date and a future one', () => {
    const issues = checkStageHistory(
      {
        ...baseOpportunity,
        stage: 'negotiation',
        stageHistory: [
          { stage: 'target', enteredOn: '2026-03-01' },
          { stage: 'intention', enteredOn: '2026-02-01' }, // before 目标
          { stage: 'project', enteredOn: '2026-02-31' }, // no such day
          { stage: 'acceptance', enteredOn: '2027-01-05' } // after today, and not 谈判
        ]
      },
      today
    )
    expect(issues.map((issue) => [issue.code, issue.index])).toEqual([
      ['funnel.historyIssues.not_current_stage', 3],
      ['funnel.historyIssues.dates_out_of_order', 1],
      ['funnel.historyIssues.date_invalid', 2],
      ['funnel.historyIssues.date_in_future', 3]
    ])
  })

  it('asks a closed deal for its close date, not before its last stage; an empty history is reported alone', () => {
    expect(checkStageHistory({ ...baseOpportunity, status: 'lost' }, today).map((issue) => issue.code)).toEqual([
      'funnel.historyIssues.closed_without_date'
    ])
    // entered 目标 on 09-01, closed 08-15
    expect(checkStageHistory({ ...baseOpportunity, status: 'won', closedOn: '2026-08-15' }, today).map((issue) => issue.code)).toEqual([
      'funnel.historyIssues.closed_before_last_stage'
    ])
    expect(checkStageHistory({ ...baseOpportunity, stageHistory: [] }, today).map((issue) => issue.code)).toEqual(['funnel.historyIssues.empty'])
  })
})
