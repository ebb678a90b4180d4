/**
 * One SKU in one account's assortment 品项, as stored (by ids). The sku domain's figures work on
 * its code-keyed `AssortmentLine`; `toDomainLine` turns a stored line into that.
 */
import { fieldNames } from '../field-registry'
import type { Ppm } from '../rate'
import type { AssortmentLine as DomainAssortmentLine, AssortmentStatus } from '../sku/sku'
import type { WhitespaceSku } from '../sku/structure'
import { ASSORTMENT_FIELDS } from './assortment-registry'

export { ASSORTMENT_FIELDS } from './assortment-registry'

export interface AssortmentLineValues {
  status: AssortmentStatus
  /** Null: the catalogue's list supply price applies. */
  supplyPriceFen: number | null
  /** Null: the catalogue's suggested retail price applies. */
  retailPriceFen: number | null
  plannedAnnualUnits: number | null
  /** This SKU's margin target at this account (null: the account's, then the format's). */
  marginTargetPpm: Ppm | null
  /** Units sold last year (null: not known); drives sell-through 动销率. */
  lastYearUnits: number | null
}

export type EditableAssortmentField = keyof AssortmentLineValues

/** A stored line; `rowVersion` counts its writes (a save based on an older version is refused as stale). */
export type AssortmentLine = { id: number; accountId: number; skuId: number } & AssortmentLineValues & { updatedAt: string; rowVersion: number }

export const EDITABLE_ASSORTMENT_FIELDS = fieldNames(ASSORTMENT_FIELDS)

type RegistryField = (typeof ASSORTMENT_FIELDS)[number]['field']
type Mismatch = Exclude<RegistryField, EditableAssortmentField> | Exclude<EditableAssortmentField, RegistryField>
const registryMatchesLine: Mismatch extends never ? true : never = true
void registryMatchesLine

export function emptyAssortmentLineValues(status: AssortmentStatus): AssortmentLineValues {
  return { status, supplyPriceFen: null, retailPriceFen: null, plannedAnnualUnits: null, marginTargetPpm: null, lastYearUnits: null }
}

/** One char per SKU in the matrix: 'L' listed, 'P' proposed, 'D' delisted, '.' not carried. */
export const MATRIX_STATUS_CHAR = { listed: 'L', proposed: 'P', delisted: 'D' } as const satisfies Record<AssortmentStatus, string>
export const MATRIX_NOT_CARRIED = '.'

/** The account's margin target and the one in force (its own, else its format's default). */
export interface AccountPlan {
  accountId: number
  marginTargetPpm: Ppm | null
  effectiveMarginTargetPpm: Ppm | null
}

/** A SKU the account does not carry, ranked by the sku domain's `whitespace`. */
export type WhitespaceItem = WhitespaceSku & { skuId: number }

export const BULK_PRICE_FIELDS = ['supplyPrice', 'retailPrice'] as const
export type BulkPriceField = (typeof BULK_PRICE_FIELDS)[number]
export const BULK_PRICE_MODES = ['percent', 'yuan'] as const
export type BulkPriceMode = (typeof BULK_PRICE_MODES)[number]

/** The sku domain's view of a stored line. */
export function toDomainLine(line: AssortmentLine, skuCode: string): DomainAssortmentLine {
  return {
    skuCode,
    status: line.status,
    supplyPriceFen: line.supplyPriceFen,
    retailPriceFen: line.retailPriceFen,
    plannedAnnualUnits: line.plannedAnnualUnits,
    unitsSold: line.lastYearUnits
  }
}
