/** The catalogue SKU and the account's assortment line, as in the domain brief (产品结构). */
import type { Ppm } from '../rate'

export const SKU_STATUSES = ['active', 'discontinued'] as const
export type SkuStatus = (typeof SKU_STATUSES)[number]

/** 已上架 listed, 拟进场 proposed, 已下架 delisted. */
export const ASSORTMENT_STATUSES = ['listed', 'proposed', 'delisted'] as const
export type AssortmentStatus = (typeof ASSORTMENT_STATUSES)[number]

/** One SKU of the supplier's catalogue. Money in fen. */
export interface CatalogueSku {
  code: string
  /** EAN-13 or EAN-8 digits, checked with `checkBarcode`. */
  barcode: string | null
  name: string
  spec: string
  unit: string
  category: string
  brand: string
  casePack: number | null
  unitCostFen: number | null
  /** 供货价 (list). */
  listSupplyPriceFen: number
  /** 建议零售价. */
  suggestedRetailPriceFen: number | null
  /** 重点SKU. */
  isKeySku: boolean
  status: SkuStatus
  /** A per-SKU margin target that overrides the account's (null: use the account's). */
  marginTargetPpm?: Ppm | null
}

/**
 * One SKU in one account's assortment. The account's prices are null while they follow the
 * catalogue; a number is the account's own price, so the deviation from the catalogue stays
 * computable.
 */
export interface AssortmentLine {
  skuCode: string
  status: AssortmentStatus
  supplyPriceFen: number | null
  retailPriceFen: number | null
  plannedAnnualUnits: number | null
  /** Units sold in the period the account reported (null: not known); drives 动销率. */
  unitsSold?: number | null
}

/** The planned assortment (what the proposal and totals count) is what is listed or proposed. */
export const isPlannedStatus = (status: AssortmentStatus): boolean => status === 'listed' || status === 'proposed'
