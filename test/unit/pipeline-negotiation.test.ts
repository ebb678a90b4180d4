import { describe, expect, it } from 'vitest'
import {
  BUYER_TACTICS,
  NEGOTIATION_PREREQUISITES,
  OUR_TACTICS,
  plannedConcessionsFen,
  QUESTION_TEMPLATES,
  validatePreparationSheet,
  type PreparationSheet
} from '../../src/shared/domain/pipeline'

const sound: PreparationSheet = {
  limits: [
    // supply price: we aim for ¥12.50, open at ¥13.00, walk away below ¥11.80
    { term: 'supply_price', skuCode: '6901234567892', opening: 1300, objective: 1250, walkAway: 1180 },
    // fixed fees: aim ¥30,000, pay at most ¥50,000
    { term: 'fixed_fees', objective: 3_000_000, walkAway: 5_000_000 },
    // payment days: aim 45, accept at most 60
    { term: 'payment_days', objective: 45, walkAway: 60 }
  ],
  expectedBuyerTactics: [{ tactic: 'rounds_of_price_cuts', plannedResponse: '每轮只让条件,不直接降价' }],
  ourTactics: [{ tactic: 'cut_less_give_more', note: '用买赠代替降价' }],
  concessions: [{ give: '店庆费 ¥5,000', get: '端架陈列 2 周', valueFen: 500_000 }],
  questionPlan: [
    { type: 'situation', templateId: 'situation.1', topic: '现有止咳类品种' },
    { type: 'diagnostic', templateId: 'diagnostic.2' },
    { type: 'implication', templateId: 'implication.1' },
    { type: 'confirmation', templateId: 'confirmation.4' }
  ],
  prerequisitesMet: [...NEGOTIATION_PREREQUISITES]
}

describe('negotiation catalogues (seed: 商务谈判)', () => {
  it('has the seed nine tactics of ours, five of the buyer and four question patterns per type', () => {
    expect(OUR_TACTICS).toHaveLength(9)
    expect(BUYER_TACTICS).toHaveLength(5)
    expect(Object.values(QUESTION_TEMPLATES).map((templates) => templates.length)).toEqual([4, 4, 4, 4])
  })
})

describe('validatePreparationSheet', () => {
  it('finds nothing wrong with a sound sheet', () => {
    expect(validatePreparationSheet(sound)).toEqual([])
  })

  it('flags a walk-away beyond the objective, each term the right way round', () => {
    const issues = validatePreparationSheet({
      ...sound,
      limits: [
        // price: walking away at ¥13.00 while aiming for ¥12.50 is beyond the aim (higher is better for us)
        { term: 'supply_price', objective: 1250, walkAway: 1300 },
        // fees: walking away at ¥20,000 while aiming for ¥30,000 (lower is better)
        { term: 'fixed_fees', objective: 3_000_000, walkAway: 2_000_000 },
        // days: equal is fine, not beyond
        { term: 'payment_days', objective: 60, walkAway: 60 }
      ]
    })
    expect(issues.map((issue) => [issue.code, issue.severity, issue.path])).toEqual([
      ['negotiation.issues.walk_away_beyond_objective', 'error', 'limits.0.walkAway'],
      ['negotiation.issues.walk_away_beyond_objective', 'error', 'limits.1.walkAway']
    ])
  })

  it('warns about an opening below the aim, a missing limit, a tactic without a response, a give without a get, gaps in the plan', () => {
    const issues = validatePreparationSheet({
      ...sound,
      limits: [
        { term: 'percentage_terms', opening: 30_000, objective: 20_000, walkAway: 40_000 }, // opening 3% of rebates concedes more than the 2% aim
        { term: 'payment_days', objective: 45, walkAway: null }
      ],
      expectedBuyerTactics: [{ tactic: 'multi_level_game', plannedResponse: ' ' }],
      concessions: [{ give: '条码费减半', get: '' }],
      questionPlan: [{ type: 'situation', templateId: 'diagnostic.1' }],
      prerequisitesMet: ['key_people_known', 'solution_confirmed', 'timeline_confirmed']
    })
    expect(issues.map((issue) => issue.code)).toEqual([
      'negotiation.issues.opening_below_objective',
      'negotiation.issues.limit_missing',
      'negotiation.issues.buyer_tactic_without_response',
      'negotiation.issues.concession_without_get',
      'negotiation.issues.question_template_unknown',
      'negotiation.issues.question_type_missing',
      'negotiation.issues.question_type_missing',
      'negotiation.issues.question_type_missing',
      'negotiation.issues.prerequisite_missing'
    ])
    expect(issues.every((issue) => issue.severity === 'warning')).toBe(true)
  })

  it('adds up the planned concessions', () => {
    // ¥5,000 + ¥1,200 + a give with no value
    expect(plannedConcessionsFen({ concessions: [...sound.concessions, { give: 'DM', get: '堆头', valueFen: 120_000 }, { give: '试吃', get: '陈列' }] })).toBe(
      620_000
    )
  })
})
