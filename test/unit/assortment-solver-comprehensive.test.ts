import { describe, expect, it } from 'vitest'
import type { Sku } from '../../src/shared/domain/catalogue/sku'
import type { AssortmentLine } from '../../src/shared/domain/assortment/assortment-line'
import { NO_ACCOUNT_TARGET, type MarginBasis } from '../../src/shared/domain/sku'
import { toAssortmentRow } from '../../src/features/assortment/assortment-rows'
import { changedPrices, solverPreview } from '../../src/features/assortment/solver-preview'

const sku = (id: number, values: Partial<Sku>): Sku => ({
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
const line = (id: number, values: Partial<AssortmentLine> = {}): AssortmentLine => ({
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

// The account's terms: percentage terms D% = 5 % (e.g. 2 % rebate + 3 % logistics) and fixed fees
// of ¥1.00 per unit (f = 100 fen).
const TERMS: MarginBasis = { mode: 'comprehensive', percentageTermsPpm: 50_000, fixedFeesPerUnitFen: 100 }

// Retail ¥19.80, supply ¥9.90 (the catalogue's), cost ¥5.00.
const vitaminC = toAssortmentRow(line(1), sku(1, { listSupplyPriceFen: 990, suggestedRetailPriceFen: 1980, unitCostFen: 500 }), NO_ACCOUNT_TARGET)
// Supply ¥6.50, the account's retail ¥12.00.
const granules = toAssortmentRow(line(2, { retailPriceFen: 1200 }), sku(2, { listSupplyPriceFen: 650 }), NO_ACCOUNT_TARGET)

describe('margin solver, comprehensive 综合毛利 mode', () => {
  it('solves the supply price with the terms: higher than the front solve, rounded down, still meeting 60 %', () => {
    // s = (r·(1 − m*) + f) / (1 − D%) = (1980 × 0.4 + 100) / 0.95 = 892 / 0.95 = 938.95 → 938 fen (down).
    // Margin at 938: (r − s + s·D% + f) / r = (1980 − 938 + 46.9 + 100) / 1980 = 1188.9 / 1980 = 60.045 %.
    // At 939 it would be (1980 − 939 + 46.95 + 100) / 1980 = 1187.95 / 1980 = 59.997 %: below target.
    // Before, at 990: (1980 − 990 + 49.5 + 100) / 1980 = 1139.5 / 1980 = 57.551 %.
    const [solved] = solverPreview([vitaminC], 'supplyFromRetail', 600_000, TERMS)
    expect(solved).toMatchObject({ oldPriceFen: 990, newPriceFen: 938, oldMarginPpm: 575_505, newMarginPpm: 600_455, isBelowUnitCost: false, issue: null })
    // The front solve of the same line asks for more: floor(1980 × 0.4) = 792 fen.
    expect(solverPreview([vitaminC], 'supplyFromRetail', 600_000)[0]?.newPriceFen).toBe(792)
  })

  it('solves the retail price with the terms, rounded up', () => {
    // r = (s·(1 − D%) − f) / (1 − m*) = (650 × 0.95 − 100) / 0.4 = 517.5 / 0.4 = 1293.75 → 1294 fen (up).
    // Margin at 1294: (1294 − 650 + 32.5 + 100) / 1294 = 776.5 / 1294 = 60.008 %; at 1293, 775.5 / 1293 = 59.977 %.
    // Before, at 1200: (1200 − 650 + 32.5 + 100) / 1200 = 682.5 / 1200 = 56.875 %.
    const preview = solverPreview([granules], 'retailFromSupply', 600_000, TERMS)
    expect(preview[0]).toMatchObject({ oldPriceFen: 1200, newPriceFen: 1294, oldMarginPpm: 568_750, newMarginPpm: 600_077 })
    expect(changedPrices(preview).map((row) => row.id)).toEqual([2])
  })

  it('says why when the terms take everything: D% of 100 % cannot be solved', () => {
    const preview = solverPreview([vitaminC], 'supplyFromRetail', 600_000, { mode: 'comprehensive', percentageTermsPpm: 1_000_000, fixedFeesPerUnitFen: 0 })
    expect(preview[0]).toMatchObject({ newPriceFen: null, issue: { code: 'percentageTermsNotBelowFull' } })
    expect(changedPrices(preview)).toEqual([])
  })
})
