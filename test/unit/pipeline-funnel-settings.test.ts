import { describe, expect, it } from 'vitest'
import {
  addStageCriterion,
  effectiveFunnelConfig,
  evaluateStageEvidence,
  funnelSettingsChanges,
  removeStageCriterion,
  renameStageCriterion,
  setStageOwners,
  setStageProbability,
  setStageRule,
  type FunnelOverrides
} from '../../src/shared/domain/pipeline'

describe('funnel settings edits 漏斗设置', () => {
  it("records only what differs from the seed: a value set back to the seed's drops out", () => {
    // 意向 20% → 25%: an override; back to 20%: no override for 意向 at all.
    const raised = setStageProbability({}, 'intention', 250_000)
    expect(raised).toEqual({ intention: { probabilityPpm: 250_000 } })
    expect(setStageProbability(raised, 'intention', 200_000)).toEqual({})
    // 目标's seed owner is the KA manager alone; adding 项目经理 is an override, owners kept in catalogue order.
    expect(setStageOwners({}, 'target', ['project_manager', 'ka_manager'])).toEqual({ target: { ownerRoles: ['ka_manager', 'project_manager'] } })
    expect(setStageOwners({}, 'target', ['ka_manager'])).toEqual({})
    // 立项's seed rule by company size, given again, is no override.
    const seedProjectRule = effectiveFunnelConfig().config.stages[2]!.rule
    expect(setStageRule({}, 'project', seedProjectRule)).toEqual({})
  })

  it('adds criteria with the next free id, renames them keeping the id, and never reuses a removed id', () => {
    const first = addStageCriterion({}, 'target', '  已寄样品 ')
    expect(first.criterionId).toBe('custom_1')
    const second = addStageCriterion(first.overrides, 'target', '已加微信')
    expect(second.criterionId).toBe('custom_2')
    const renamed = renameStageCriterion(second.overrides, 'target', 'custom_1', '已寄样品和价格表')
    expect(renamed.target?.extraCriteria).toEqual([
      { id: 'custom_1', label: '已寄样品和价格表' },
      { id: 'custom_2', label: '已加微信' }
    ])
    const removedFirst = removeStageCriterion(renamed, 'target', 'custom_1')
    expect(addStageCriterion(removedFirst, 'target', '第三条').criterionId).toBe('custom_3')
  })

  it('removing a criterion a rule named keeps the settings valid', () => {
    // 目标 with 4 criteria (3 seed + 1 added) and the rule "all of first_contact and custom_1".
    let overrides: FunnelOverrides = addStageCriterion({}, 'target', '已寄样品').overrides
    overrides = setStageRule(overrides, 'target', { kind: 'all_of', criterionIds: ['first_contact', 'custom_1'] })
    const removed = removeStageCriterion(overrides, 'target', 'custom_1')
    expect(removed).toEqual({ target: { rule: { kind: 'all_of', criterionIds: ['first_contact'] } } })
    expect(effectiveFunnelConfig(removed).issues).toEqual([])

    // "At least 4 of 4", one removed: at most 3 of the 3 left.
    let atLeast: FunnelOverrides = addStageCriterion({}, 'target', '已寄样品').overrides
    atLeast = setStageRule(atLeast, 'target', { kind: 'at_least', count: 4 })
    expect(removeStageCriterion(atLeast, 'target', 'custom_1')).toEqual({ target: { rule: { kind: 'at_least', count: 3 } } })
  })

  it("an added criterion's tick counts under the stage's rule", () => {
    // 目标: at least 2 of (3 seed + 已寄样品); first_contact + custom_1 = 2 → met; custom_1 alone = 1 → short by 1.
    const { overrides } = addStageCriterion({}, 'target', '已寄样品')
    const { config } = effectiveFunnelConfig(overrides)
    expect(evaluateStageEvidence(config, 'target', ['first_contact', 'custom_1']).isMet).toBe(true)
    expect(evaluateStageEvidence(config, 'target', ['custom_1']).shortBy).toBe(1)
  })

  it('lists what each recorded entry changed against the one before, and a reset as one change', () => {
    const added = addStageCriterion(setStageProbability({}, 'acceptance', 450_000), 'acceptance', '已试销').overrides
    expect(funnelSettingsChanges({}, added)).toEqual([
      { code: 'probability', stage: 'acceptance', fromPpm: 400_000, toPpm: 450_000 },
      { code: 'criterion_added', stage: 'acceptance', criterionId: 'custom_1', label: '已试销' }
    ])
    const renamed = renameStageCriterion(added, 'acceptance', 'custom_1', '已试销一个月')
    expect(funnelSettingsChanges(added, renamed)).toEqual([{ code: 'criterion_renamed', stage: 'acceptance', criterionId: 'custom_1', from: '已试销', to: '已试销一个月' }])
    const ruled = setStageRule(renamed, 'deal', { kind: 'all_of', criterionIds: ['contract_signed', 'first_payment'] })
    expect(funnelSettingsChanges(renamed, ruled)).toEqual([{ code: 'rule', stage: 'deal', rule: { kind: 'all_of', criterionIds: ['contract_signed', 'first_payment'] } }])
    expect(funnelSettingsChanges(ruled, {})).toEqual([{ code: 'reset_to_seed' }])
  })
})
