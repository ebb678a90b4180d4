/**
 * Relationships and funnel use cases 关键人与销售漏斗: stakeholders and their talk cards,
 * opportunities moved through the funnel only on their evidence, activities and next steps,
 * negotiation preparation sheets, funnel health, and the funnel settings (every change kept).
 * Every rule and figure comes from src/shared/domain/pipeline; each user action is one transaction.
 */
import type { WorkbenchContext } from '../context'
import type {
  ActivityValues,
  FunnelSettings,
  HomeTermsWarning,
  HomeTermsWarnings,
  NegotiationValues,
  NextStepDue,
  NextSteps,
  OpportunityValues,
  PipelineHealth,
  StakeholderValues,
  StoredActivity,
  StoredNegotiation,
  StoredOpportunity,
  StoredStakeholder,
  TalkCard
} from '../../../src/shared/contract/pipeline'
import { LAPSES_LISTED } from '../../../src/shared/contract/pipeline'
import {
  advanceOpportunity,
  advanceRelationship,
  assembleTalkCard,
  checkAdvance,
  dueActivities,
  effectiveFunnelConfig,
  evaluateStageEvidence,
  FUNNEL_STAGES,
  funnelConversion,
  funnelDistribution,
  funnelVelocity,
  funnelVolume,
  findEvidenceLapses,
  OBSERVED_WIN_RATE_MIN_CLOSED,
  observedWinRates,
  pipelineGroupKeys,
  plannedConcessionsFen,
  stageConfig,
  validatePreparationSheet,
  weightedPipeline,
  weightedPipelineBy,
  departmentOfferFor,
  talkFiguresFromProposal,
  talkFiguresFromTermSheet,
  type FunnelConfig,
  type FunnelOverrides,
  type FunnelStage,
  type Opportunity,
  type OpportunityStatus,
  type TalkFigures
} from '../../../src/shared/domain/pipeline'
import { AppFailure } from '../../../src/shared/result'
import { translate } from '../../../src/shared/i18n'
import { economics, latestSheetWarnings, listSheets } from '../terms/terms-service'
import { getProposal } from '../proposal/proposal-service'
import { proposalRepositoryOf } from '../proposal/proposal-repository'
import type { StoredProposal } from '../../../src/shared/contract/proposal'
import { pipelineRepositoryOf, type ActivityRow, type NegotiationRow, type OpportunityRow, type PipelineRepository, type StakeholderRow } from './pipeline-repository'

const repositoryOf = (context: WorkbenchContext): PipelineRepository => pipelineRepositoryOf(context.db)

function failure(context: WorkbenchContext, code: string, key: string, params: Record<string, string | number> = {}): AppFailure {
  return new AppFailure(code, translate(context.language(), `pipeline.errors.${key}`, params))
}

/** The host's calendar day (a KA manager's "today" is local, not UTC). */
export function localToday(context: WorkbenchContext): string {
  const date = new Date(context.now())
  const valid = Number.isNaN(date.getTime()) ? new Date() : date
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${valid.getFullYear()}-${pad(valid.getMonth() + 1)}-${pad(valid.getDate())}`
}

function requireAccountName(context: WorkbenchContext, accountId: number): string {
  const name = repositoryOf(context).accountName(accountId)
  if (name === null) throw failure(context, 'not-found', 'accountNotFound', { id: accountId })
  return name
}

function publish(context: WorkbenchContext, entity: string, change: { created?: number[]; changed?: number[]; deleted?: number[] }): void {
  context.changes.publish({ entity, created: change.created ?? [], changed: change.changed ?? [], deleted: change.deleted ?? [] })
}

// ———————————————————————————————————————————————— funnel settings

function funnelOverrides(context: WorkbenchContext): FunnelOverrides {
  return repositoryOf(context).funnelHistory()[0]?.overrides ?? {}
}

export function funnelConfig(context: WorkbenchContext): FunnelConfig {
  return effectiveFunnelConfig(funnelOverrides(context)).config
}

export function getFunnelSettings(context: WorkbenchContext): FunnelSettings {
  const history = repositoryOf(context).funnelHistory()
  const overrides = history[0]?.overrides ?? {}
  const { config, issues } = effectiveFunnelConfig(overrides)
  return { config, overrides, issues, history }
}

/** Records the new overrides (the old ones stay in the history); refused when a probability is out of range. */
export function setFunnelSettings(context: WorkbenchContext, overrides: FunnelOverrides): FunnelSettings {
  const { issues } = effectiveFunnelConfig(overrides)
  const blocking = issues.find((issue) => issue.code === 'funnel.configIssues.probability_out_of_range' || issue.code === 'funnel.configIssues.rule_unknown_criterion')
  if (blocking) throw failure(context, 'invalid', 'funnelSettingsInvalid', { stage: translate(context.language(), `pipeline.funnel.stages.${blocking.stage}`) })
  context.db.transaction(() => repositoryOf(context).recordFunnelOverrides(overrides, context.now()))()
  publish(context, 'funnelSettings', { changed: [1] })
  return getFunnelSettings(context)
}

// ———————————————————————————————————————————————— stakeholders

function stakeholderView(row: StakeholderRow): StoredStakeholder {
  return { id: row.id, accountId: row.accountId, updatedAt: row.updatedAt, ...row.values }
}

function requireStakeholder(context: WorkbenchContext, id: number): StakeholderRow {
  const row = repositoryOf(context).stakeholder(id)
  if (!row) throw failure(context, 'not-found', 'stakeholderNotFound', { id })
  return row
}

export function listStakeholders(context: WorkbenchContext, accountId: number): StoredStakeholder[] {
  requireAccountName(context, accountId)
  return repositoryOf(context).stakeholders(accountId).map(stakeholderView)
}

export function saveStakeholder(context: WorkbenchContext, accountId: number, id: number | undefined, values: StakeholderValues): StoredStakeholder {
  requireAccountName(context, accountId)
  if (values.department === 'custom' && !values.customDepartmentLabel) throw failure(context, 'invalid', 'customDepartmentLabelMissing')
  if (id !== undefined && requireStakeholder(context, id).accountId !== accountId) throw failure(context, 'invalid', 'notOfAccount', { id })
  const savedId = context.db.transaction(() => repositoryOf(context).saveStakeholder(accountId, id, values, context.now()))()
  publish(context, 'stakeholders', id === undefined ? { created: [savedId] } : { changed: [savedId] })
  return stakeholderView(requireStakeholder(context, savedId))
}

/** One rung up the ladder 认识 → … → 合作, on the day given. */
export function advanceStakeholder(context: WorkbenchContext, id: number, on: string): StoredStakeholder {
  const row = requireStakeholder(context, id)
  const advanced = advanceRelationship(row.values.relationship, on)
  if (!advanced.ok) throw failure(context, 'invalid', advanced.code === 'relationshipIssues.already_top' ? 'relationshipAtTop' : 'invalidDate', { date: on })
  return saveStakeholder(context, row.accountId, id, { ...row.values, relationship: advanced.relationship })
}

export function deleteStakeholder(context: WorkbenchContext, id: number): { stakeholder: StoredStakeholder } {
  const row = requireStakeholder(context, id)
  context.db.transaction(() => repositoryOf(context).deleteStakeholder(id))()
  publish(context, 'stakeholders', { deleted: [id] })
  return { stakeholder: stakeholderView(row) }
}

/**
 * The figures a talk card quotes when the account has no proposal, from its latest term sheet at
 * our offer: the retailer's comprehensive margin amount (V − G + G·D% + F + P) and rate, effective
 * payment days, SKUs planned, the retailer's other income from us (G·D% + F + P) and expected
 * sales at retail (V). Figures the economics cannot give (no sheet, G = 0) stay missing and the
 * card says so.
 */
export function talkFigures(context: WorkbenchContext, accountId: number): { figures: TalkFigures; year: number | null } {
  const years = listSheets(context, accountId)
  const latest = years.reduce<number | null>((best, sheet) => (best === null || sheet.year > best ? sheet.year : best), null)
  if (latest === null) return { figures: {}, year: null }
  const result = economics(context, accountId, latest)
  const offer = result.sides.offer.economics
  const otherIncome = offer.fixedFeesFen === null ? null : offer.percentageTermsFen + offer.fixedFeesFen + offer.promotionFundingFen
  return {
    year: latest,
    figures: {
      marginAmountFen: otherIncome === null ? null : offer.retailValueFen - offer.purchaseValueFen + otherIncome,
      marginRatePpm: offer.retailerMarginPpm,
      paymentDays: offer.effectivePaymentDays,
      skuCount: result.plan.skuCount,
      otherIncomeFen: otherIncome,
      expectedAnnualSalesFen: offer.retailValueFen
    }
  }
}

/** The account's current proposal: the one worked on last (the latest change, then the newest). */
export function currentProposalOf(context: WorkbenchContext, accountId: number): StoredProposal | null {
  return (
    proposalRepositoryOf(context.db)
      .proposals(accountId)
      .reduce<StoredProposal | null>((best, proposal) => (best === null || proposal.updatedAt > best.updatedAt || (proposal.updatedAt === best.updatedAt && proposal.id > best.id) ? proposal : best), null)
  )
}

/**
 * A stakeholder's talk card: their needs with the figures of the account's current proposal and
 * what that proposal gives their department (部门价值); without a proposal, the latest term sheet's
 * figures and no department offer.
 */
export function talkCard(context: WorkbenchContext, id: number): TalkCard {
  const row = requireStakeholder(context, id)
  const proposal = currentProposalOf(context, row.accountId)
  if (proposal) {
    const detail = getProposal(context, proposal.id)
    const { figures, sources } = talkFiguresFromProposal({
      departmentValue: detail.departmentValue,
      retailValueFen: detail.figures.keyFigures.retailValue,
      promotionRoiPpm: detail.promotionPlan.roiPpm,
      promotionEventCount: detail.promotionPlan.events.length
    })
    return {
      stakeholderId: id,
      points: assembleTalkCard(row.values, figures, departmentOfferFor(row.values.department, detail.departmentValue)),
      figures,
      figureSources: sources,
      proposal: { id: proposal.id, name: proposal.name, year: proposal.year },
      termSheetYear: detail.figures.termSheet?.year ?? null,
      editedText: row.values.talkCardText
    }
  }
  const fromSheet = talkFigures(context, row.accountId)
  const { figures, sources } = talkFiguresFromTermSheet(fromSheet.figures)
  return {
    stakeholderId: id,
    points: assembleTalkCard(row.values, figures),
    figures,
    figureSources: sources,
    proposal: null,
    termSheetYear: fromSheet.year,
    editedText: row.values.talkCardText
  }
}

// ———————————————————————————————————————————————— opportunities

/** A province-level code (the region grouping of the pipeline): 440305 → 440000. */
const provinceOf = (code: string | null): string | undefined => (code ? `${code.slice(0, 2)}0000` : undefined)

function domainOpportunity(row: OpportunityRow): Opportunity {
  return {
    id: String(row.id),
    name: row.values.name,
    accountId: String(row.accountId),
    valueFen: row.values.valueFen,
    ownerName: row.values.ownerName,
    format: row.accountFormat,
    ...(row.accountRegionCode ? { region: provinceOf(row.accountRegionCode) } : {}),
    companySize: row.values.companySize,
    stage: row.stage,
    status: row.status,
    ...(row.closedOn ? { closedOn: row.closedOn } : {}),
    stageHistory: row.stageHistory,
    evidence: row.evidence
  }
}

function opportunityView(config: FunnelConfig, row: OpportunityRow): StoredOpportunity {
  const opportunity = domainOpportunity(row)
  const currentEvidence = evaluateStageEvidence(config, row.stage, row.evidence[row.stage] ?? [], row.values.companySize)
  const next = checkAdvance(config, opportunity)
  return {
    ...opportunity,
    id: row.id,
    accountId: row.accountId,
    accountName: row.accountName,
    goal: row.values.goal,
    expectedCloseOn: row.values.expectedCloseOn,
    proposalId: row.values.proposalId,
    notes: row.values.notes,
    currentEvidence,
    nextEvidence: next.evaluation,
    hasEvidenceLapsed: row.status === 'open' && !currentEvidence.isMet,
    probabilityPpm: stageConfig(config, row.stage).probabilityPpm,
    weightedFen: weightedPipeline(config, [opportunity]).weightedFen,
    updatedAt: row.updatedAt
  }
}

function requireOpportunity(context: WorkbenchContext, id: number): OpportunityRow {
  const row = repositoryOf(context).opportunity(id)
  if (!row) throw failure(context, 'not-found', 'opportunityNotFound', { id })
  return row
}

const opportunityOf = (context: WorkbenchContext, id: number): StoredOpportunity => opportunityView(funnelConfig(context), requireOpportunity(context, id))

export function listOpportunities(context: WorkbenchContext, accountId: number | undefined, status: OpportunityStatus | 'all'): StoredOpportunity[] {
  if (accountId !== undefined) requireAccountName(context, accountId)
  const config = funnelConfig(context)
  return repositoryOf(context)
    .opportunities({ ...(accountId !== undefined ? { accountId } : {}), ...(status !== 'all' ? { status } : {}) })
    .map((row) => opportunityView(config, row))
}

/** A new deal starts at 目标 on `startedOn` (today by default); an existing one keeps its stage. */
export function saveOpportunity(context: WorkbenchContext, accountId: number, id: number | undefined, values: OpportunityValues, startedOn?: string): StoredOpportunity {
  requireAccountName(context, accountId)
  if (id !== undefined && requireOpportunity(context, id).accountId !== accountId) throw failure(context, 'invalid', 'notOfAccount', { id })
  const repository = repositoryOf(context)
  const savedId = context.db.transaction(() => {
    if (id !== undefined) {
      repository.updateOpportunityValues(id, values, context.now())
      return id
    }
    return repository.insertOpportunity(accountId, values, FUNNEL_STAGES[0], startedOn ?? localToday(context), context.now())
  })()
  publish(context, 'opportunities', id === undefined ? { created: [savedId] } : { changed: [savedId] })
  return opportunityOf(context, savedId)
}

/** Ticks the evidence of one stage; criteria the stage does not have (and never had ticked) are refused by name. */
export function setOpportunityEvidence(context: WorkbenchContext, id: number, stage: FunnelStage, criterionIds: string[]): StoredOpportunity {
  const row = requireOpportunity(context, id)
  // A tick already given for a criterion since removed in settings may be sent back as it was (it no longer counts).
  const known = new Set([...stageConfig(funnelConfig(context), stage).criteria.map((criterion) => criterion.id), ...(row.evidence[stage] ?? [])])
  const unknown = criterionIds.find((criterion) => !known.has(criterion))
  if (unknown !== undefined) throw failure(context, 'invalid', 'unknownCriterion', { criterion: unknown })
  context.db.transaction(() => repositoryOf(context).setEvidence(id, { ...row.evidence, [stage]: [...new Set(criterionIds)] }, context.now()))()
  publish(context, 'opportunities', { changed: [id] })
  return opportunityOf(context, id)
}

/** One stage on, only when the next stage's evidence holds (the seed defines a stage by its evidence). */
export function advanceOpportunityStage(context: WorkbenchContext, id: number, on: string): StoredOpportunity {
  const row = requireOpportunity(context, id)
  const config = funnelConfig(context)
  const result = advanceOpportunity(config, domainOpportunity(row), on)
  if (!result.ok) {
    const missing = result.check.evaluation?.shortBy ?? 0
    const key = result.refusal.replace('funnel.refusals.', '')
    const stage = result.check.nextStage ? translate(context.language(), `pipeline.funnel.stages.${result.check.nextStage}`) : ''
    throw failure(context, 'refused', `advance.${key}`, { stage, missing })
  }
  context.db.transaction(() => repositoryOf(context).enterStage(id, result.opportunity.stage, on, context.now()))()
  publish(context, 'opportunities', { changed: [id] })
  return opportunityView(config, requireOpportunity(context, id))
}

/** Won or lost on a day; 'open' reopens a closed deal at its stage. */
export function closeOpportunity(context: WorkbenchContext, id: number, status: OpportunityStatus, on: string): StoredOpportunity {
  requireOpportunity(context, id)
  context.db.transaction(() => repositoryOf(context).setStatus(id, status, status === 'open' ? null : on, context.now()))()
  publish(context, 'opportunities', { changed: [id] })
  return opportunityOf(context, id)
}

export function deleteOpportunity(context: WorkbenchContext, id: number): { deleted: number } {
  requireOpportunity(context, id)
  const deleted = context.db.transaction(() => repositoryOf(context).deleteOpportunity(id))()
  publish(context, 'opportunities', { deleted: [id] })
  return { deleted }
}

/** The weighted pipeline by owner, format and region, the four health measures, and observed win rates. */
export function pipelineHealth(context: WorkbenchContext, today: string = localToday(context)): PipelineHealth {
  const config = funnelConfig(context)
  const rows = repositoryOf(context).opportunities({})
  const opportunities = rows.map(domainOpportunity)
  const winRates = observedWinRates(config, opportunities)
  return {
    today,
    total: weightedPipeline(config, opportunities),
    groups: {
      owner: weightedPipelineBy(config, opportunities, pipelineGroupKeys.owner),
      format: weightedPipelineBy(config, opportunities, pipelineGroupKeys.format),
      region: weightedPipelineBy(config, opportunities, pipelineGroupKeys.region)
    },
    volume: funnelVolume(opportunities),
    conversion: funnelConversion(opportunities),
    distribution: funnelDistribution(opportunities),
    velocity: funnelVelocity(opportunities, today),
    winRates: { ...winRates, isShown: winRates.closed >= OBSERVED_WIN_RATE_MIN_CLOSED },
    ...namedLapses(rows, findEvidenceLapses(config, opportunities))
  }
}

/** The first lapses by name (a home page lists them; thousands would only weigh the answer down). */
function namedLapses(rows: OpportunityRow[], lapses: ReturnType<typeof findEvidenceLapses>): Pick<PipelineHealth, 'lapses' | 'lapseCount'> {
  const byId = new Map(rows.map((row) => [String(row.id), row]))
  return {
    lapseCount: lapses.length,
    lapses: lapses.slice(0, LAPSES_LISTED).map((lapse) => {
      const row = byId.get(lapse.opportunityId)
      return { ...lapse, opportunityId: Number(lapse.opportunityId), name: row?.values.name ?? '', accountName: row?.accountName ?? '' }
    })
  }
}

// ———————————————————————————————————————————————— terms warnings for the home page

/**
 * The warnings of our offer on each account's current (latest) term sheet: the offer is what we
 * would sign, so its warnings are ours to act on (the retailer's ask shows its own on the term
 * sheet page). Warnings before notes, then by account; the first `limit` with the full count.
 */
export function homeTermsWarnings(context: WorkbenchContext, limit = 50): HomeTermsWarnings {
  const bySheet = latestSheetWarnings(context, 'offer')
  const all: HomeTermsWarning[] = []
  let accountCount = 0
  for (const sheet of bySheet) {
    if (sheet.warnings.length === 0) continue
    accountCount += 1
    const accountName = context.accounts.get(sheet.accountId)?.name ?? ''
    for (const warning of sheet.warnings) all.push({ accountId: sheet.accountId, accountName, year: sheet.year, warning })
  }
  const severityRank = (entry: HomeTermsWarning) => (entry.warning.severity === 'warning' ? 0 : 1)
  // A stable sort keeps each severity's warnings in account order.
  all.sort((a, b) => severityRank(a) - severityRank(b))
  return { warnings: all.slice(0, limit), count: all.length, accountCount }
}

// ———————————————————————————————————————————————— activities

function activityView(row: ActivityRow): StoredActivity {
  return {
    id: row.id,
    accountId: row.accountId,
    accountName: row.accountName,
    stakeholderName: row.stakeholderName,
    opportunityName: row.opportunityName,
    updatedAt: row.updatedAt,
    ...row.values
  }
}

function requireActivity(context: WorkbenchContext, id: number): ActivityRow {
  const row = repositoryOf(context).activity(id)
  if (!row) throw failure(context, 'not-found', 'activityNotFound', { id })
  return row
}

export function listActivities(context: WorkbenchContext, filter: { accountId?: number; stakeholderId?: number; limit: number }): StoredActivity[] {
  if (filter.accountId !== undefined) requireAccountName(context, filter.accountId)
  return repositoryOf(context).activities(filter).map(activityView)
}

export function saveActivity(context: WorkbenchContext, accountId: number, id: number | undefined, values: ActivityValues): StoredActivity {
  requireAccountName(context, accountId)
  const repository = repositoryOf(context)
  if (id !== undefined && requireActivity(context, id).accountId !== accountId) throw failure(context, 'invalid', 'notOfAccount', { id })
  if (values.stakeholderId !== null && !repository.belongsToAccount('stakeholders', values.stakeholderId, accountId)) {
    throw failure(context, 'invalid', 'notOfAccount', { id: values.stakeholderId })
  }
  if (values.opportunityId !== null && !repository.belongsToAccount('opportunities', values.opportunityId, accountId)) {
    throw failure(context, 'invalid', 'notOfAccount', { id: values.opportunityId })
  }
  if (values.nextStepDueOn === null && values.nextStep.length > 0) throw failure(context, 'invalid', 'nextStepWithoutDate')
  const savedId = context.db.transaction(() => repository.saveActivity(accountId, id, values, context.now()))()
  publish(context, 'activities', id === undefined ? { created: [savedId] } : { changed: [savedId] })
  return activityView(requireActivity(context, savedId))
}

export function deleteActivity(context: WorkbenchContext, id: number): { deleted: number } {
  requireActivity(context, id)
  const deleted = context.db.transaction(() => repositoryOf(context).deleteActivity(id))()
  publish(context, 'activities', { deleted: [id] })
  return { deleted }
}

/** Next steps not done: overdue, due today and within `upcomingDays`, soonest first. */
export function nextSteps(context: WorkbenchContext, today: string = localToday(context), upcomingDays = 7, limit = 100): NextSteps {
  const until = new Date(Date.parse(`${today}T00:00:00Z`) + upcomingDays * 86_400_000).toISOString().slice(0, 10)
  const rows = repositoryOf(context).openNextSteps(until)
  const byId = new Map(rows.map((row) => [String(row.id), row]))
  const due = dueActivities(
    rows.map((row) => ({
      id: String(row.id),
      title: row.values.nextStep,
      dueOn: row.values.nextStepDueOn ?? today,
      doneOn: row.values.nextStepDoneOn,
      ...(row.values.opportunityId !== null ? { opportunityId: String(row.values.opportunityId) } : {}),
      ...(row.values.stakeholderId !== null ? { stakeholderId: String(row.values.stakeholderId) } : {}),
      ownerName: row.values.ownerName
    })),
    today,
    upcomingDays
  )
  const counts = { overdue: 0, due_today: 0, upcoming: 0 }
  for (const entry of due) counts[entry.urgency] += 1
  const steps = due.slice(0, limit).map((entry): NextStepDue => {
    const row = byId.get(entry.activity.id)!
    return { ...entry, accountId: row.accountId, accountName: row.accountName, activityId: row.id }
  })
  return { steps, counts }
}

// ———————————————————————————————————————————————— negotiation preparation sheets

function negotiationView(row: NegotiationRow): StoredNegotiation {
  return {
    id: row.id,
    accountId: row.accountId,
    updatedAt: row.updatedAt,
    ...row.values,
    issues: validatePreparationSheet(row.values.sheet),
    plannedConcessionsFen: plannedConcessionsFen(row.values.sheet)
  }
}

function requireNegotiation(context: WorkbenchContext, id: number): NegotiationRow {
  const row = repositoryOf(context).negotiation(id)
  if (!row) throw failure(context, 'not-found', 'negotiationNotFound', { id })
  return row
}

export function listNegotiations(context: WorkbenchContext, accountId: number): StoredNegotiation[] {
  requireAccountName(context, accountId)
  return repositoryOf(context).negotiations(accountId).map(negotiationView)
}

export function getNegotiation(context: WorkbenchContext, id: number): StoredNegotiation {
  return negotiationView(requireNegotiation(context, id))
}

/** Saved even with warnings (a plan in progress); errors (a walk-away beyond the objective, a negative amount) are shown, not blocking. */
export function saveNegotiation(context: WorkbenchContext, accountId: number, id: number | undefined, values: NegotiationValues): StoredNegotiation {
  requireAccountName(context, accountId)
  const repository = repositoryOf(context)
  if (id !== undefined && requireNegotiation(context, id).accountId !== accountId) throw failure(context, 'invalid', 'notOfAccount', { id })
  if (values.opportunityId !== null && !repository.belongsToAccount('opportunities', values.opportunityId, accountId)) {
    throw failure(context, 'invalid', 'notOfAccount', { id: values.opportunityId })
  }
  const savedId = context.db.transaction(() => repository.saveNegotiation(accountId, id, values, context.now()))()
  publish(context, 'negotiations', id === undefined ? { created: [savedId] } : { changed: [savedId] })
  return negotiationView(requireNegotiation(context, savedId))
}

export function deleteNegotiation(context: WorkbenchContext, id: number): { deleted: number } {
  requireNegotiation(context, id)
  const deleted = context.db.transaction(() => repositoryOf(context).deleteNegotiation(id))()
  publish(context, 'negotiations', { deleted: [id] })
  return { deleted }
}
