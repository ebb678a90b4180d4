/**
 * Entry-proposal use cases 进场方案. Every figure comes from src/shared/domain/proposal (promotion
 * arithmetic, concessions, conflicts, readiness, department value, version diff) and from the
 * trade-terms economics (src/shared/domain/terms through terms-service): this file gathers the
 * inputs, checks what a person sent and stores it. Each user action runs in one synchronous
 * transaction.
 *
 * Where the inputs come from (see src/shared/contract/proposal.ts):
 * - Product entry lines: the account's assortment lines listed or proposed, at the assortment's
 *   prices, else the catalogue's. Promotion SKU lines take their supply price and unit cost from
 *   the same place, so a price changed there changes the promotion's arithmetic too.
 * - Key figures: the offer side of the account's term sheet for the proposal's contract year,
 *   with P = the cost of the promotion events that start in that year (the unit contribution of
 *   an event nets off the offer's D%, which does not depend on P). While one of those events cannot
 *   be costed, P and the figures built on it are null.
 * - Margin target: the proposal's own, else the account's plan (its own, else its format's
 *   default, e.g. 60% for pharmacy chains). Without any, no SKU is flagged below target.
 */
import type { WorkbenchContext } from '../context'
import { writeStampsOf, type WatchedTable } from '../db/write-stamps'
import type {
  ActivityInput,
  ClauseInput,
  ConcessionInput,
  PromotionInput,
  PromotionView,
  ProposalConflictReport,
  ProposalDetail,
  ProposalFigures,
  ProposalPatch,
  ProposalSkuView,
  ProposalSummary,
  ProposalVersion,
  ProposalVersionSummary,
  ProtectionConflictView,
  StoredSellThroughActivity,
  StoredClause,
  StoredConcession,
  StoredPromotion,
  StoredPromotionSku,
  StoredProposal,
  Upserted
} from '../../../src/shared/contract/proposal'
import { promotionEventOf, protectionClauseOf } from '../../../src/shared/contract/proposal'
import type { StoredPayment } from '../../../src/shared/contract/terms'
import {
  concessionLedger,
  dayRange,
  departmentValue,
  diffProposalVersions,
  findProtectionConflicts,
  normalizeTerritoryCode,
  promotionCalendar,
  promotionFundingForPeriodFen,
  promotionPlanResult,
  proposalReadiness,
  protectionConflictKey,
  KEY_FIGURE_CODES,
  type ConcessionEntry,
  type DepartmentValue,
  type KeyFigureCode,
  type KeyFigures,
  type PaymentTermKind,
  type PromotionEvent,
  type ProposalSkuLine,
  type ProposalSnapshot,
  type SnapshotDocumentFacts,
  type ProposalTermLine,
  type ProposalVersionDiff,
  type ProtectionClause,
  type ProtectionConflict,
  type Readiness
} from '../../../src/shared/domain/proposal'
import { netNetPrices, type AccountEconomics, type PaymentMode } from '../../../src/shared/domain/terms'
import type { Sku } from '../../../src/shared/domain/catalogue/sku'
import type { AssortmentLine } from '../../../src/shared/domain/assortment/assortment-line'
import { ratioToPpm } from '../../../src/shared/domain/rate'
import { AppFailure } from '../../../src/shared/result'
import { translate } from '../../../src/shared/i18n'
import { assortmentRepositoryOf } from '../assortment/assortment-repository'
import { getPlan } from '../assortment/assortment-service'
import { catalogueRepositoryOf } from '../catalogue/catalogue-repository'
import { economicsWithPromotion, type EconomicsWithPromotion } from '../terms/terms-service'
import { termsRepositoryOf } from '../terms/terms-repository'
import { proposalRepositoryOf, type ClauseForCheck, type ProposalRepository, type ProposalValues } from './proposal-repository'
import { parseSnapshot } from './proposal-snapshot-schema'

const repositoryOf = (context: WorkbenchContext): ProposalRepository => proposalRepositoryOf(context.db)

/** A refusal in the workspace's language (proposalErrors.<key>). */
function failure(context: WorkbenchContext, code: string, key: string, params: Record<string, string | number> = {}): AppFailure {
  return new AppFailure(code, translate(context.language(), `proposalErrors.${key}`, params))
}

function requireProposal(context: WorkbenchContext, proposalId: number): StoredProposal {
  const proposal = repositoryOf(context).proposal(proposalId)
  if (!proposal) throw failure(context, 'not-found', 'proposalNotFound', { id: proposalId })
  return proposal
}

function requireLiveAccount(context: WorkbenchContext, accountId: number) {
  const account = context.accounts.get(accountId)
  if (!account) throw failure(context, 'not-found', 'accountNotFound', { id: accountId })
  return account
}

const today = (context: WorkbenchContext): string => context.now().slice(0, 10)

/**
 * Tells the other windows once the transaction has committed (change-feed entity 'proposals',
 * ids of proposals): concessions, clauses, promotions, activities and versions count as a change
 * of their proposal. Inside a caller's transaction nothing is committed yet: the caller publishes.
 */
function published<T>(context: WorkbenchContext, kind: 'created' | 'changed' | 'deleted', proposalIdOf: (result: T) => number, result: T): T {
  if (!context.db.inTransaction) {
    const ids = [proposalIdOf(result)]
    context.changes.publish({ entity: 'proposals', created: kind === 'created' ? ids : [], changed: kind === 'changed' ? ids : [], deleted: kind === 'deleted' ? ids : [] })
  }
  return result
}

// ---------------------------------------------------------------- proposals

export function createProposal(context: WorkbenchContext, accountId: number, name: string, year: number | null): StoredProposal {
  return published(context, 'created', (proposal) => proposal.id, context.db.transaction(() => {
    requireLiveAccount(context, accountId)
    // The latest term sheet is the one being negotiated; without any, this calendar year.
    const latestSheetYear = termsRepositoryOf(context.db).years(accountId).reduce<number | null>((latest, sheet) => (latest === null || sheet.year > latest ? sheet.year : latest), null)
    const contractYear = year ?? latestSheetYear ?? Number(today(context).slice(0, 4))
    const values: ProposalValues = {
      accountId,
      name: name.trim(),
      year: contractYear,
      marginTargetPpm: null,
      notes: '',
      sellThroughTargetPpm: null,
      newItemStockDays: null,
      resolvedConflictKeys: []
    }
    const id = repositoryOf(context).insertProposal(values, context.now())
    return requireProposal(context, id)
  })())
}

export function updateProposal(context: WorkbenchContext, proposalId: number, patch: ProposalPatch): { proposal: StoredProposal; previous: StoredProposal } {
  return published(context, 'changed', ({ proposal }) => proposal.id, context.db.transaction(() => {
    const previous = requireProposal(context, proposalId)
    const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...values } = previous
    const next: ProposalValues = { ...values }
    if (patch.name !== undefined) next.name = patch.name.trim()
    if (patch.year !== undefined) next.year = patch.year
    if (patch.marginTargetPpm !== undefined) next.marginTargetPpm = patch.marginTargetPpm
    if (patch.notes !== undefined) next.notes = patch.notes
    if (patch.sellThroughTargetPpm !== undefined) next.sellThroughTargetPpm = patch.sellThroughTargetPpm
    if (patch.newItemStockDays !== undefined) next.newItemStockDays = patch.newItemStockDays
    if (patch.resolvedConflictKeys !== undefined) next.resolvedConflictKeys = [...new Set(patch.resolvedConflictKeys)].sort()
    repositoryOf(context).updateProposal(proposalId, next, context.now())
    return { proposal: requireProposal(context, proposalId), previous }
  })())
}

export function deleteProposal(context: WorkbenchContext, proposalId: number): StoredProposal {
  return published(context, 'deleted', (proposal) => proposal.id, context.db.transaction(() => {
    const proposal = requireProposal(context, proposalId)
    repositoryOf(context).deleteProposal(proposalId)
    return proposal
  })())
}

// ---------------------------------------------------------------- parts: one pattern for all four

/**
 * Creates (no id), updates (the id of a row of this proposal) or re-creates under its id (the id
 * of a row that is gone: the undo of a remove). Answers the row and what it was before.
 */
function upsertPart<T extends { id: number; proposalId: number }>(
  context: WorkbenchContext,
  input: { proposalId: number; id?: number | undefined },
  part: { get(id: number): T | undefined; insert(id: number | undefined): number; update(id: number): void; notFoundKey: string }
): Upserted<T> {
  requireProposal(context, input.proposalId)
  const previous = input.id === undefined ? undefined : part.get(input.id)
  if (previous && previous.proposalId !== input.proposalId) throw failure(context, 'validation', 'partOfAnotherProposal', { id: previous.id })
  let id: number
  if (previous) {
    part.update(previous.id)
    id = previous.id
  } else {
    id = part.insert(input.id)
  }
  repositoryOf(context).touchProposal(input.proposalId, context.now())
  const item = part.get(id)
  if (!item) throw failure(context, 'not-found', part.notFoundKey, { id })
  return { item, previous: previous ?? null }
}

function removePart<T extends { proposalId: number }>(context: WorkbenchContext, id: number, item: T | undefined, notFoundKey: string, remove: () => void): T {
  if (!item) throw failure(context, 'not-found', notFoundKey, { id })
  remove()
  repositoryOf(context).touchProposal(item.proposalId, context.now())
  return item
}

function requireSkuIds(context: WorkbenchContext, skuIds: readonly number[]): void {
  const catalogue = catalogueRepositoryOf(context.db)
  for (const skuId of skuIds) if (!catalogue.get(skuId)) throw failure(context, 'validation', 'skuNotFound', { id: skuId })
}

function requirePeriod(context: WorkbenchContext, startDate: string, endDate: string): void {
  if (dayRange(startDate, endDate) === null) throw failure(context, 'validation', 'invalidPeriod', { startDate, endDate })
}

export function upsertConcession(context: WorkbenchContext, input: ConcessionInput): Upserted<StoredConcession> {
  return published(context, 'changed', ({ item }) => item.proposalId, context.db.transaction(() => {
    const repository = repositoryOf(context)
    const values = (position: number): Omit<StoredConcession, 'id'> => ({
      proposalId: input.proposalId,
      position,
      give: { termCode: input.give.termCode, description: input.give.description.trim(), costFen: input.give.costFen },
      get: input.get === null ? null : { termCode: input.get.termCode, description: input.get.description.trim(), valueFen: input.get.valueFen }
    })
    return upsertPart(context, input, {
      get: repository.concession,
      insert: (id) => repository.insertConcession(values(input.position ?? repository.nextConcessionPosition(input.proposalId)), id),
      update: (id) => repository.updateConcession(id, values(input.position ?? repository.concession(id)?.position ?? 0)),
      notFoundKey: 'concessionNotFound'
    })
  })())
}

export function removeConcession(context: WorkbenchContext, id: number): StoredConcession {
  return published(context, 'changed', (item) => item.proposalId, context.db.transaction(() => {
    const repository = repositoryOf(context)
    return removePart(context, id, repository.concession(id), 'concessionNotFound', () => repository.deleteConcession(id))
  })())
}

export function upsertClause(context: WorkbenchContext, input: ClauseInput): Upserted<StoredClause> {
  return published(context, 'changed', ({ item }) => item.proposalId, context.db.transaction(() => {
    const territoryCode = normalizeTerritoryCode(input.territoryCode)
    if (territoryCode === null || !context.regions.byCode(territoryCode.padEnd(6, '0'))) {
      throw failure(context, 'validation', 'unknownTerritory', { code: input.territoryCode })
    }
    requirePeriod(context, input.startDate, input.endDate)
    if (input.skuIds !== 'all') requireSkuIds(context, input.skuIds)
    const repository = repositoryOf(context)
    const values: Omit<StoredClause, 'id' | 'accountId'> = {
      proposalId: input.proposalId,
      skuIds: input.skuIds === 'all' ? 'all' : [...new Set(input.skuIds)].sort((a, b) => a - b),
      territoryCode,
      type: input.type,
      startDate: input.startDate,
      endDate: input.endDate,
      minimumPurchaseFen: input.minimumPurchaseFen,
      sellThroughRatePpm: input.sellThroughRatePpm,
      consequence: input.consequence,
      consequenceText: input.consequenceText.trim()
    }
    return upsertPart(context, input, {
      get: repository.clause,
      insert: (id) => repository.insertClause(values, id),
      update: (id) => repository.updateClause(id, values),
      notFoundKey: 'clauseNotFound'
    })
  })())
}

export function removeClause(context: WorkbenchContext, id: number): StoredClause {
  return published(context, 'changed', (item) => item.proposalId, context.db.transaction(() => {
    const repository = repositoryOf(context)
    return removePart(context, id, repository.clause(id), 'clauseNotFound', () => repository.deleteClause(id))
  })())
}

export function upsertPromotion(context: WorkbenchContext, input: PromotionInput): Upserted<StoredPromotion> {
  return published(context, 'changed', ({ item }) => item.proposalId, context.db.transaction(() => {
    requirePeriod(context, input.startDate, input.endDate)
    const skuIds = input.skus.map((line) => line.skuId)
    if (new Set(skuIds).size !== skuIds.length) throw failure(context, 'validation', 'duplicateSku')
    requireSkuIds(context, skuIds)
    const isBuyGet = input.kind === 'buy_x_get_y'
    const repository = repositoryOf(context)
    const values: Omit<StoredPromotion, 'id'> = {
      proposalId: input.proposalId,
      kind: input.kind,
      name: input.name.trim(),
      skus: input.skus.map((line) => ({ ...line })),
      storeCount: input.storeCount,
      startDate: input.startDate,
      endDate: input.endDate,
      upliftPpm: input.upliftPpm,
      fixedFeesFen: input.fixedFeesFen,
      // Buy X get Y only means something for 买赠; other kinds do not keep stray quantities.
      buyQuantity: isBuyGet ? input.buyQuantity : null,
      getQuantity: isBuyGet ? input.getQuantity : null
    }
    return upsertPart(context, input, {
      get: repository.promotion,
      insert: (id) => repository.insertPromotion(values, id),
      update: (id) => repository.updatePromotion(id, values),
      notFoundKey: 'promotionNotFound'
    })
  })())
}

export function removePromotion(context: WorkbenchContext, id: number): StoredPromotion {
  return published(context, 'changed', (item) => item.proposalId, context.db.transaction(() => {
    const repository = repositoryOf(context)
    return removePart(context, id, repository.promotion(id), 'promotionNotFound', () => repository.deletePromotion(id))
  })())
}

// ---------------------------------------------------------------- edits in place: one part of a clause or an event

/** Tells every window the proposal changed (after the write committed, so a reader sees it). */
function publishProposalChanged(context: WorkbenchContext, proposalId: number): void {
  context.changes.publish({ entity: 'proposals', created: [], changed: [proposalId], deleted: [] })
}

/**
 * A clause's SKUs ('all' or catalogue ids, kept sorted and once each), nothing else of it: the
 * territory, period and conditions stay as stored, whatever the editing window last read.
 */
export function setClauseSkus(context: WorkbenchContext, clauseId: number, skuIds: readonly number[] | 'all'): Upserted<StoredClause> {
  const upserted = context.db.transaction((): Upserted<StoredClause> => {
    const repository = repositoryOf(context)
    const previous = repository.clause(clauseId)
    if (!previous) throw failure(context, 'not-found', 'clauseNotFound', { id: clauseId })
    if (skuIds !== 'all') requireSkuIds(context, skuIds)
    const { id: _id, accountId: _accountId, ...values } = previous
    repository.updateClause(clauseId, { ...values, skuIds: skuIds === 'all' ? 'all' : [...new Set(skuIds)].sort((a, b) => a - b) })
    repository.touchProposal(previous.proposalId, context.now())
    const item = repository.clause(clauseId)
    if (!item) throw failure(context, 'not-found', 'clauseNotFound', { id: clauseId })
    return { item, previous }
  })()
  publishProposalChanged(context, upserted.item.proposalId)
  return upserted
}

/**
 * An event's SKU lines in the order given (baseline per store-week, promo price, funding per
 * unit), nothing else of it. A SKU twice is refused: the arithmetic would count it twice.
 */
export function setPromotionSkus(context: WorkbenchContext, promotionId: number, skus: readonly StoredPromotionSku[]): Upserted<StoredPromotion> {
  const upserted = context.db.transaction((): Upserted<StoredPromotion> => {
    const repository = repositoryOf(context)
    const previous = repository.promotion(promotionId)
    if (!previous) throw failure(context, 'not-found', 'promotionNotFound', { id: promotionId })
    const skuIds = skus.map((line) => line.skuId)
    if (new Set(skuIds).size !== skuIds.length) throw failure(context, 'validation', 'duplicateSku')
    requireSkuIds(context, skuIds)
    const { id: _id, ...values } = previous
    repository.updatePromotion(promotionId, { ...values, skus: skus.map((line) => ({ ...line })) })
    repository.touchProposal(previous.proposalId, context.now())
    const item = repository.promotion(promotionId)
    if (!item) throw failure(context, 'not-found', 'promotionNotFound', { id: promotionId })
    return { item, previous }
  })()
  publishProposalChanged(context, upserted.item.proposalId)
  return upserted
}

export function upsertActivity(context: WorkbenchContext, input: ActivityInput): Upserted<StoredSellThroughActivity> {
  return published(context, 'changed', ({ item }) => item.proposalId, context.db.transaction(() => {
    if ((input.startDate === null) !== (input.endDate === null)) throw failure(context, 'validation', 'periodHalfSet')
    if (input.startDate !== null && input.endDate !== null) requirePeriod(context, input.startDate, input.endDate)
    const repository = repositoryOf(context)
    const values: Omit<StoredSellThroughActivity, 'id'> = {
      proposalId: input.proposalId,
      kind: input.kind,
      description: input.description.trim(),
      costFen: input.costFen,
      owner: input.owner.trim(),
      quantity: input.quantity,
      commissionPerUnitFen: input.kind === 'promoter_incentive' ? input.commissionPerUnitFen : null,
      startDate: input.startDate,
      endDate: input.endDate
    }
    return upsertPart(context, input, {
      get: repository.activity,
      insert: (id) => repository.insertActivity(values, id),
      update: (id) => repository.updateActivity(id, values),
      notFoundKey: 'activityNotFound'
    })
  })())
}

export function removeActivity(context: WorkbenchContext, id: number): StoredSellThroughActivity {
  return published(context, 'changed', (item) => item.proposalId, context.db.transaction(() => {
    const repository = repositoryOf(context)
    return removePart(context, id, repository.activity(id), 'activityNotFound', () => repository.deleteActivity(id))
  })())
}

// ---------------------------------------------------------------- the conflict check

interface ConflictCheck {
  conflicts: ProtectionConflict[]
  invalidClauses: { clauseId: number; problem: 'invalid_territory' | 'invalid_period' }[]
  /** By the domain's id (the database id as text). */
  clauses: Map<string, ClauseForCheck>
}

/** What the conflict check reads of a clause; conditions and consequence do not take part. */
const NO_CONDITIONS = { minimumPurchaseFen: null, sellThroughRatePpm: null }
const clauseToCheck = (clause: ClauseForCheck): ProtectionClause => ({
  id: String(clause.id),
  accountId: String(clause.accountId),
  skus: clause.skuIds === 'all' ? 'all' : clause.skuIds.map(String),
  territoryCode: clause.territoryCode,
  type: 'exclusive',
  startDate: clause.startDate,
  endDate: clause.endDate,
  conditions: NO_CONDITIONS,
  consequence: 'protection_lapses',
  consequenceText: ''
})

/**
 * Every exclusive clause of every live account's proposals, checked once (findProtectionConflicts).
 * Price-protection clauses never conflict, so they are not read; every clause's territory and
 * period were checked when it was written.
 */
function checkAllClauses(context: WorkbenchContext): ConflictCheck {
  const stored = repositoryOf(context).exclusiveClausesForCheck()
  const report = findProtectionConflicts(stored.map(clauseToCheck))
  return {
    conflicts: report.conflicts,
    invalidClauses: report.invalidClauses.map((entry) => ({ clauseId: Number(entry.clauseId), problem: entry.problem })),
    clauses: new Map(stored.map((clause) => [String(clause.id), clause]))
  }
}

function territoryName(context: WorkbenchContext, code: string): string {
  return context.regions.byCode(code.padEnd(6, '0'))?.fullName ?? code
}

/** Looks each thing up once per call: a check across 200 accounts names thousands of conflicts. */
function memo<K, V>(lookup: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>()
  return (key) => {
    const hit = cache.get(key)
    if (hit !== undefined || cache.has(key)) return hit as V
    const value = lookup(key)
    cache.set(key, value)
    return value
  }
}

function conflictViews(context: WorkbenchContext, check: ConflictCheck, conflicts: readonly ProtectionConflict[]): ProtectionConflictView[] {
  const repository = repositoryOf(context)
  const catalogue = catalogueRepositoryOf(context.db)
  const proposalOf = memo((id: number) => repository.proposal(id))
  const accountNameOf = memo((id: number) => context.accounts.get(id)?.name ?? String(id))
  const skuOf = memo((id: string) => {
    const sku = catalogue.get(Number(id))
    return { skuId: Number(id), skuCode: sku?.code ?? id, name: sku?.name ?? '' }
  })
  const territoryNameOf = memo((code: string) => territoryName(context, code))
  const resolvedKeysOf = memo((proposalId: number) => new Set(proposalOf(proposalId)?.resolvedConflictKeys ?? []))
  // Both sides of a conflict carry the same SKU list: name it once.
  const skuListOf = memo((skus: readonly string[]) => skus.map(skuOf))
  const views: ProtectionConflictView[] = []
  for (const conflict of conflicts) {
    const clause = check.clauses.get(conflict.clauseId)
    const other = check.clauses.get(conflict.otherClauseId)
    if (!clause || !other) continue
    const key = protectionConflictKey(conflict)
    views.push({
      key,
      clauseId: clause.id,
      proposalId: clause.proposalId,
      accountId: clause.accountId,
      otherClauseId: other.id,
      otherProposalId: other.proposalId,
      otherAccountId: other.accountId,
      otherAccountName: accountNameOf(other.accountId),
      otherProposalName: proposalOf(other.proposalId)?.name ?? '',
      skus: conflict.skus === 'all' ? 'all' : skuListOf(conflict.skus),
      territoryCode: conflict.territoryCode,
      territoryName: territoryNameOf(conflict.territoryCode),
      startDate: conflict.startDate,
      endDate: conflict.endDate,
      isResolved: resolvedKeysOf(clause.proposalId).has(key)
    })
  }
  return views
}

/** Conflicts across all accounts' proposals, each shown from both clauses' sides. */
/** What the conflict report is read from: change with checkAllClauses and conflictViews. */
const CONFLICT_TABLES = ['proposal_clauses', 'proposals', 'accounts', 'skus'] as const satisfies readonly WatchedTable[]

/** Per connection: the report for an account (or 'all') and the write stamp it was made at. */
const conflictReports = new WeakMap<WorkbenchContext['db'], Map<number | 'all', { stamp: string; report: ProposalConflictReport }>>()

/**
 * The planner asks on every open and every clause edit, while clauses change rarely: the report
 * is kept until any of its tables is written (clauses are checked across all accounts, so any
 * account's write counts). Callers only read the report.
 */
export function protectionConflicts(context: WorkbenchContext, accountId: number | null): ProposalConflictReport {
  const stamp = writeStampsOf(context.db).ofTables(CONFLICT_TABLES)
  let reports = conflictReports.get(context.db)
  if (!reports) {
    reports = new Map()
    conflictReports.set(context.db, reports)
  }
  const key = accountId ?? 'all'
  const cached = reports.get(key)
  if (cached?.stamp === stamp) return cached.report
  const report = uncachedProtectionConflicts(context, accountId)
  reports.set(key, { stamp, report })
  return report
}

function uncachedProtectionConflicts(context: WorkbenchContext, accountId: number | null): ProposalConflictReport {
  const check = checkAllClauses(context)
  const conflicts = accountId === null ? check.conflicts : check.conflicts.filter((conflict) => conflict.accountId === String(accountId))
  const invalidClauses = accountId === null ? check.invalidClauses : check.invalidClauses.filter((entry) => check.clauses.get(String(entry.clauseId))?.accountId === accountId)
  return { conflicts: conflictViews(context, check, conflicts), invalidClauses }
}

// ---------------------------------------------------------------- assembling a proposal

interface ProposalSku {
  line: AssortmentLine
  sku: Sku
  supplyPriceFen: number
  retailPriceFen: number | null
}

interface Assembled {
  proposal: StoredProposal
  account: NonNullable<ReturnType<WorkbenchContext['accounts']['getAny']>>
  skus: ProposalSku[]
  skuViews: ProposalSkuView[]
  figures: ProposalFigures
  termLines: ProposalTermLine[]
  concessions: StoredConcession[]
  clauses: StoredClause[]
  ownConflicts: ProtectionConflict[]
  promotions: PromotionView[]
  events: PromotionEvent[]
  activities: StoredSellThroughActivity[]
  snapshot: ProposalSnapshot
  defaultMarginTargetPpm: number
  /** The offer's payment term on the year's sheet. */
  offerPayment: StoredPayment | null
}

const contractYearPeriod = (year: number) => ({ startDate: `${year}-01-01`, endDate: `${year}-12-31` })

/** The figures that take P in: unknown while P is. */
const P_DEPENDENT: readonly KeyFigureCode[] = [
  'promotionFunding',
  'netRevenue',
  'contribution',
  'contributionMargin',
  'tradeSpendRate',
  'netNetFactor',
  'retailerComprehensiveMargin',
  'breakEvenPurchaseValue'
]

/** Key figure → the economics' figure (and its null-reason key). */
const ECONOMICS_OF: Record<KeyFigureCode, keyof AccountEconomics & string> = {
  grossPurchaseValue: 'purchaseValueFen',
  retailValue: 'retailValueFen',
  percentageTerms: 'percentageTermsPpm',
  fixedFees: 'fixedFeesFen',
  promotionFunding: 'promotionFundingFen',
  financingCost: 'financingCostFen',
  netRevenue: 'netRevenueFen',
  contribution: 'contributionFen',
  contributionMargin: 'contributionMarginPpm',
  tradeSpendRate: 'tradeSpendRatePpm',
  netNetFactor: 'netNetFactorPpm',
  retailerComprehensiveMargin: 'retailerMarginPpm',
  breakEvenPurchaseValue: 'breakEvenPurchaseFen'
}

function keyFiguresOf(economics: EconomicsWithPromotion, promotionFundingFen: number | null) {
  const keyFigures = {} as KeyFigures
  const reasons: ProposalFigures['keyFigureNullReasons'] = {}
  const nullReasons = economics.offer.nullReasons as Record<string, string | undefined>
  for (const code of KEY_FIGURE_CODES) {
    const field = ECONOMICS_OF[code]
    const value = economics.offer[field]
    keyFigures[code] = typeof value === 'number' ? value : null
    if (keyFigures[code] === null) reasons[code] = nullReasons[field] ?? (economics.sheet === null ? 'noTermSheet' : 'unknown')
    if (promotionFundingFen === null && P_DEPENDENT.includes(code)) {
      keyFigures[code] = null
      reasons[code] = 'promotionFundingIncomplete'
    }
  }
  return { keyFigures, reasons }
}

const PAYMENT_KIND: Record<PaymentMode, PaymentTermKind> = { invoice: 'invoice', monthly: 'monthly_statement', consignment: 'consignment' }

/** Ask against offer per term: a fixed fee as its amount for the year, a rate in ppm, the payment term in days. */
function termLinesOf(economics: EconomicsWithPromotion): ProposalTermLine[] {
  const askById = new Map(economics.ask.lineAmounts.map((amount) => [amount.lineId, amount]))
  const seen = new Map<string, number>()
  const lines: ProposalTermLine[] = economics.offer.lineAmounts.map((offer) => {
    const ask = askById.get(offer.lineId)
    // Two lines of one kind (two display fees) keep apart in a version diff by their order.
    const count = (seen.get(offer.key) ?? 0) + 1
    seen.set(offer.key, count)
    const termCode = count === 1 ? offer.key : `${offer.key}#${count}`
    const isFixed = offer.line.category === 'fixed'
    const valueOf = (amount: typeof offer | undefined) => (!amount || amount.isUnset ? null : isFixed ? amount.amountFen : amount.ratePpm)
    return { termCode, unit: isFixed ? 'fen' : 'ppm', askValue: valueOf(ask), offerValue: valueOf(offer) }
  })
  const payment = economics.sheet?.payment
  if (payment && (payment.ask || payment.offer)) {
    lines.push({ termCode: 'payment_days', unit: 'days', askValue: payment.ask?.days ?? null, offerValue: payment.offer?.days ?? null })
  }
  return lines
}

function assemble(context: WorkbenchContext, proposal: StoredProposal, check: ConflictCheck): Assembled {
  const account = context.accounts.getAny(proposal.accountId)
  if (!account) throw failure(context, 'not-found', 'accountNotFound', { id: proposal.accountId })
  const repository = repositoryOf(context)
  const catalogue = catalogueRepositoryOf(context.db)
  const skuCache = new Map<number, Sku | undefined>()
  const skuOf = (id: number) => {
    if (!skuCache.has(id)) skuCache.set(id, catalogue.get(id))
    return skuCache.get(id)
  }
  const assortment = assortmentRepositoryOf(context.db).listByAccount(proposal.accountId)
  const assortmentBySku = new Map(assortment.map((line) => [line.skuId, line]))
  const skus: ProposalSku[] = assortment.flatMap((line) => {
    const sku = line.status === 'delisted' ? undefined : skuOf(line.skuId)
    if (!sku) return []
    return [{ line, sku, supplyPriceFen: line.supplyPriceFen ?? sku.listSupplyPriceFen, retailPriceFen: line.retailPriceFen ?? sku.suggestedRetailPriceFen }]
  })

  const storedPromotions = repository.promotions(proposal.id)
  const promotions: PromotionView[] = storedPromotions.map((promotion) => ({
    promotion,
    skus: promotion.skus.flatMap((line) => {
      const sku = skuOf(line.skuId)
      if (!sku) return []
      const own = assortmentBySku.get(line.skuId)
      return [{ ...line, skuCode: sku.code, name: sku.name, supplyPriceFen: own?.supplyPriceFen ?? sku.listSupplyPriceFen, unitCostFen: sku.unitCostFen ?? 0 }]
    })
  }))
  const events: PromotionEvent[] = promotions.map(promotionEventOf)

  // D% does not depend on P: the first pass gives it, the second computes with the plan's P.
  const withoutFunding = economicsWithPromotion(context, proposal.accountId, proposal.year, 0)
  const variableTermsPpm = withoutFunding.offer.percentageTermsPpm
  const promotionFundingFen = promotionFundingForPeriodFen(events, contractYearPeriod(proposal.year), { variableTermsPpm })
  const economics = promotionFundingFen === null || promotionFundingFen === 0 ? withoutFunding : economicsWithPromotion(context, proposal.accountId, proposal.year, promotionFundingFen)
  const { keyFigures, reasons } = keyFiguresOf(economics, promotionFundingFen)

  const planTarget = getPlan(context, proposal.accountId).effectiveMarginTargetPpm
  const marginTargetPpm = proposal.marginTargetPpm ?? planTarget
  const retailerMargin = keyFigures.retailerComprehensiveMargin
  const figures: ProposalFigures = {
    termSheet: economics.sheet ? { sheetId: economics.sheet.id, year: economics.sheet.year } : null,
    keyFigures,
    keyFigureNullReasons: reasons,
    economics: economics.offer,
    promotionFundingFen,
    marginTargetPpm,
    meetsMarginTarget: marginTargetPpm === null || retailerMargin === null ? null : retailerMargin >= marginTargetPpm
  }

  const netNetBySku = new Map(netNetPrices(economics.plan, economics.offer).map((price) => [price.skuId, price.netNetFen]))
  const skuViews: ProposalSkuView[] = skus.map(({ line, sku, supplyPriceFen, retailPriceFen }) => {
    const frontMarginPpm = retailPriceFen !== null && retailPriceFen > 0 ? ratioToPpm(retailPriceFen - supplyPriceFen, retailPriceFen) : null
    const targetPpm = line.marginTargetPpm ?? marginTargetPpm
    return {
      skuId: sku.id,
      assortmentLineId: line.id,
      rowVersion: line.rowVersion,
      skuCode: sku.code,
      name: sku.name,
      spec: sku.spec === '' ? null : sku.spec,
      status: line.status,
      isKeySku: sku.isKeySku,
      supplyPriceFen,
      retailPriceFen,
      unitCostFen: sku.unitCostFen,
      plannedAnnualUnits: line.plannedAnnualUnits,
      frontMarginPpm,
      targetPpm,
      meetsTarget: frontMarginPpm === null || targetPpm === null ? null : frontMarginPpm >= targetPpm,
      netNetPriceFen: promotionFundingFen === null ? null : (netNetBySku.get(String(sku.id)) ?? null)
    }
  })

  const concessions = repository.concessions(proposal.id)
  const clauses = repository.clauses(proposal.id)
  const ownClauseIds = new Set(clauses.map((clause) => String(clause.id)))
  const ownConflicts = check.conflicts.filter((conflict) => ownClauseIds.has(conflict.clauseId))
  const termLines = termLinesOf(economics)

  const snapshotSkus: ProposalSkuLine[] = skus.map(({ line, sku, supplyPriceFen, retailPriceFen }) => ({
    skuCode: sku.code,
    name: sku.name,
    supplyPriceFen,
    retailPriceFen,
    unitCostFen: sku.unitCostFen,
    plannedAnnualUnits: line.plannedAnnualUnits,
    retailerMarginTargetPpm: line.marginTargetPpm
  }))
  const snapshot: ProposalSnapshot = {
    proposalId: String(proposal.id),
    accountId: String(proposal.accountId),
    // 0: the proposal as it is now, not a saved version.
    version: 0,
    savedOn: today(context),
    skus: snapshotSkus,
    termLines,
    protectionClauses: clauses.map((clause) => protectionClauseOf(clause)),
    promotionEvents: events,
    concessions: concessions.map(domainConcession),
    keyFigures
  }
  return {
    proposal,
    account,
    skus,
    skuViews,
    figures,
    termLines,
    concessions,
    clauses,
    ownConflicts,
    promotions,
    events,
    activities: repository.activities(proposal.id),
    snapshot,
    defaultMarginTargetPpm: marginTargetPpm ?? 0,
    offerPayment: economics.sheet?.payment.offer ?? null
  }
}

function domainConcession(entry: StoredConcession): ConcessionEntry {
  return { id: String(entry.id), give: { ...entry.give }, get: entry.get === null ? null : { ...entry.get } }
}

function readinessOf(context: WorkbenchContext, assembled: Assembled): Readiness {
  const readiness = proposalReadiness({
    snapshot: assembled.snapshot,
    defaultMarginTargetPpm: assembled.defaultMarginTargetPpm,
    protectionConflicts: assembled.ownConflicts,
    resolvedConflictKeys: assembled.proposal.resolvedConflictKeys
  })
  // The checklist names the other account and the SKUs; the domain only knows their ids (a
  // conflict's SKUs are the clauses' catalogue ids, joined) and codes.
  const catalogue = catalogueRepositoryOf(context.db)
  const nameByCode = new Map<string, string>()
  for (const view of assembled.skuViews) nameByCode.set(view.skuCode, view.name)
  for (const view of assembled.promotions) for (const line of view.skus) nameByCode.set(line.skuCode, line.name)
  const separator = translate(context.language(), 'proposal.diffView.separator')
  const conflictSkus = (ids: string): { skuCodes: string; skuNames: string } => {
    if (ids === 'all') return { skuCodes: 'all', skuNames: 'all' }
    const skus = ids.split(', ').map((id) => (/^\d+$/.test(id) ? catalogue.get(Number(id)) : undefined))
    return {
      skuCodes: skus.map((sku, index) => sku?.code ?? ids.split(', ')[index]).join(', '),
      skuNames: skus.map((sku, index) => (sku ? translate(context.language(), 'proposal.diffView.sku', { name: sku.name, code: sku.code }) : ids.split(', ')[index])).join(separator)
    }
  }
  const items = readiness.items.map((item) => {
    if (item.code === 'protection_conflict') {
      const otherAccountName = context.accounts.get(Number(item.params.otherAccountId))?.name ?? String(item.params.otherAccountId)
      return { ...item, params: { ...item.params, otherAccountName, ...conflictSkus(String(item.params.skuCodes)) } }
    }
    if (typeof item.params.skuCode === 'string') return { ...item, params: { ...item.params, skuName: nameByCode.get(item.params.skuCode) ?? item.params.skuCode } }
    return item
  })
  return { ...readiness, items }
}

function departmentValueFor(assembled: Assembled): DepartmentValue[] {
  const { economics } = assembled.figures
  const { offerPayment } = assembled
  const sumOf = (kind: StoredSellThroughActivity['kind']) => {
    const counted = assembled.activities.filter((activity) => activity.kind === kind && activity.quantity !== null)
    return counted.length === 0 ? null : counted.reduce((total, activity) => total + (activity.quantity ?? 0), 0)
  }
  const commissions = assembled.activities.flatMap((activity) => (activity.commissionPerUnitFen === null ? [] : [activity.commissionPerUnitFen]))
  return departmentValue({
    grossPurchaseValueFen: assembled.figures.keyFigures.grossPurchaseValue,
    retailValueFen: assembled.figures.keyFigures.retailValue,
    percentageTermsFen: economics.percentageTermsFen,
    fixedFeesFen: economics.fixedFeesFen,
    promotionFundingFen: assembled.figures.promotionFundingFen,
    paymentTerms: offerPayment ? { kind: PAYMENT_KIND[offerPayment.mode], days: offerPayment.days } : null,
    inventoryDays: offerPayment?.inventoryDays ?? null,
    salesAreaM2: assembled.account.salesAreaM2,
    employees: assembled.account.employees,
    skuCount: assembled.skus.length,
    keySkuCount: assembled.skus.filter(({ sku }) => sku.isKeySku).length,
    sellThroughTargetPpm: assembled.proposal.sellThroughTargetPpm,
    newItemStockDays: assembled.proposal.newItemStockDays,
    promotionEvents: assembled.events,
    trainingSessionsPerYear: sumOf('staff_training'),
    promoterCount: sumOf('promoter_incentive'),
    // The highest 挂金 offered: what a clerk hears first.
    commissionPerUnitFen: commissions.length === 0 ? null : Math.max(...commissions)
  })
}

function versionSummaries(context: WorkbenchContext, proposalId: number): ProposalVersionSummary[] {
  return repositoryOf(context).versions(proposalId)
}

function clauseOnlySkus(context: WorkbenchContext, assembled: Assembled): ProposalDetail['clauseOnlySkus'] {
  const proposed = new Set(assembled.skuViews.map((view) => view.skuId))
  const named = new Set<number>()
  for (const clause of assembled.clauses) if (clause.skuIds !== 'all') for (const skuId of clause.skuIds) if (!proposed.has(skuId)) named.add(skuId)
  const catalogue = catalogueRepositoryOf(context.db)
  return [...named].sort((a, b) => a - b).flatMap((skuId) => {
    const sku = catalogue.get(skuId)
    return sku ? [{ skuId, skuCode: sku.code, name: sku.name }] : []
  })
}

export function getProposal(context: WorkbenchContext, proposalId: number): ProposalDetail {
  const proposal = requireProposal(context, proposalId)
  const check = checkAllClauses(context)
  const assembled = assemble(context, proposal, check)
  return {
    proposal,
    account: { id: assembled.account.id, code: assembled.account.code, name: assembled.account.name },
    skus: assembled.skuViews,
    figures: assembled.figures,
    termLines: assembled.termLines,
    concessions: assembled.concessions,
    concessionLedger: concessionLedger(assembled.snapshot.concessions, assembled.figures.keyFigures.grossPurchaseValue),
    clauses: assembled.clauses,
    clauseOnlySkus: clauseOnlySkus(context, assembled),
    conflicts: conflictViews(context, check, assembled.ownConflicts),
    promotions: assembled.promotions,
    promotionPlan: promotionPlanResult(assembled.events, { variableTermsPpm: assembled.figures.economics.percentageTermsPpm }),
    promotionCalendar: promotionCalendar(assembled.events),
    activities: assembled.activities,
    departmentValue: departmentValueFor(assembled),
    readiness: readinessOf(context, assembled),
    versions: versionSummaries(context, proposalId)
  }
}

export function listProposals(context: WorkbenchContext, accountId: number | null): ProposalSummary[] {
  const repository = repositoryOf(context)
  const check = checkAllClauses(context)
  return repository.proposals(accountId).flatMap((proposal) => {
    const account = context.accounts.getAny(proposal.accountId)
    if (!account) return []
    const assembled = assemble(context, proposal, check)
    const { isReady, blockerCount, warningCount } = readinessOf(context, assembled)
    const versions = versionSummaries(context, proposal.id)
    return [
      {
        proposal,
        accountCode: account.code,
        accountName: account.name,
        skuCount: assembled.skus.length,
        promotionCount: assembled.events.length,
        versionCount: versions.length,
        latestVersion: versions.at(-1) ?? null,
        readiness: { isReady, blockerCount, warningCount }
      }
    ]
  })
}

export function readiness(context: WorkbenchContext, proposalId: number): Readiness {
  const proposal = requireProposal(context, proposalId)
  return readinessOf(context, assemble(context, proposal, checkAllClauses(context)))
}

export function departmentValueOf(context: WorkbenchContext, proposalId: number): DepartmentValue[] {
  const proposal = requireProposal(context, proposalId)
  return departmentValueFor(assemble(context, proposal, checkAllClauses(context)))
}

// ---------------------------------------------------------------- versions

/** What a proposal's document facts are read from: its detail (or its assembly) and the offer's payment term. */
export interface DocumentFactsSource {
  figures: Pick<ProposalFigures, 'economics' | 'marginTargetPpm'>
  skus: readonly Pick<ProposalSkuView, 'skuCode' | 'netNetPriceFen'>[]
  activities: readonly StoredSellThroughActivity[]
  departmentValue: DepartmentValue[]
  /** The offer's payment term on the year's sheet, null without a sheet. */
  offerPayment: StoredPayment | null
}

/**
 * What a version's Word document prints besides the compared figures: kept in the snapshot on
 * the day a version is saved, and taken from the proposal as it is now for the working copy (and
 * for versions saved before they were kept). One mapping for both, so they cannot drift apart.
 */
export function documentFactsOf(source: DocumentFactsSource): SnapshotDocumentFacts {
  const { economics } = source.figures
  const payment = source.offerPayment
  return {
    cogsFen: economics.cogsFen,
    percentageTermsFen: economics.percentageTermsFen,
    financingCostFen: economics.financingCostFen,
    effectivePaymentDays: economics.effectivePaymentDays,
    payment: payment ? { kind: PAYMENT_KIND[payment.mode], days: payment.days, inventoryDays: payment.inventoryDays } : null,
    marginTargetPpm: source.figures.marginTargetPpm,
    netNetPriceFen: Object.fromEntries(source.skus.map((sku) => [sku.skuCode, sku.netNetPriceFen])),
    activities: source.activities.map(({ kind, description, costFen, owner, startDate, endDate }) => ({ kind, description, costFen, owner, startDate, endDate })),
    departmentValue: source.departmentValue
  }
}

export function saveVersion(context: WorkbenchContext, proposalId: number, name: string): ProposalVersionSummary {
  return published(context, 'changed', () => proposalId, context.db.transaction(() => {
    const proposal = requireProposal(context, proposalId)
    const repository = repositoryOf(context)
    const version = repository.nextVersion(proposalId)
    const assembled = assemble(context, proposal, checkAllClauses(context))
    const snapshot: ProposalSnapshot = { ...assembled.snapshot, version, savedOn: today(context), documentFacts: documentFactsOf({ ...assembled, skus: assembled.skuViews, departmentValue: departmentValueFor(assembled) }) }
    const id = repository.insertVersion(proposalId, version, name.trim(), snapshot.savedOn, context.now(), snapshot)
    const saved = repository.version(id)
    if (!saved) throw failure(context, 'not-found', 'versionNotFound', { id })
    return saved
  })())
}

export function listVersions(context: WorkbenchContext, proposalId: number): ProposalVersionSummary[] {
  requireProposal(context, proposalId)
  return versionSummaries(context, proposalId)
}

export function getVersion(context: WorkbenchContext, versionId: number): ProposalVersion {
  const repository = repositoryOf(context)
  const summary = repository.version(versionId)
  const text = repository.versionSnapshotText(versionId)
  if (!summary || text === undefined) throw failure(context, 'not-found', 'versionNotFound', { id: versionId })
  return { summary, snapshot: parseSnapshot(text, versionId) }
}

/** What changed from a saved version to another of the same proposal, or to the proposal as it is now. */
export function compareVersions(context: WorkbenchContext, fromVersionId: number, to: number | 'current'): ProposalVersionDiff {
  const from = getVersion(context, fromVersionId)
  if (to === 'current') {
    const proposal = requireProposal(context, from.summary.proposalId)
    return diffProposalVersions(from.snapshot, assemble(context, proposal, checkAllClauses(context)).snapshot)
  }
  const target = getVersion(context, to)
  if (target.summary.proposalId !== from.summary.proposalId) throw failure(context, 'validation', 'versionsOfDifferentProposals')
  return diffProposalVersions(from.snapshot, target.snapshot)
}
