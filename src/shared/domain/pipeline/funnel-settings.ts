/**
 * Editing the funnel settings 漏斗设置: each step takes the overrides and answers new ones, so a
 * settings dialog only ever holds overrides over the seed's defaults (a value set back to the
 * seed's drops out of the overrides: what is recorded is exactly what differs from the seed).
 * `funnelSettingsChanges` lists what one recorded entry changed against the one before it.
 */
import type { Ppm } from '../rate'
import {
  DEFAULT_FUNNEL_CONFIG,
  effectiveFunnelConfig,
  FUNNEL_STAGES,
  OWNER_ROLES,
  stageConfig,
  type FunnelOverrides,
  type FunnelStage,
  type OwnerRole,
  type SimpleStageRule,
  type StageOverride,
  type StageRule
} from './funnel'

/** Ids of criteria added in settings; the seed's ids are words, so a prefix cannot collide. */
export const WORKSPACE_CRITERION_PREFIX = 'custom_'

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b)

function withStage(overrides: FunnelOverrides, stage: FunnelStage, change: (current: StageOverride) => StageOverride): FunnelOverrides {
  const next = change({ ...(overrides[stage] ?? {}) })
  const cleaned = Object.fromEntries(Object.entries(next).filter(([, value]) => value !== undefined)) as StageOverride
  const result: FunnelOverrides = { ...overrides }
  if (Object.keys(cleaned).length === 0) delete result[stage]
  else result[stage] = cleaned
  return result
}

const seedStage = (stage: FunnelStage) => stageConfig(DEFAULT_FUNNEL_CONFIG, stage)

export function setStageProbability(overrides: FunnelOverrides, stage: FunnelStage, probabilityPpm: Ppm): FunnelOverrides {
  return withStage(overrides, stage, (current) => ({ ...current, probabilityPpm: probabilityPpm === seedStage(stage).probabilityPpm ? undefined : probabilityPpm }))
}

/** Owners in the catalogue's order, whatever order they were ticked in. */
export function setStageOwners(overrides: FunnelOverrides, stage: FunnelStage, owners: readonly OwnerRole[]): FunnelOverrides {
  const ordered = OWNER_ROLES.filter((role) => owners.includes(role))
  return withStage(overrides, stage, (current) => ({ ...current, ownerRoles: sameJson(ordered, seedStage(stage).ownerRoles) ? undefined : ordered }))
}

export function setStageRule(overrides: FunnelOverrides, stage: FunnelStage, rule: StageRule): FunnelOverrides {
  return withStage(overrides, stage, (current) => ({ ...current, rule: sameJson(rule, seedStage(stage).rule) ? undefined : rule }))
}

/** A new workspace criterion with the next free id of the stage (custom_1, custom_2, …; a removed one's id is not reused). */
export function addStageCriterion(overrides: FunnelOverrides, stage: FunnelStage, label: string): { overrides: FunnelOverrides; criterionId: string } {
  const extra = overrides[stage]?.extraCriteria ?? []
  const highest = extra.reduce((max, entry) => {
    const number = Number(entry.id.slice(WORKSPACE_CRITERION_PREFIX.length))
    return entry.id.startsWith(WORKSPACE_CRITERION_PREFIX) && Number.isInteger(number) ? Math.max(max, number) : max
  }, 0)
  const criterionId = `${WORKSPACE_CRITERION_PREFIX}${highest + 1}`
  return {
    criterionId,
    overrides: withStage(overrides, stage, (current) => ({ ...current, extraCriteria: [...extra, { id: criterionId, label: label.trim() }] }))
  }
}

/** Renames a workspace criterion; its id (and so every tick already given for it) stays. */
export function renameStageCriterion(overrides: FunnelOverrides, stage: FunnelStage, criterionId: string, label: string): FunnelOverrides {
  return withStage(overrides, stage, (current) => ({
    ...current,
    ...(current.extraCriteria ? { extraCriteria: current.extraCriteria.map((entry) => (entry.id === criterionId ? { ...entry, label: label.trim() } : entry)) } : {})
  }))
}

function withoutCriterion(rule: SimpleStageRule, criterionId: string, criteriaLeft: number): SimpleStageRule {
  if (rule.kind === 'all_of') return { kind: 'all_of', criterionIds: rule.criterionIds.filter((id) => id !== criterionId) }
  return { kind: 'at_least', count: Math.max(1, Math.min(rule.count, criteriaLeft)) }
}

/**
 * Removes a workspace criterion (the seed's cannot be removed). A rule of the settings that named
 * it stops naming it, and an "at least N" rule asks for no more criteria than are left, so the
 * settings stay valid; ticks given for it stay on the deals but no longer count.
 */
export function removeStageCriterion(overrides: FunnelOverrides, stage: FunnelStage, criterionId: string): FunnelOverrides {
  return withStage(overrides, stage, (current) => {
    const extraCriteria = (current.extraCriteria ?? []).filter((entry) => entry.id !== criterionId)
    const criteriaLeft = seedStage(stage).criteria.length + extraCriteria.length
    const rule = current.rule
    const nextRule: StageRule | undefined =
      rule === undefined
        ? undefined
        : rule.kind === 'by_company_size'
          ? { kind: 'by_company_size', smallMid: withoutCriterion(rule.smallMid, criterionId, criteriaLeft), large: withoutCriterion(rule.large, criterionId, criteriaLeft) }
          : withoutCriterion(rule, criterionId, criteriaLeft)
    return {
      ...current,
      extraCriteria: extraCriteria.length > 0 ? extraCriteria : undefined,
      rule: nextRule === undefined || sameJson(nextRule, seedStage(stage).rule) ? undefined : nextRule
    }
  })
}

export type FunnelSettingChange =
  | { code: 'reset_to_seed' }
  | { code: 'probability'; stage: FunnelStage; fromPpm: Ppm; toPpm: Ppm }
  | { code: 'owners'; stage: FunnelStage; ownerRoles: OwnerRole[] }
  | { code: 'criterion_added'; stage: FunnelStage; criterionId: string; label: string }
  | { code: 'criterion_renamed'; stage: FunnelStage; criterionId: string; from: string; to: string }
  | { code: 'criterion_removed'; stage: FunnelStage; criterionId: string; label: string }
  | { code: 'rule'; stage: FunnelStage; rule: StageRule }

/**
 * What a recorded entry changed against the entry before it (the seed's defaults before the first),
 * stage by stage in funnel order. Going back to no overrides at all is one change, "reset".
 */
export function funnelSettingsChanges(before: FunnelOverrides, after: FunnelOverrides): FunnelSettingChange[] {
  if (Object.keys(after).length === 0 && Object.keys(before).length > 0) return [{ code: 'reset_to_seed' }]
  const previous = effectiveFunnelConfig(before).config
  const next = effectiveFunnelConfig(after).config
  const changes: FunnelSettingChange[] = []
  for (const stage of FUNNEL_STAGES) {
    const from = stageConfig(previous, stage)
    const to = stageConfig(next, stage)
    if (from.probabilityPpm !== to.probabilityPpm) changes.push({ code: 'probability', stage, fromPpm: from.probabilityPpm, toPpm: to.probabilityPpm })
    if (!sameJson(from.ownerRoles, to.ownerRoles)) changes.push({ code: 'owners', stage, ownerRoles: to.ownerRoles })
    const fromLabels = new Map(from.criteria.map((criterion) => [criterion.id, criterion.customLabel ?? '']))
    const toLabels = new Map(to.criteria.map((criterion) => [criterion.id, criterion.customLabel ?? '']))
    for (const [criterionId, label] of toLabels) {
      const old = fromLabels.get(criterionId)
      if (old === undefined) changes.push({ code: 'criterion_added', stage, criterionId, label })
      else if (old !== label) changes.push({ code: 'criterion_renamed', stage, criterionId, from: old, to: label })
    }
    for (const [criterionId, label] of fromLabels) {
      if (!toLabels.has(criterionId)) changes.push({ code: 'criterion_removed', stage, criterionId, label })
    }
    if (!sameJson(from.rule, to.rule)) changes.push({ code: 'rule', stage, rule: to.rule })
  }
  return changes
}
