/**
 * Assortment 产品结构: which catalogue SKUs each account carries (listed 已上架, proposed 拟进场,
 * delisted 已下架) at which prices and planned units, the accounts × SKUs matrix, bulk price
 * changes, copying an assortment, whitespace 空白品项 and the account's margin target.
 */
import * as z from 'zod'
import type { AssortmentChannel } from '../channels'
import {
  BULK_PRICE_FIELDS,
  BULK_PRICE_MODES,
  EDITABLE_ASSORTMENT_FIELDS,
  type AccountPlan,
  type AssortmentLine,
  type EditableAssortmentField,
  type WhitespaceItem
} from '../domain/assortment/assortment-line'
import { MAX_MARGIN_TARGET_PPM } from '../domain/assortment/assortment-registry'
import { ASSORTMENT_STATUSES } from '../domain/sku/sku'
import { channel, noInput, type ChannelDefinition } from './define'
import { baseVersion, cellValue, skuId, withOneVersionPerId } from './catalogue'
import { storedAssortmentLine } from './assortment-schemas'

const lineId = z.number().int().positive()
const accountId = z.number().int().positive()
const linePatch = z.partialRecord(z.enum(EDITABLE_ASSORTMENT_FIELDS), cellValue)

/**
 * What the margin solver's comprehensive mode 综合毛利 needs from the account's term sheet: D% and
 * the fixed fees per unit f of s = (r·(1 − m*) + f) / (1 − D%), from the latest contract year, on
 * the agreed side once anything is signed, else our offer. Unavailable says why.
 */
export type SolverTerms =
  | { isAvailable: true; year: number; side: 'offer' | 'agreed'; percentageTermsPpm: number; fixedFeePerUnitFen: number }
  | { isAvailable: false; reason: SolverTermsMissingReason; year: number | null }

export const SOLVER_TERMS_MISSING_REASONS = ['noTermSheet', 'termSheetEmpty', 'noAssortment', 'noUnits', 'storeCountMissing'] as const
export type SolverTermsMissingReason = (typeof SOLVER_TERMS_MISSING_REASONS)[number]

export interface AssortmentRefusedCell {
  /** The line changed, or null for a line the change would have created. */
  id: number | null
  /** For creates: the position in `creates`. */
  createIndex?: number
  field: EditableAssortmentField | 'accountId' | 'skuId'
  /** 'stale' when the line had changed since the version the change was based on. */
  code?: 'stale'
  message: string
}

export interface AssortmentAppliedChanges {
  updated: AssortmentLine[]
  created: AssortmentLine[]
  refused: AssortmentRefusedCell[]
  appliedCount: number
}

/**
 * The accounts × SKUs matrix, compact: `statuses[accountId]` has one char per SKU in `skuIds`
 * order — 'L' listed, 'P' proposed, 'D' delisted, '.' not carried.
 */
export interface AssortmentMatrix {
  accountIds: number[]
  skuIds: number[]
  statuses: Record<string, string>
}

export interface BulkPriceResult {
  before: AssortmentLine[]
  after: AssortmentLine[]
}

export interface CopiedAssortment {
  created: AssortmentLine[]
  removed: AssortmentLine[]
}

export const assortmentContract = {
  'assortment:list': (() => {
    const input = z.object({ accountId }).strict()
    return channel<typeof input, AssortmentLine[]>(input)
  })(),
  'assortment:matrix': channel<typeof noInput, AssortmentMatrix>(noInput),
  'assortment:update': (() => {
    const input = z.object({ id: lineId, patch: linePatch, baseVersion: baseVersion.optional() }).strict()
    return channel<typeof input, AssortmentLine>(input)
  })(),
  'assortment:apply-changes': (() => {
    /** A create names its account and SKU besides the typed cells (a SKU the account carries is refused). */
    const create = z.object({ accountId, skuId, patch: linePatch.default({}) }).strict()
    const input = z
      .object({
        updates: z.array(z.object({ id: lineId, patch: linePatch, baseVersion: baseVersion.optional() }).strict()).max(100_000),
        creates: z.array(create).max(100_000).default([])
      })
      .strict()
    return channel<typeof input, AssortmentAppliedChanges>(input)
  })(),
  'assortment:add': (() => {
    const input = z.object({ accountId, skuIds: z.array(skuId).min(1).max(100_000), status: z.enum(ASSORTMENT_STATUSES) }).strict()
    return channel<typeof input, AssortmentLine[]>(input)
  })(),
  'assortment:remove': (() => {
    const input = withOneVersionPerId(z.object({ ids: z.array(lineId).min(1).max(1_000_000), baseVersions: z.array(baseVersion).max(1_000_000).optional() }).strict())
    return channel<typeof input, AssortmentLine[]>(input)
  })(),
  'assortment:restore': (() => {
    const input = z.object({ lines: z.array(storedAssortmentLine).min(1).max(1_000_000) }).strict()
    return channel<typeof input, AssortmentLine[]>(input)
  })(),
  'assortment:bulk-price': (() => {
    /**
     * `amount` as typed: percent "5", "+5%", "-3.5" (of the line's current price, rounded half up
     * to the fen); yuan "1.5", "-0.5" (added to it). Lines following the catalogue get their own price.
     */
    const input = withOneVersionPerId(
      z
        .object({
          ids: z.array(lineId).min(1).max(1_000_000),
          /** By position in `ids`: the versions the person saw; one line written since refuses the whole change as stale. */
          baseVersions: z.array(baseVersion).max(1_000_000).optional(),
          field: z.enum(BULK_PRICE_FIELDS),
          mode: z.enum(BULK_PRICE_MODES),
          amount: z.string().trim().min(1).max(40)
        })
        .strict()
    )
    return channel<typeof input, BulkPriceResult>(input)
  })(),
  'assortment:copy': (() => {
    const input = z.object({ fromAccountId: accountId, toAccountId: accountId, mode: z.enum(['add-missing', 'replace']) }).strict()
    return channel<typeof input, CopiedAssortment>(input)
  })(),
  'assortment:whitespace': (() => {
    const input = z.object({ accountId }).strict()
    return channel<typeof input, WhitespaceItem[]>(input)
  })(),
  'assortment:plan-get': (() => {
    const input = z.object({ accountId }).strict()
    return channel<typeof input, AccountPlan>(input)
  })(),
  'assortment:plan-set': (() => {
    const input = z.object({ accountId, marginTargetPpm: z.number().int().min(0).max(MAX_MARGIN_TARGET_PPM).nullable() }).strict()
    return channel<typeof input, AccountPlan>(input)
  })(),
  'assortment:solver-terms': (() => {
    const input = z.object({ accountId }).strict()
    return channel<typeof input, SolverTerms>(input)
  })()
} satisfies Record<AssortmentChannel, ChannelDefinition>
