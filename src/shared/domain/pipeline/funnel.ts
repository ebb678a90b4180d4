/**
 * The sales funnel 销售漏斗 (seed: "KA销售'公式' — 通用销售漏斗的原理"): seven stages, each with the
 * seed's win probability, evidence criteria 评判标准, rule for how many must hold, and owner
 * 阶段负责人. These are defaults; settings may override probabilities, owners, rules and add
 * criteria (`effectiveFunnelConfig`). Probabilities are ppm (rate.ts).
 */
import type { Ppm } from '../rate'
import { PPM_PER_UNIT } from '../rate'
import type { IsoDate } from './dates'
import { daysBetween, isIsoDate } from './dates'

export const FUNNEL_STAGES = [
  'target', // 目标客户 10%
  'intention', // 意向客户 20%
  'project', // 立项客户 30%
  'acceptance', // 认可客户 40%
  'negotiation', // 谈判客户 50%
  'deal', // 成交 80%
  'repeat_purchase' // 重复购买 (no figure in the seed)
] as const
export type FunnelStage = (typeof FUNNEL_STAGES)[number]

export function funnelStageIndex(stage: FunnelStage): number {
  return FUNNEL_STAGES.indexOf(stage)
}

export const OWNER_ROLES = ['ka_manager', 'project_manager', 'project_team', 'senior_management', 'finance_manager'] as const
export type OwnerRole = (typeof OWNER_ROLES)[number]

/** Seed: 中小企业 vs 中大企业或政府 (only the 立项 rule depends on it). */
export type CompanySize = 'small_mid' | 'large'

export type SimpleStageRule = { kind: 'at_least'; count: number } | { kind: 'all_of'; criterionIds: string[] }
export type StageRule = SimpleStageRule | { kind: 'by_company_size'; smallMid: SimpleStageRule; large: SimpleStageRule }

export interface StageCriterion {
  id: string
  /** A criterion added in settings carries its own label; the seed's are translated by id. */
  customLabel?: string
}

export interface StageConfig {
  stage: FunnelStage
  probabilityPpm: Ppm
  ownerRoles: OwnerRole[]
  criteria: StageCriterion[]
  rule: StageRule
}

export interface FunnelConfig {
  stages: StageConfig[]
}

const criteria = (...ids: string[]): StageCriterion[] => ids.map((id) => ({ id }))

/**
 * The seed's stages. Where it gives two versions (谈判 appears twice, the second in "回顾-KA 公式"),
 * the criteria are the union of both, under the rule both share ("至少符合其中1条特征").
 * 重复购买 has neither a probability nor criteria in the seed: we use 90% (the account has already
 * bought and paid once, so a reorder is likelier than 成交's 80%, but it is not an order yet), one
 * criterion of two (a reorder placed, or the contract renewed), owned by the KA manager who keeps
 * the account ("保持体形,补充血液").
 */
export const DEFAULT_FUNNEL_CONFIG: FunnelConfig = {
  stages: [
    {
      stage: 'target',
      probabilityPpm: 100_000,
      ownerRoles: ['ka_manager'], // 阶段负责人 客户经理
      // 1、允许邮寄资料或邮件 2、建立了初步联系 3、已经初步约定正式拜访时间
      criteria: criteria('materials_allowed', 'first_contact', 'visit_scheduled'),
      rule: { kind: 'at_least', count: 2 } // 至少满足其中2条以上
    },
    {
      stage: 'intention',
      probabilityPpm: 200_000,
      ownerRoles: ['project_manager'], // 阶段负责人 项目经理
      // 1、正式拜访过1次以上 2、正在考察中、选型进展中 3、有明确的需求 4、客户方有明确的中高层项目负责人
      criteria: criteria('formal_visit', 'evaluating', 'clear_need', 'senior_sponsor'),
      rule: { kind: 'at_least', count: 2 } // 至少满足其中2条特征
    },
    {
      stage: 'project',
      probabilityPpm: 300_000,
      ownerRoles: ['project_team'], // 阶段负责人 项目小组
      // 1、有明确的项目组成员及决策流程 2、有明确的项目上线时间规划 3、有明确的预算范围 4、有清晰的核心需求 5、有竞争对手
      criteria: criteria('team_and_decision_process', 'launch_timeline', 'budget_range', 'core_need', 'competitor'),
      rule: {
        kind: 'by_company_size',
        smallMid: { kind: 'all_of', criterionIds: ['team_and_decision_process', 'core_need'] }, // 中小企业:至少符合1、4以上
        large: {
          kind: 'all_of',
          criterionIds: ['team_and_decision_process', 'launch_timeline', 'budget_range', 'core_need'] // 中大企业或政府:至少符合1、2、3、4特征
        }
      }
    },
    {
      stage: 'acceptance',
      probabilityPpm: 400_000,
      ownerRoles: ['project_team'], // 项目负责人 项目小组
      // 1、招投标XXX中标 2、客户方付费决策人在公开场合表态XXX产品作为第一选择 3、客户方最大决策权重者或平均权重决策中多数票对我们认可
      criteria: criteria('tender_won', 'payer_public_first_choice', 'decision_makers_approve'),
      rule: { kind: 'at_least', count: 1 } // 至少符合其中一条特征
    },
    {
      stage: 'negotiation',
      probabilityPpm: 500_000,
      ownerRoles: ['project_manager', 'senior_management'], // 项目负责人 项目经理、公司高层
      // 1、客户方已经向我方提交了客户方格式合同 2、我方已经向客户提供了我方格式合同 3、客户方有明确期限的合同谈判进行中
      // (回顾版另有) 客户方针对价格提出异议; 交付物难易程度、付款比例
      criteria: criteria('their_contract_received', 'our_contract_sent', 'deadline_negotiation', 'price_objection', 'delivery_and_payment_terms'),
      rule: { kind: 'at_least', count: 1 } // 至少符合其中1条特征
    },
    {
      stage: 'deal',
      probabilityPpm: 800_000,
      ownerRoles: ['project_manager', 'finance_manager'], // 项目负责人 项目经理、财务主管
      // 1、双方签订商务合同 2、客户方支汇出首付款
      criteria: criteria('contract_signed', 'first_payment'),
      rule: { kind: 'at_least', count: 1 } // 至少符合其中1条特征
    },
    {
      stage: 'repeat_purchase',
      probabilityPpm: 900_000,
      ownerRoles: ['ka_manager'],
      criteria: criteria('reorder_placed', 'contract_renewed'),
      rule: { kind: 'at_least', count: 1 }
    }
  ]
}

/** What settings may change for one stage; criteria can be added, not removed (the seed's stay). */
export interface StageOverride {
  probabilityPpm?: Ppm
  ownerRoles?: OwnerRole[]
  extraCriteria?: { id: string; label: string }[]
  rule?: StageRule
}
export type FunnelOverrides = Partial<Record<FunnelStage, StageOverride>>

export type FunnelConfigIssueCode =
  | 'funnel.configIssues.probability_out_of_range'
  | 'funnel.configIssues.probability_not_rising'
  | 'funnel.configIssues.rule_unknown_criterion'
  | 'funnel.configIssues.rule_count_out_of_range'
  | 'funnel.configIssues.duplicate_criterion'

export interface FunnelConfigIssue {
  code: FunnelConfigIssueCode
  stage: FunnelStage
  params: Record<string, string | number>
}

function checkSimpleRule(stage: StageConfig, rule: SimpleStageRule, issues: FunnelConfigIssue[]): void {
  const ids = new Set(stage.criteria.map((criterion) => criterion.id))
  if (rule.kind === 'at_least') {
    if (!Number.isInteger(rule.count) || rule.count < 1 || rule.count > ids.size) {
      issues.push({ code: 'funnel.configIssues.rule_count_out_of_range', stage: stage.stage, params: { count: rule.count, criteria: ids.size } })
    }
    return
  }
  for (const id of rule.criterionIds) {
    if (!ids.has(id)) issues.push({ code: 'funnel.configIssues.rule_unknown_criterion', stage: stage.stage, params: { criterion: id } })
  }
}

/**
 * The defaults with the settings' overrides laid over them, and what is wrong with the result.
 * A probability outside 0…100% is not applied (the default stays) and is reported; everything else
 * is applied and reported so that settings can show it. Probabilities that do not rise from stage
 * to stage are allowed (a team may judge 认可 and 谈判 alike) but warned about.
 */
export function effectiveFunnelConfig(overrides: FunnelOverrides = {}): { config: FunnelConfig; issues: FunnelConfigIssue[] } {
  const issues: FunnelConfigIssue[] = []
  const stages = DEFAULT_FUNNEL_CONFIG.stages.map((base): StageConfig => {
    const override = overrides[base.stage] ?? {}
    let probabilityPpm = base.probabilityPpm
    if (override.probabilityPpm !== undefined) {
      const candidate = override.probabilityPpm
      if (Number.isInteger(candidate) && candidate >= 0 && candidate <= PPM_PER_UNIT) probabilityPpm = candidate
      else issues.push({ code: 'funnel.configIssues.probability_out_of_range', stage: base.stage, params: { probabilityPpm: candidate } })
    }
    const seen = new Set(base.criteria.map((criterion) => criterion.id))
    const extra: StageCriterion[] = []
    for (const added of override.extraCriteria ?? []) {
      if (seen.has(added.id)) {
        issues.push({ code: 'funnel.configIssues.duplicate_criterion', stage: base.stage, params: { criterion: added.id } })
        continue
      }
      seen.add(added.id)
      extra.push({ id: added.id, customLabel: added.label })
    }
    return {
      stage: base.stage,
      probabilityPpm,
      ownerRoles: override.ownerRoles ? [...override.ownerRoles] : [...base.ownerRoles],
      criteria: [...base.criteria, ...extra],
      rule: override.rule ?? base.rule
    }
  })
  stages.forEach((stage, index) => {
    if (stage.rule.kind === 'by_company_size') {
      checkSimpleRule(stage, stage.rule.smallMid, issues)
      checkSimpleRule(stage, stage.rule.large, issues)
    } else {
      checkSimpleRule(stage, stage.rule, issues)
    }
    const before = stages[index - 1]
    if (before && stage.probabilityPpm <= before.probabilityPpm) {
      issues.push({
        code: 'funnel.configIssues.probability_not_rising',
        stage: stage.stage,
        params: { previousStage: before.stage, probabilityPpm: stage.probabilityPpm, previousPpm: before.probabilityPpm }
      })
    }
  })
  return { config: { stages }, issues }
}

export function stageConfig(config: FunnelConfig, stage: FunnelStage): StageConfig {
  const found = config.stages.find((entry) => entry.stage === stage)
  if (!found) throw new Error(`Funnel config has no stage ${stage}`)
  return found
}

export interface StageEvaluation {
  stage: FunnelStage
  isMet: boolean
  /** The rule that applied (for 立项, the one for the company size). */
  appliedRule: SimpleStageRule
  /** Set when 立项 had to assume a size: an unknown size gets the stricter 中大企业 rule. */
  assumedCompanySize: CompanySize | null
  /** The stage's criteria in their settings order: a checklist keeps this order as boxes are ticked. */
  criterionIds: string[]
  metCriterionIds: string[]
  /** all_of: the required criteria not ticked; at_least: every criterion not ticked (any of them helps). */
  missingCriterionIds: string[]
  /** How many more criteria must be ticked for the rule to hold (0 when met). */
  shortBy: number
}

/** Does the ticked evidence satisfy the stage's rule? Ticks that are not criteria of the stage are ignored. */
export function evaluateStageEvidence(
  config: FunnelConfig,
  stage: FunnelStage,
  tickedCriterionIds: readonly string[],
  companySize: CompanySize | null = null
): StageEvaluation {
  const settings = stageConfig(config, stage)
  const ticked = new Set(tickedCriterionIds)
  const criterionIds = settings.criteria.map((criterion) => criterion.id)
  const metCriterionIds = criterionIds.filter((id) => ticked.has(id))
  let appliedRule: SimpleStageRule
  let assumedCompanySize: CompanySize | null = null
  if (settings.rule.kind === 'by_company_size') {
    const size = companySize ?? 'large'
    if (companySize === null) assumedCompanySize = 'large'
    appliedRule = size === 'small_mid' ? settings.rule.smallMid : settings.rule.large
  } else {
    appliedRule = settings.rule
  }
  if (appliedRule.kind === 'at_least') {
    const shortBy = Math.max(0, appliedRule.count - metCriterionIds.length)
    const missingCriterionIds = settings.criteria.filter((criterion) => !ticked.has(criterion.id)).map((criterion) => criterion.id)
    return { stage, isMet: shortBy === 0, appliedRule, assumedCompanySize, criterionIds, metCriterionIds, missingCriterionIds, shortBy }
  }
  const missingCriterionIds = appliedRule.criterionIds.filter((id) => !ticked.has(id))
  return {
    stage,
    isMet: missingCriterionIds.length === 0,
    appliedRule,
    assumedCompanySize,
    criterionIds,
    metCriterionIds,
    missingCriterionIds,
    shortBy: missingCriterionIds.length
  }
}

export type OpportunityStatus = 'open' | 'won' | 'lost'

export interface StageVisit {
  stage: FunnelStage
  enteredOn: IsoDate
}

/**
 * An opportunity 商机: one account's business (a listing, a contract year) moving through the funnel.
 * `stageHistory` is in the order the stages were entered; its last entry is the current stage.
 */
export interface Opportunity {
  id: string
  name: string
  accountId?: string
  valueFen: number
  ownerName: string
  /** Grouping keys (account format 业态, region); free text or codes, the caller decides. */
  format?: string
  region?: string
  companySize: CompanySize | null
  stage: FunnelStage
  status: OpportunityStatus
  closedOn?: IsoDate
  stageHistory: StageVisit[]
  /** Ticked evidence criteria, per stage. */
  evidence: Partial<Record<FunnelStage, string[]>>
}

export type AdvanceRefusalCode = 'funnel.refusals.not_open' | 'funnel.refusals.at_last_stage' | 'funnel.refusals.evidence_not_met' | 'funnel.refusals.invalid_date'

export interface AdvanceCheck {
  isAllowed: boolean
  nextStage: FunnelStage | null
  refusal: AdvanceRefusalCode | null
  /** The next stage's evidence (null when there is no next stage or the deal is closed). */
  evaluation: StageEvaluation | null
}

/**
 * May the opportunity move to the next stage? Only open deals move, one stage at a time, and only
 * when the next stage's evidence holds: the seed defines a stage by its evidence, not by hope.
 */
export function checkAdvance(config: FunnelConfig, opportunity: Opportunity): AdvanceCheck {
  const nextStage = FUNNEL_STAGES[funnelStageIndex(opportunity.stage) + 1] ?? null
  if (opportunity.status !== 'open') return { isAllowed: false, nextStage, refusal: 'funnel.refusals.not_open', evaluation: null }
  if (nextStage === null) return { isAllowed: false, nextStage, refusal: 'funnel.refusals.at_last_stage', evaluation: null }
  const evaluation = evaluateStageEvidence(config, nextStage, opportunity.evidence[nextStage] ?? [], opportunity.companySize)
  return { isAllowed: evaluation.isMet, nextStage, refusal: evaluation.isMet ? null : 'funnel.refusals.evidence_not_met', evaluation }
}

export type AdvanceResult = { ok: true; opportunity: Opportunity } | { ok: false; check: AdvanceCheck; refusal: AdvanceRefusalCode }

/** Moves the opportunity one stage on, recording the day; a new value, the input is untouched. */
export function advanceOpportunity(config: FunnelConfig, opportunity: Opportunity, on: IsoDate): AdvanceResult {
  const check = checkAdvance(config, opportunity)
  if (!check.isAllowed || check.nextStage === null) return { ok: false, check, refusal: check.refusal ?? 'funnel.refusals.at_last_stage' }
  if (!isIsoDate(on)) return { ok: false, check, refusal: 'funnel.refusals.invalid_date' }
  return {
    ok: true,
    opportunity: {
      ...opportunity,
      stage: check.nextStage,
      stageHistory: [...opportunity.stageHistory, { stage: check.nextStage, enteredOn: on }]
    }
  }
}

export interface EvidenceLapse {
  opportunityId: string
  stage: FunnelStage
  evaluation: StageEvaluation
}

/**
 * Open deals whose current stage's evidence no longer holds (a tick was taken back: the sponsor
 * left, the contract talks stalled). The seed's stage is its evidence, so such a deal is really at
 * an earlier stage and its weighted value is overstated; the flag asks the owner to re-qualify.
 */
export function findEvidenceLapses(config: FunnelConfig, opportunities: readonly Opportunity[]): EvidenceLapse[] {
  const lapses: EvidenceLapse[] = []
  for (const opportunity of opportunities) {
    if (opportunity.status !== 'open') continue
    const evaluation = evaluateStageEvidence(config, opportunity.stage, opportunity.evidence[opportunity.stage] ?? [], opportunity.companySize)
    if (!evaluation.isMet) lapses.push({ opportunityId: opportunity.id, stage: opportunity.stage, evaluation })
  }
  return lapses
}

/**
 * Where a deal really stands: the furthest stage, up to its current one, whose evidence holds
 * (null when not even 目标's does). After a lapse the UI offers to move the deal back there,
 * so the weighted pipeline stops counting a probability the evidence no longer supports.
 */
export function stageSupportedByEvidence(config: FunnelConfig, opportunity: Opportunity): FunnelStage | null {
  const reachedStages = FUNNEL_STAGES.slice(0, funnelStageIndex(opportunity.stage) + 1).reverse()
  for (const stage of reachedStages) {
    if (evaluateStageEvidence(config, stage, opportunity.evidence[stage] ?? [], opportunity.companySize).isMet) return stage
  }
  return null
}

export type StageHistoryIssueCode =
  | 'funnel.historyIssues.empty'
  | 'funnel.historyIssues.not_current_stage'
  | 'funnel.historyIssues.date_invalid'
  | 'funnel.historyIssues.date_in_future'
  | 'funnel.historyIssues.dates_out_of_order'
  | 'funnel.historyIssues.closed_without_date'
  | 'funnel.historyIssues.closed_before_last_stage'

export interface StageHistoryIssue {
  code: StageHistoryIssueCode
  /** Index in stageHistory the issue is about (null for the deal as a whole). */
  index: number | null
  params: Record<string, string | number>
}

/**
 * Checks the history the health measures read (conversion and velocity): it should end at the
 * current stage, with real dates in order and none after today; a closed deal should say when it
 * closed, not before it entered its last stage. Bad entries do not break the measures (they are
 * skipped there); this tells the user which ones to fix.
 */
export function checkStageHistory(opportunity: Opportunity, today: IsoDate): StageHistoryIssue[] {
  const issues: StageHistoryIssue[] = []
  const history = opportunity.stageHistory
  const last = history.at(-1)
  if (last === undefined) return [{ code: 'funnel.historyIssues.empty', index: null, params: {} }]
  if (last.stage !== opportunity.stage) {
    issues.push({ code: 'funnel.historyIssues.not_current_stage', index: history.length - 1, params: { stage: last.stage, current: opportunity.stage } })
  }
  history.forEach((visit, index) => {
    if (!isIsoDate(visit.enteredOn)) {
      issues.push({ code: 'funnel.historyIssues.date_invalid', index, params: { stage: visit.stage, date: visit.enteredOn } })
      return
    }
    if ((daysBetween(today, visit.enteredOn) ?? 0) > 0) {
      issues.push({ code: 'funnel.historyIssues.date_in_future', index, params: { stage: visit.stage, date: visit.enteredOn } })
    }
    const before = history[index - 1]
    if (before && isIsoDate(before.enteredOn) && (daysBetween(before.enteredOn, visit.enteredOn) ?? 0) < 0) {
      issues.push({
        code: 'funnel.historyIssues.dates_out_of_order',
        index,
        params: { stage: visit.stage, date: visit.enteredOn, previousStage: before.stage, previousDate: before.enteredOn }
      })
    }
  })
  if (opportunity.status !== 'open') {
    if (!opportunity.closedOn || !isIsoDate(opportunity.closedOn)) {
      issues.push({ code: 'funnel.historyIssues.closed_without_date', index: null, params: {} })
    } else if ((daysBetween(last.enteredOn, opportunity.closedOn) ?? 0) < 0) {
      issues.push({
        code: 'funnel.historyIssues.closed_before_last_stage',
        index: null,
        params: { closedOn: opportunity.closedOn, stage: last.stage, date: last.enteredOn }
      })
    }
  }
  return issues
}
