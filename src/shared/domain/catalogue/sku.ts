/** The catalogue SKU 产品目录 as stored; its fields are declared in sku-registry.ts. */
import { fieldNames } from '../field-registry'
import type { SkuStatus } from '../sku/sku'
import { SKU_FIELDS } from './sku-registry'

export { SKU_FIELDS } from './sku-registry'

/** What a person enters about a SKU. Money in fen. */
export interface SkuValues {
  /** Unique, compared case-insensitively. */
  code: string
  /** EAN-13 / EAN-8 digits with a verified check digit, unique when present. */
  barcode: string | null
  name: string
  spec: string
  unit: string
  category: string
  brand: string
  casePack: number | null
  unitCostFen: number | null
  /** 供货价 (list): > 0. */
  listSupplyPriceFen: number
  /** 建议零售价. */
  suggestedRetailPriceFen: number | null
  /** 重点SKU. */
  isKeySku: boolean
  status: SkuStatus
  notes: string
}

export type EditableSkuField = keyof SkuValues

/**
 * A stored SKU: its values, the row id, when it was last changed and its row version (the count of
 * its writes: a save based on an older version is refused as stale).
 */
export type Sku = { id: number } & SkuValues & { updatedAt: string; rowVersion: number }

/** Editable fields in their natural column order (the grid, import and export follow it). */
export const EDITABLE_SKU_FIELDS = fieldNames(SKU_FIELDS)

// The registry and SkuValues must name the same fields.
type RegistryField = (typeof SKU_FIELDS)[number]['field']
type Mismatch = Exclude<RegistryField, EditableSkuField> | Exclude<EditableSkuField, RegistryField>
const registryMatchesSku: Mismatch extends never ? true : never = true
void registryMatchesSku

/** A new SKU's values before the person's own: a code and a name are given by the caller. */
export function emptySkuValues(code: string, name: string): SkuValues {
  return {
    code,
    barcode: null,
    name,
    spec: '',
    unit: '',
    category: '',
    brand: '',
    casePack: null,
    unitCostFen: null,
    listSupplyPriceFen: 0,
    suggestedRetailPriceFen: null,
    isKeySku: false,
    status: 'active',
    notes: ''
  }
}
