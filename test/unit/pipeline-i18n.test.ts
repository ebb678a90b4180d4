import { describe, expect, it } from 'vitest'
import {
  assembleTalkCard,
  BUYER_TACTICS,
  checkAdvance,
  checkRelationshipDates,
  checkStageHistory,
  DECISION_WEIGHTS,
  DEFAULT_FUNNEL_CONFIG,
  DEPARTMENT_NEEDS,
  DEPARTMENTS,
  effectiveFunnelConfig,
  EXPLICIT_NEED_KINDS,
  FUNNEL_STAGES,
  IMPLICIT_NEED_KINDS,
  NEGOTIATION_PREREQUISITES,
  OUR_TACTICS,
  OWNER_ROLES,
  QUESTION_TEMPLATES,
  QUESTION_TYPES,
  RELATIONSHIP_GUIDANCE,
  RELATIONSHIP_STAGES,
  TALK_FIGURE_KEYS,
  validatePreparationSheet
} from '../../src/shared/domain/pipeline'
import { enUSPipeline, zhCNPipeline } from '../../src/shared/i18n/pipeline'

function lookup(tree: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, part) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined), tree)
}

/** Every code or id the domain hands the UI must have a text in both languages. */
function expectTexts(paths: string[]): void {
  const missing = paths.filter((path) => typeof lookup(zhCNPipeline, path) !== 'string' || typeof lookup(enUSPipeline, path) !== 'string')
  expect(missing).toEqual([])
}

describe('pipeline texts (zh-CN and en-US)', () => {
  it('name every department, weight, need kind, need, figure, rung and its guidance', () => {
    expectTexts([
      ...DEPARTMENTS.map((id) => `departments.${id}`),
      ...DECISION_WEIGHTS.map((id) => `decisionWeights.${id}`),
      ...[...EXPLICIT_NEED_KINDS, ...IMPLICIT_NEED_KINDS].flatMap((id) => [`needKinds.${id}`, `needKindHints.${id}`]),
      ...DEPARTMENT_NEEDS.map((need) => `needs.${need.id}`),
      ...TALK_FIGURE_KEYS.map((id) => `figures.${id}`),
      ...RELATIONSHIP_STAGES.map((id) => `relationshipStages.${id}`),
      ...Object.values(RELATIONSHIP_GUIDANCE).map((id) => `relationshipGuidance.${id}`)
    ])
  })

  it('name every funnel stage, owner and criterion, and every tactic, prerequisite and question pattern', () => {
    expectTexts([
      ...FUNNEL_STAGES.flatMap((id) => [`funnel.stages.${id}`, `funnel.stageGoals.${id}`]),
      ...OWNER_ROLES.map((id) => `funnel.owners.${id}`),
      ...DEFAULT_FUNNEL_CONFIG.stages.flatMap((stage) => stage.criteria.map((criterion) => `funnel.criteria.${stage.stage}.${criterion.id}`)),
      ...OUR_TACTICS.flatMap((id) => [`negotiation.ourTactics.${id}.name`, `negotiation.ourTactics.${id}.gist`]),
      ...BUYER_TACTICS.flatMap((id) => [`negotiation.buyerTactics.${id}.name`, `negotiation.buyerTactics.${id}.gist`]),
      ...NEGOTIATION_PREREQUISITES.map((id) => `negotiation.prerequisites.${id}`),
      ...QUESTION_TYPES.flatMap((type) => [`negotiation.questionTypes.${type}`, ...QUESTION_TEMPLATES[type].map((id) => `negotiation.questions.${id}`)])
    ])
  })

  it('have a text for every talk-point code of every department need', () => {
    const codes = DEPARTMENTS.flatMap((department) =>
      assembleTalkCard(
        {
          name: '某',
          department,
          tickedNeedIds: DEPARTMENT_NEEDS.map((need) => need.id),
          ownWordsNeeds: ['x'],
          implicitNeeds: IMPLICIT_NEED_KINDS.map((kind) => ({ kind, note: 'x' }))
        },
        {}
      ).map((point) => point.code)
    )
    expectTexts([...new Set(codes)])
  })

  it('have a text for the issue codes the checks return', () => {
    const sheetIssues = validatePreparationSheet({
      limits: [
        { term: 'supply_price', opening: -1, objective: 10, walkAway: 20 },
        { term: 'payment_days', objective: null, walkAway: 30 }
      ],
      expectedBuyerTactics: [
        { tactic: 'lower_is_better', plannedResponse: '' },
        { tactic: 'lower_is_better', plannedResponse: 'x' }
      ],
      ourTactics: [],
      concessions: [{ give: 'x', get: '', valueFen: -1 }],
      questionPlan: [{ type: 'situation', templateId: 'nope' }],
      prerequisitesMet: []
    })
    const emptySheet = validatePreparationSheet({ limits: [], expectedBuyerTactics: [], ourTactics: [], concessions: [], questionPlan: [], prerequisitesMet: [] })
    const ladder = checkRelationshipDates(
      {
        stage: 'friends',
        reachedOn: { acquainted: '2026-03-01', familiar: '2026-13-01', approving: '2026-02-01', trusting: '2027-01-01', partners: '2026-05-01' }
      },
      '2026-06-01'
    )
    const config = effectiveFunnelConfig({
      target: { probabilityPpm: -1, rule: { kind: 'at_least', count: 9 }, extraCriteria: [{ id: 'first_contact', label: 'x' }] },
      intention: { probabilityPpm: 50_000 },
      deal: { rule: { kind: 'all_of', criterionIds: ['nope'] } }
    })
    const refusal = checkAdvance(DEFAULT_FUNNEL_CONFIG, {
      id: 'o',
      name: 'o',
      valueFen: 0,
      ownerName: 'x',
      companySize: null,
      stage: 'target',
      status: 'open',
      stageHistory: [],
      evidence: {}
    }).refusal
    const history = [
      ...checkStageHistory(
        {
          id: 'h',
          name: 'h',
          valueFen: 0,
          ownerName: 'x',
          companySize: null,
          stage: 'deal',
          status: 'won',
          stageHistory: [
            { stage: 'target', enteredOn: '2026-03-01' },
            { stage: 'intention', enteredOn: '2026-02-01' },
            { stage: 'project', enteredOn: 'x' },
            { stage: 'acceptance', enteredOn: '2027-01-01' }
          ],
          evidence: {}
        },
        '2026-06-01'
      ),
      ...checkStageHistory({ id: 'e', name: 'e', valueFen: 0, ownerName: 'x', companySize: null, stage: 'target', status: 'open', stageHistory: [], evidence: {} }, '2026-06-01'),
      ...checkStageHistory(
        {
          id: 'c',
          name: 'c',
          valueFen: 0,
          ownerName: 'x',
          companySize: null,
          stage: 'target',
          status: 'lost',
          closedOn: '2026-01-01',
          stageHistory: [{ stage: 'target', enteredOn: '2026-02-01' }],
          evidence: {}
        },
        '2026-06-01'
      )
    ]
    const codes = [...sheetIssues, ...emptySheet, ...ladder, ...config.issues, ...history].map((issue) => issue.code)
    // the issues above cover the codes a user can meet in the sheet, the ladder, the settings and the history
    expect(new Set(codes).size).toBe(29)
    expectTexts([...new Set(codes), `${refusal}`, 'relationshipIssues.already_top', 'funnel.refusals.not_open', 'funnel.refusals.at_last_stage'])
  })
})
