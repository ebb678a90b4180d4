import { describe, expect, it } from 'vitest'
import type { Sku } from '../../src/shared/domain/catalogue/sku'
import type { AssortmentLine } from '../../src/shared/domain/assortment/assortment-line'
import { NO_ACCOUNT_TARGET } from '../../src/shared/domain/sku'
import { toAssortmentRow, ppmToTypedPercent, assortmentServiceValue } from '../../src/features/assortment/assortment-rows'
import { changedPrices, solverPreview } from '../../src/features/assortment/solver-preview'

const sku = (code: string, values: Partial<Sku>): Sku => ({
  id: Number(code.slice(-1)),
  code,
  barcode: null,
  name: code,
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
const line = (id: number, values: Partial<AssortmentLine>): AssortmentLine => ({
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

// SKU-1: retail ¥19.80, supply ¥9.90 (the catalogue's), cost ¥5.00.
const vitaminC = toAssortmentRow(line(1, {}), sku('SKU-1', { listSupplyPriceFen: 990, suggestedRetailPriceFen: 1980, unitCostFen: 500 }), NO_ACCOUNT_TARGET)
// SKU-2: the account's retail ¥12.00, supply ¥6.50, cost ¥10.00 (a costly item).
const costly = toAssortmentRow(line(2, { retailPriceFen: 1200 }), sku('SKU-2', { listSupplyPriceFen: 650, unitCostFen: 1000 }), NO_ACCOUNT_TARGET)
// SKU-3: no retail price anywhere.
const unpriced = toAssortmentRow(line(3, {}), sku('SKU-3', { listSupplyPriceFen: 800 }), NO_ACCOUNT_TARGET)

describe('margin solver preview', () => {
  it('offers the supply price for 60 % rounded down to the fen, marks one below cost and one without retail price', () => {
    const preview = solverPreview([vitaminC, costly, unpriced], 'supplyFromRetail', 600_000)
    // SKU-1: s = floor(1980 × 0.4) = 792 fen; margin (1980 − 792) / 1980 = 1188 / 1980 = 60.0 %; before (1980 − 990) / 1980 = 50 %.
    expect(preview[0]).toMatchObject({ oldPriceFen: 990, newPriceFen: 792, oldMarginPpm: 500_000, newMarginPpm: 600_000, isBelowUnitCost: false, issue: null })
    // SKU-2: s = floor(1200 × 0.4) = 480 fen, below the ¥10.00 cost: offered, and marked.
    expect(preview[1]).toMatchObject({ oldPriceFen: 650, newPriceFen: 480, isBelowUnitCost: true })
    // SKU-3: nothing to solve from.
    expect(preview[2]).toMatchObject({ newPriceFen: null, issue: 'noRetailPrice' })
    expect(changedPrices(preview).map((row) => row.id)).toEqual([1, 2])
  })

  it('offers the retail price for 60 % rounded up to the fen', () => {
    // SKU-1: r = ceil(990 / 0.4) = 2475 fen; margin (2475 − 990) / 2475 = 1485 / 2475 = 60.0 %.
    // SKU-2: r = ceil(650 / 0.4) = 1625 fen (¥16.25); before, (1200 − 650) / 1200 = 45.8 %.
    const preview = solverPreview([vitaminC, costly], 'retailFromSupply', 600_000)
    expect(preview.map((row) => row.newPriceFen)).toEqual([2475, 1625])
    expect(preview.map((row) => row.newMarginPpm)).toEqual([600_000, 600_000])
    expect(preview[1]?.oldMarginPpm).toBe(458_333)
  })

  it('leaves out a line whose price is already the solved one', () => {
    // Supply ¥7.92 at retail ¥19.80 already makes exactly 60 %.
    const solvedAlready = toAssortmentRow(line(4, { supplyPriceFen: 792 }), sku('SKU-4', { listSupplyPriceFen: 990, suggestedRetailPriceFen: 1980 }), NO_ACCOUNT_TARGET)
    expect(changedPrices(solverPreview([solvedAlready], 'supplyFromRetail', 600_000))).toEqual([])
  })
})

describe('assortment cells as typed back for undo', () => {
  it('gives money in yuan and targets in percent, exactly', () => {
    const row = line(5, { supplyPriceFen: 1205, marginTargetPpm: 605_000 })
    expect(assortmentServiceValue(row, 'supplyPriceFen')).toBe('12.05')
    expect(assortmentServiceValue(row, 'marginTargetPpm')).toBe('60.5%')
    expect(assortmentServiceValue(row, 'retailPriceFen')).toBeNull()
    expect(ppmToTypedPercent(123_457)).toBe('12.3457%')
  })
})
