/**
 * A catalogue SKU and an assortment line with neutral defaults, for tests that only care about a
 * few prices: ¥10.00 list supply price, 100 planned units, everything else empty.
 */
import type { Sku } from '../../src/shared/domain/catalogue/sku'
import type { AssortmentLine } from '../../src/shared/domain/assortment/assortment-line'

export const skuOf = (id: number, values: Partial<Sku> = {}): Sku => ({
  id,
  code: `SKU-${id}`,
  barcode: null,
  name: `SKU-${id}`,
  spec: '',
  unit: '',
  category: '',
  brand: '',
  casePack: null,
  unitCostFen: null,
  listSupplyPriceFen: 1000,
  suggestedRetailPriceFen: null,
  isKeySku: false,
  status: 'active',
  notes: '',
  updatedAt: '',
  rowVersion: 1,
  ...values
})

/** A line of account 1 carrying SKU `id` (the line's id and the SKU's are the same). */
export const lineOf = (id: number, values: Partial<AssortmentLine> = {}): AssortmentLine => ({
  id,
  accountId: 1,
  skuId: id,
  status: 'listed',
  supplyPriceFen: null,
  retailPriceFen: null,
  plannedAnnualUnits: 100,
  marginTargetPpm: null,
  lastYearUnits: null,
  updatedAt: '',
  rowVersion: 1,
  ...values
})
