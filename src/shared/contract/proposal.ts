/**
 * Entry proposal 进场方案: one or more proposals per account, each with its concessions ledger
 * 条件置换, regional protection clauses 区域保护, promotion plan 促销方案, sell-through activities
 * 动销上量方案, readiness checklist, saved versions and the value per department.
 *
 * Product entry lines are NOT stored by the proposal: they are the account's assortment lines with
 * status listed 已上架 or proposed 拟进场, read live, so a price or volume changed in the assortment
 * (or with the solver there) is the proposal's at once, and the key figures (the trade-terms
 * economics over the same assortment) agree with the SKU list. The planner edits them with the
 * assortment channels (assortment:update / add / remove / restore), which already have undo.
 *
 * The key figures are the economics of the OFFER side of the account's term sheet for the
 * proposal's contract year, with P = the cost of the promotion events that start in that year
 * (promotionFundingForPeriodFen, unit contribution net of the offer's D%). While an event of the
 * year cannot be costed, P and every figure that depends on it are null (reason
 * `promotionFundingIncomplete`): a P that leaves an event out would flatter the net-net price.
 *
 * Values come as integers: money in fen, rates in ppm (1% = 10,000), dates `YYYY-MM-DD`.
 *
 * Undo: every `*-upsert` answers `{ item, previous }`. Undo of a create is `*-remove` of
 * `item.id`; undo of an update is `*-upsert` of `previous`. Every `*-remove` answers the removed
 * item whole; its undo is `*-upsert` of that item with its id (an upsert whose id no longer exists
 * re-creates the row under that id). `proposal:update` answers `{ proposal, previous }` the same way.
 *
 * Edits in place: `proposal:clause-skus-set` changes only a clause's SKUs and
 * `proposal:promotion-skus-set` only an event's SKU lines (the other fields as stored stay, so
 * an edit from one window does not write back another's stale dates or territory). Both answer
 * `{ item, previous }`; the undo is the same channel with `previous`'s SKUs.
 */
import * as z from 'zod'
import type { ProposalChannel } from '../channels'
import type { AccountEconomics } from '../domain/terms'
import {
  PROMOTION_KINDS,
  PROTECTION_CONSEQUENCES,
  PROTECTION_TYPES,
  type ConcessionLedger,
  type DepartmentValue,
  type KeyFigureCode,
  type KeyFigures,
  type PromotionCalendar,
  type PromotionEvent,
  type PromotionKind,
  type PromotionPlanResult,
  type ProposalSnapshot,
  type ProposalTermLine,
  type ProposalVersionDiff,
  type ProtectionClause,
  type ProtectionConsequence,
  type ProtectionType,
  type Readiness
} from '../domain/proposal'
import type { AssortmentStatus } from '../domain/sku/sku'
import { channel, type ChannelDefinition } from './define'

export const MAX_PROPOSAL_NAME_LENGTH = 100
export const MAX_PROPOSAL_NOTES_LENGTH = 10_000
export const MAX_PROPOSAL_TEXT_LENGTH = 500
export const MAX_PROPOSAL_AMOUNT_FEN = 100_000_000_000
export const MAX_PROPOSAL_SKUS_PER_ITEM = 2_000
export const MAX_PROPOSAL_UNITS = 1_000_000_000
export const MAX_PROPOSAL_STORES = 100_000
/** Uplift up to +1000 %. */
export const MAX_UPLIFT_PPM = 10_000_000

/** 员工培训, 促销员激励 挂金, POP 物料, 陈列, 其他. */
export const SELL_THROUGH_ACTIVITY_KINDS = ['staff_training', 'promoter_incentive', 'pop', 'display', 'other'] as const
export type SellThroughActivityKind = (typeof SELL_THROUGH_ACTIVITY_KINDS)[number]

const id = z.number().int().positive()
const proposalId = id
const accountId = id
const skuId = id
const versionId = id
const fen = z.number().int().min(0).max(MAX_PROPOSAL_AMOUNT_FEN)
const ppm = z.number().int().min(0).max(1_000_000)
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)
const text = z.string().trim().max(MAX_PROPOSAL_TEXT_LENGTH)
const proposalName = z.string().trim().min(1).max(MAX_PROPOSAL_NAME_LENGTH)
const year = z.number().int().min(2000).max(2100)
const termCode = z.string().trim().min(1).max(60)
/** Optional on input: absent = create; present = update that row (or re-create it under that id, for undo). */
const optionalId = id.optional()

// ---------------------------------------------------------------- stored items (numeric ids)

export interface StoredProposal {
  id: number
  accountId: number
  name: string
  /** The contract year whose term sheet gives the key figures. */
  year: number
  /** The proposal's own retailer margin target; null: the account's (then its format's default). */
  marginTargetPpm: number | null
  notes: string
  /** Planned sell-through rate 动销率 of the new items (for 采购 / 营运), ppm. */
  sellThroughTargetPpm: number | null
  /** Days of stock planned for the new items. */
  newItemStockDays: number | null
  /** Protection conflicts the user has settled (protectionConflictKey of the two clause ids). */
  resolvedConflictKeys: string[]
  createdAt: string
  updatedAt: string
}

export interface StoredConcession {
  id: number
  proposalId: number
  position: number
  give: { termCode: string | null; description: string; costFen: number }
  /** Null: an unpaired give (flagged). */
  get: { termCode: string | null; description: string; valueFen: number | null } | null
}

export interface StoredClause {
  id: number
  proposalId: number
  accountId: number
  /** 'all' or the catalogue SKU ids. */
  skuIds: number[] | 'all'
  /** GB/T 2260 code, stored by its significant digits (31, 3101, 310115). */
  territoryCode: string
  type: ProtectionType
  startDate: string
  endDate: string
  minimumPurchaseFen: number | null
  sellThroughRatePpm: number | null
  consequence: ProtectionConsequence
  consequenceText: string
}

export interface StoredPromotionSku {
  skuId: number
  baselineUnitsPerStoreWeek: number | null
  promoRetailPriceFen: number | null
  supplierFundingPerUnitFen: number
}

export interface StoredPromotion {
  id: number
  proposalId: number
  kind: PromotionKind
  name: string
  skus: StoredPromotionSku[]
  storeCount: number
  startDate: string
  endDate: string
  upliftPpm: number
  fixedFeesFen: number
  buyQuantity: number | null
  getQuantity: number | null
}

/**
 * A sell-through activity 动销活动 the proposal plans (staff training, promoter incentive, POP,
 * display): not the pipeline's StoredActivity, a call or visit logged with an account.
 */
export interface StoredSellThroughActivity {
  id: number
  proposalId: number
  kind: SellThroughActivityKind
  description: string
  costFen: number
  owner: string
  /** Training sessions per year, promoters, displays…, by kind; null when not counted. */
  quantity: number | null
  /** 挂金: commission per unit sold (promoter incentive), fen. */
  commissionPerUnitFen: number | null
  startDate: string | null
  endDate: string | null
}

export interface Upserted<T> {
  item: T
  /** The row before this change; null when it was created. */
  previous: T | null
}

// ---------------------------------------------------------------- computed views

/** A product entry line: the account's assortment line (listed / proposed) with its figures. */
export interface ProposalSkuView {
  skuId: number
  assortmentLineId: number
  /** The assortment line's row version: an edit based on it is refused as stale when another window wrote the line since. */
  rowVersion: number
  skuCode: string
  name: string
  spec: string | null
  status: AssortmentStatus
  isKeySku: boolean
  /** The assortment's price, else the catalogue's; null when neither has one. */
  supplyPriceFen: number | null
  retailPriceFen: number | null
  unitCostFen: number | null
  plannedAnnualUnits: number | null
  /** Front margin (r − s) / r, ppm; null without both prices. */
  frontMarginPpm: number | null
  /** The SKU's own target, else the proposal's, else the account's / format's. */
  targetPpm: number | null
  /** Null when there is no target or no margin. */
  meetsTarget: boolean | null
  /** Net-net price s × net-net factor, fen; null while the factor is unknown. */
  netNetPriceFen: number | null
}

export type KeyFigureNullReason = string

export interface ProposalFigures {
  /** The term sheet the figures were computed from; null when the account has none for the year. */
  termSheet: { sheetId: number; year: number } | null
  keyFigures: KeyFigures
  /** Why a key figure is null (the economics' reason codes, or `promotionFundingIncomplete`, `noTermSheet`). */
  keyFigureNullReasons: Partial<Record<KeyFigureCode, KeyFigureNullReason>>
  /** The offer side's full economics with P; while P is unknown it is computed with P = 0, so read the P-dependent figures from keyFigures. */
  economics: AccountEconomics
  /** P: the promotion plan's cost of the events that start in the contract year; null while one cannot be costed. */
  promotionFundingFen: number | null
  /** The proposal's margin target in force and where it came from. */
  marginTargetPpm: number | null
  /** Does the whole proposal meet it (retailer comprehensive margin ≥ target)? Null when either is unknown. */
  meetsMarginTarget: boolean | null
}

/** A conflict seen from one clause, with the names the page shows on both sides. */
export interface ProtectionConflictView {
  key: string
  clauseId: number
  proposalId: number
  accountId: number
  otherClauseId: number
  otherProposalId: number
  otherAccountId: number
  otherAccountName: string
  otherProposalName: string
  skus: { skuId: number; skuCode: string; name: string }[] | 'all'
  territoryCode: string
  /** The territory's full name (e.g. 上海市 浦东新区), or the code when it is not in the list. */
  territoryName: string
  startDate: string
  endDate: string
  isResolved: boolean
}

export interface ProposalConflictReport {
  conflicts: ProtectionConflictView[]
  invalidClauses: { clauseId: number; problem: 'invalid_territory' | 'invalid_period' }[]
}

export interface ReadinessSummary {
  isReady: boolean
  blockerCount: number
  warningCount: number
}

export interface ProposalSummary {
  proposal: StoredProposal
  accountCode: string
  accountName: string
  skuCount: number
  promotionCount: number
  versionCount: number
  latestVersion: ProposalVersionSummary | null
  readiness: ReadinessSummary
}

export interface PromotionView {
  promotion: StoredPromotion
  /** The SKUs with the prices the arithmetic used (assortment's, else catalogue's). */
  skus: (StoredPromotionSku & { skuCode: string; name: string; supplyPriceFen: number; unitCostFen: number })[]
}

/**
 * A stored clause as the domain takes it: ids as text, its SKUs named by `skuKey` (the database
 * id for the conflict check, where the same SKU has the same id everywhere; the SKU code in a
 * document a buyer reads).
 */
export function protectionClauseOf(clause: StoredClause, skuKey: (skuId: number) => string = String): ProtectionClause {
  return {
    id: String(clause.id),
    accountId: String(clause.accountId),
    skus: clause.skuIds === 'all' ? 'all' : clause.skuIds.map((skuId) => skuKey(skuId)),
    territoryCode: clause.territoryCode,
    type: clause.type,
    startDate: clause.startDate,
    endDate: clause.endDate,
    conditions: { minimumPurchaseFen: clause.minimumPurchaseFen, sellThroughRatePpm: clause.sellThroughRatePpm },
    consequence: clause.consequence,
    consequenceText: clause.consequenceText
  }
}

/** A stored promotion as the domain's arithmetic takes it (promotionPlanResult, the calendar, 少降多送): ids as text. */
export function promotionEventOf({ promotion, skus }: PromotionView): PromotionEvent {
  return {
    id: String(promotion.id),
    kind: promotion.kind,
    name: promotion.name,
    skus: skus.map((sku) => ({
      skuCode: sku.skuCode,
      baselineUnitsPerStoreWeek: sku.baselineUnitsPerStoreWeek,
      supplyPriceFen: sku.supplyPriceFen,
      unitCostFen: sku.unitCostFen,
      promoRetailPriceFen: sku.promoRetailPriceFen,
      supplierFundingPerUnitFen: sku.supplierFundingPerUnitFen
    })),
    storeCount: promotion.storeCount,
    startDate: promotion.startDate,
    endDate: promotion.endDate,
    upliftPpm: promotion.upliftPpm,
    fixedFeesFen: promotion.fixedFeesFen,
    buyQuantity: promotion.buyQuantity,
    getQuantity: promotion.getQuantity
  }
}

export interface ProposalDetail {
  proposal: StoredProposal
  account: { id: number; code: string; name: string }
  skus: ProposalSkuView[]
  figures: ProposalFigures
  /** Ask vs offer per term of the year's term sheet (fixed fees as the year's amount in fen, rates in ppm, payment in days). */
  termLines: ProposalTermLine[]
  concessions: StoredConcession[]
  concessionLedger: ConcessionLedger
  clauses: StoredClause[]
  /** The catalogue SKUs clauses name that are not among `skus` (delisted since, say), so the page names them too. */
  clauseOnlySkus: { skuId: number; skuCode: string; name: string }[]
  /** Conflicts of this proposal's clauses with other accounts' clauses. */
  conflicts: ProtectionConflictView[]
  promotions: PromotionView[]
  promotionPlan: PromotionPlanResult
  promotionCalendar: PromotionCalendar
  activities: StoredSellThroughActivity[]
  departmentValue: DepartmentValue[]
  readiness: Readiness
  versions: ProposalVersionSummary[]
}

export interface ProposalVersionSummary {
  id: number
  proposalId: number
  /** 1, 2, 3… in the order saved. */
  version: number
  name: string
  savedOn: string
  savedAt: string
}

export interface ProposalVersion {
  summary: ProposalVersionSummary
  /** Frozen at save: read-only, with the key figures as they were. Ids inside are the database ids as text. */
  snapshot: ProposalSnapshot
}

// ---------------------------------------------------------------- inputs

const concessionInput = z
  .object({
    proposalId,
    id: optionalId,
    /** Its place in the ledger; absent: last for a new give, unchanged for an edit (an undo sends the old one). */
    position: z.number().int().min(0).max(1_000_000).optional(),
    give: z.object({ termCode: termCode.nullable(), description: text.min(1), costFen: fen }).strict(),
    get: z.object({ termCode: termCode.nullable(), description: text.min(1), valueFen: fen.nullable() }).strict().nullable()
  })
  .strict()

const clauseSkuIds = z.union([z.literal('all'), z.array(skuId).min(1).max(MAX_PROPOSAL_SKUS_PER_ITEM)])

const clauseInput = z
  .object({
    proposalId,
    id: optionalId,
    skuIds: clauseSkuIds,
    territoryCode: z.string().trim().regex(/^\d{2}(\d{2}){0,2}$/),
    type: z.enum(PROTECTION_TYPES),
    startDate: isoDate,
    endDate: isoDate,
    minimumPurchaseFen: fen.nullable(),
    sellThroughRatePpm: ppm.nullable(),
    consequence: z.enum(PROTECTION_CONSEQUENCES),
    consequenceText: text.default('')
  })
  .strict()

const promotionSkuLines = z
  .array(
    z
      .object({
        skuId,
        baselineUnitsPerStoreWeek: z.number().int().min(0).max(MAX_PROPOSAL_UNITS).nullable(),
        promoRetailPriceFen: fen.nullable(),
        supplierFundingPerUnitFen: fen
      })
      .strict()
  )
  .max(MAX_PROPOSAL_SKUS_PER_ITEM)

const promotionInput = z
  .object({
    proposalId,
    id: optionalId,
    kind: z.enum(PROMOTION_KINDS),
    name: text.min(1),
    skus: promotionSkuLines,
    storeCount: z.number().int().min(0).max(MAX_PROPOSAL_STORES),
    startDate: isoDate,
    endDate: isoDate,
    upliftPpm: z.number().int().min(0).max(MAX_UPLIFT_PPM),
    fixedFeesFen: fen,
    buyQuantity: z.number().int().min(1).max(1000).nullable(),
    getQuantity: z.number().int().min(1).max(1000).nullable()
  })
  .strict()

const activityInput = z
  .object({
    proposalId,
    id: optionalId,
    kind: z.enum(SELL_THROUGH_ACTIVITY_KINDS),
    description: text.min(1),
    costFen: fen,
    owner: text,
    quantity: z.number().int().min(0).max(MAX_PROPOSAL_UNITS).nullable(),
    commissionPerUnitFen: fen.nullable(),
    startDate: isoDate.nullable(),
    endDate: isoDate.nullable()
  })
  .strict()

const proposalPatch = z
  .object({
    name: proposalName,
    year,
    marginTargetPpm: ppm.nullable(),
    notes: z.string().max(MAX_PROPOSAL_NOTES_LENGTH),
    sellThroughTargetPpm: ppm.nullable(),
    newItemStockDays: z.number().int().min(0).max(3650).nullable(),
    resolvedConflictKeys: z.array(z.string().max(100)).max(10_000)
  })
  .partial()
  .strict()
export type ProposalPatch = z.infer<typeof proposalPatch>
export type ConcessionInput = z.infer<typeof concessionInput>
export type ClauseInput = z.infer<typeof clauseInput>
export type PromotionInput = z.infer<typeof promotionInput>
export type ActivityInput = z.infer<typeof activityInput>

/** The row a remove names. */
const removeInput = z.object({ id }).strict()

export const proposalContract = {
  'proposal:list': (() => {
    /** One account's proposals, or every account's when accountId is absent. */
    const input = z.object({ accountId: accountId.optional() }).strict()
    return channel<typeof input, ProposalSummary[]>(input)
  })(),
  'proposal:get': (() => {
    const input = z.object({ proposalId }).strict()
    return channel<typeof input, ProposalDetail>(input)
  })(),
  'proposal:create': (() => {
    /** year: the contract year of the term sheet; absent = the account's latest sheet's year, else this calendar year. */
    const input = z.object({ accountId, name: proposalName, year: year.optional() }).strict()
    return channel<typeof input, StoredProposal>(input)
  })(),
  'proposal:update': (() => {
    const input = z.object({ proposalId, patch: proposalPatch }).strict()
    return channel<typeof input, { proposal: StoredProposal; previous: StoredProposal }>(input)
  })(),
  'proposal:delete': (() => {
    /** Deletes the proposal with its clauses, events, concessions, activities and versions (undo of a create). */
    const input = z.object({ proposalId }).strict()
    return channel<typeof input, StoredProposal>(input)
  })(),
  'proposal:concession-upsert': (() => channel<typeof concessionInput, Upserted<StoredConcession>>(concessionInput))(),
  'proposal:concession-remove': (() => {
    const input = removeInput
    return channel<typeof input, StoredConcession>(input)
  })(),
  'proposal:clause-upsert': (() => channel<typeof clauseInput, Upserted<StoredClause>>(clauseInput))(),
  'proposal:clause-remove': (() => {
    const input = removeInput
    return channel<typeof input, StoredClause>(input)
  })(),
  'proposal:clause-skus-set': (() => {
    /** The clause's SKUs ('all' or catalogue ids), nothing else of it. */
    const input = z.object({ clauseId: id, skuIds: clauseSkuIds }).strict()
    return channel<typeof input, Upserted<StoredClause>>(input)
  })(),
  'proposal:conflicts': (() => {
    /** Across all accounts' proposals; with accountId, only the conflicts of that account's clauses. */
    const input = z.object({ accountId: accountId.optional() }).strict()
    return channel<typeof input, ProposalConflictReport>(input)
  })(),
  'proposal:promotion-upsert': (() => channel<typeof promotionInput, Upserted<StoredPromotion>>(promotionInput))(),
  'proposal:promotion-remove': (() => {
    const input = removeInput
    return channel<typeof input, StoredPromotion>(input)
  })(),
  'proposal:promotion-skus-set': (() => {
    /** The event's SKU lines in their order (baseline per store-week, promo price, funding per unit), nothing else of it. */
    const input = z.object({ promotionId: id, skus: promotionSkuLines }).strict()
    return channel<typeof input, Upserted<StoredPromotion>>(input)
  })(),
  'proposal:activity-upsert': (() => channel<typeof activityInput, Upserted<StoredSellThroughActivity>>(activityInput))(),
  'proposal:activity-remove': (() => {
    const input = removeInput
    return channel<typeof input, StoredSellThroughActivity>(input)
  })(),
  'proposal:readiness': (() => {
    const input = z.object({ proposalId }).strict()
    return channel<typeof input, Readiness>(input)
  })(),
  'proposal:department-value': (() => {
    const input = z.object({ proposalId }).strict()
    return channel<typeof input, DepartmentValue[]>(input)
  })(),
  'proposal:version-save': (() => {
    const input = z.object({ proposalId, name: proposalName }).strict()
    return channel<typeof input, ProposalVersionSummary>(input)
  })(),
  'proposal:versions': (() => {
    const input = z.object({ proposalId }).strict()
    return channel<typeof input, ProposalVersionSummary[]>(input)
  })(),
  'proposal:version-get': (() => {
    const input = z.object({ versionId }).strict()
    return channel<typeof input, ProposalVersion>(input)
  })(),
  'proposal:version-compare': (() => {
    /** `to: 'current'` compares a saved version with the proposal as it is now. */
    const input = z.object({ fromVersionId: versionId, to: z.union([versionId, z.literal('current')]) }).strict()
    return channel<typeof input, ProposalVersionDiff>(input)
  })()
} satisfies Record<ProposalChannel, ChannelDefinition>
