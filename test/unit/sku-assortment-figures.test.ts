import { describe, expect, it } from 'vitest'
import {
  assortmentLineFigures,
  assortmentTotals,
  type MarginTargetContext
} from '../../src/shared/domain/sku/assortment-figures'
import type { AssortmentLine, CatalogueSku } from '../../src/shared/domain/sku/sku'

/** 感冒灵颗粒 10袋: cost ¥8.00, list supply ¥12.00, suggested retail ¥29.90. */
const coldGranules: CatalogueSku = {
  code: 'S001',
  barcode: '6901234567892',
  name: '感冒灵颗粒',
  spec: '10g×10袋',
  unit: '盒',
  category: '感冒药',
  brand: '康泰',
  casePack: 60,
  unitCostFen: 800,
  listSupplyPriceFen: 1200,
  suggestedRetailPriceFen: 2990,
  isKeySku: true,
  status: 'active'
}

const PHARMACY: MarginTargetContext = { accountTargetPpm: null, format: 'pharmacy' }
const HYPERMARKET: MarginTargetContext = { accountTargetPpm: null, format: 'hypermarket' }

const line = (overrides: Partial<AssortmentLine> = {}): AssortmentLine => ({
  skuCode: 'S001',
  status: 'listed',
  supplyPriceFen: null,
  retailPriceFen: null,
  plannedAnnualUnits: 1000,
  ...overrides
})

describe('assortmentLineFigures (品项行)', () => {
  it('works out a line at catalogue prices: margins per unit and per year, contribution, purchase value', () => {
    const figures = assortmentLineFigures(line(), coldGranules, HYPERMARKET)
    expect(figures).toMatchObject({
      supplyPriceFen: 1200,
      retailPriceFen: 2990,
      isSupplyPriceFromCatalogue: true,
      isRetailPriceFromCatalogue: true,
      supplyPriceDeviation: { fen: 0, ppm: 0 },
      retailPriceDeviation: { fen: 0, ppm: 0 },
      // (2,990 − 1,200) / 2,990 = 1,790 / 2,990 = 0.5986622… → 598,662 ppm (59.9%)
      frontMarginPpm: 598_662,
      retailerMarginPerUnitFen: 1790,
      // 1,000 units × ¥17.90 = ¥17,900
      retailerMarginPerYearFen: 1_790_000,
      // s − c = ¥12.00 − ¥8.00 = ¥4.00; × 1,000 = ¥4,000
      supplierContributionPerUnitFen: 400,
      supplierContributionPerYearFen: 400_000,
      // q·s = 1,000 × ¥12.00 = ¥12,000; q·r = ¥29,900; q·c = ¥8,000
      plannedPurchaseValueFen: 1_200_000,
      plannedRetailValueFen: 2_990_000,
      plannedCostValueFen: 800_000,
      marginTargetPpm: null,
      marginTargetSource: 'none',
      meetsMarginTarget: null,
      errors: [],
      warnings: [],
      nullReasons: []
    })
  })

  it("shows how far the account's own prices are from the catalogue's, in fen and ppm", () => {
    const figures = assortmentLineFigures(line({ supplyPriceFen: 1150, retailPriceFen: 2890 }), coldGranules, HYPERMARKET)
    // supply ¥11.50 − ¥12.00 = −50 fen; −50 / 1,200 = −4.1666…% → −41,667 ppm (half away from zero)
    expect(figures.supplyPriceDeviation).toEqual({ fen: -50, ppm: -41_667 })
    // retail ¥28.90 − ¥29.90 = −100 fen; −100 / 2,990 = −3.34448…% → −33,445 ppm
    expect(figures.retailPriceDeviation).toEqual({ fen: -100, ppm: -33_445 })
    expect(figures.isSupplyPriceFromCatalogue).toBe(false)
    // (2,890 − 1,150) / 2,890 = 1,740 / 2,890 = 0.6020761… → 602,076 ppm
    expect(figures.frontMarginPpm).toBe(602_076)
  })

  it('checks the pharmacy chain default 60% target and warns when the margin is below it', () => {
    // 59.87% < 60%
    const below = assortmentLineFigures(line(), coldGranules, PHARMACY)
    expect(below.marginTargetPpm).toBe(600_000)
    expect(below.marginTargetSource).toBe('formatDefault')
    expect(below.meetsMarginTarget).toBe(false)
    expect(below.warnings).toEqual([{ code: 'marginBelowTarget', params: { marginPpm: 598_662, targetPpm: 600_000 } }])
    // ¥11.96 at ¥29.90 is exactly 60%: met, no warning
    const met = assortmentLineFigures(line({ supplyPriceFen: 1196 }), coldGranules, PHARMACY)
    expect(met.meetsMarginTarget).toBe(true)
    expect(met.warnings).toEqual([])
  })

  it("uses the SKU's own target over the account's", () => {
    const figures = assortmentLineFigures(line(), { ...coldGranules, marginTargetPpm: 550_000 }, { accountTargetPpm: 650_000, format: 'pharmacy' })
    expect(figures).toMatchObject({ marginTargetPpm: 550_000, marginTargetSource: 'sku', meetsMarginTarget: true })
  })

  it('accepts but warns when unit cost is above supply price, or retail below supply', () => {
    const costly = assortmentLineFigures(line(), { ...coldGranules, unitCostFen: 1300 }, HYPERMARKET)
    expect(costly.warnings).toEqual([{ code: 'costAboveSupplyPrice', params: { unitCostFen: 1300, supplyPriceFen: 1200 } }])
    // ¥12.00 − ¥13.00 = −¥1.00 a unit, −¥1,000 a year
    expect(costly.supplierContributionPerYearFen).toBe(-100_000)

    const underwater = assortmentLineFigures(line({ retailPriceFen: 1100 }), coldGranules, HYPERMARKET)
    expect(underwater.warnings).toEqual([{ code: 'retailBelowSupplyPrice', params: { retailPriceFen: 1100, supplyPriceFen: 1200 } }])
    // (1,100 − 1,200) / 1,100 = −0.0909090… → −90,909 ppm
    expect(underwater.frontMarginPpm).toBe(-90_909)
    expect(underwater.errors).toEqual([])
  })

  it('refuses a supply price of 0 or less and computes nothing for that line', () => {
    const figures = assortmentLineFigures(line({ supplyPriceFen: 0 }), coldGranules, PHARMACY)
    expect(figures.errors).toEqual([{ code: 'supplyPriceNotPositive', params: { supplyPriceFen: 0 } }])
    expect(figures.nullReasons).toEqual(['lineHasErrors'])
    expect(figures.frontMarginPpm).toBeNull()
    expect(figures.plannedPurchaseValueFen).toBeNull()
    expect(figures.meetsMarginTarget).toBeNull()
    expect(assortmentLineFigures(line({ supplyPriceFen: -5 }), coldGranules).errors[0]?.code).toBe('supplyPriceNotPositive')
  })

  it('says which input is missing when a figure cannot be computed', () => {
    const noRetail = assortmentLineFigures(line(), { ...coldGranules, suggestedRetailPriceFen: null, unitCostFen: null }, HYPERMARKET)
    expect(noRetail.nullReasons).toEqual(['retailPriceMissing', 'unitCostMissing'])
    expect(noRetail).toMatchObject({ frontMarginPpm: null, retailPriceDeviation: null, supplierContributionPerUnitFen: null })
    expect(noRetail.plannedPurchaseValueFen).toBe(1_200_000)

    const noUnits = assortmentLineFigures(line({ plannedAnnualUnits: null }), coldGranules, HYPERMARKET)
    expect(noUnits.nullReasons).toEqual(['plannedUnitsMissing'])
    expect(noUnits).toMatchObject({ frontMarginPpm: 598_662, retailerMarginPerYearFen: null, plannedPurchaseValueFen: null })

    expect(assortmentLineFigures(line({ plannedAnnualUnits: 2.5 }), coldGranules).errors[0]?.code).toBe('plannedUnitsInvalid')
  })
})

describe('assortmentTotals (合计行)', () => {
  it('sums the planned lines and takes ratios as Σ numerator / Σ denominator', () => {
    const figures = [
      // A: q 1,000 at ¥12.00 / ¥29.90: purchase 1,200,000, retail 2,990,000, margin 1,790,000, contribution 400,000
      assortmentLineFigures(line(), coldGranules, PHARMACY),
      // B: q 500 at ¥11.50 / ¥28.90: purchase 575,000, retail 1,445,000, margin 870,000, contribution 175,000
      assortmentLineFigures(line({ supplyPriceFen: 1150, retailPriceFen: 2890, plannedAnnualUnits: 500 }), coldGranules, PHARMACY),
      // delisted: counted apart, not summed
      assortmentLineFigures(line({ status: 'delisted', plannedAnnualUnits: 9999 }), coldGranules, PHARMACY),
      // proposed without units: planned but excluded from the sums
      assortmentLineFigures(line({ status: 'proposed', plannedAnnualUnits: null }), coldGranules, PHARMACY)
    ]
    const totals = assortmentTotals(figures)
    expect(totals).toMatchObject({
      plannedLineCount: 3,
      delistedLineCount: 1,
      excludedLineCount: 1,
      plannedUnits: 1500,
      plannedPurchaseValueFen: 1_775_000,
      plannedRetailValueFen: 4_435_000,
      retailerMarginPerYearFen: 2_660_000,
      // 2,660,000 / 4,435,000 = 0.5997745… → 599,775 ppm, not the mean of 598,662 and 602,076
      frontMarginPpm: 599_775,
      plannedCostValueFen: 1_200_000,
      supplierContributionPerYearFen: 575_000,
      // 575,000 / 1,775,000 = 0.3239436… → 323,944 ppm
      supplierContributionMarginPpm: 323_944,
      linesWithoutRetailPrice: 0,
      linesWithoutUnitCost: 0,
      // A (59.87%) and the proposed line (same prices) are below 60%; B (60.2%) meets it
      linesBelowTarget: 2,
      linesWithWarnings: 2
    })
  })

  it('leaves a line without retail price out of the margin ratio but not out of the purchase value', () => {
    const noRetail = { ...coldGranules, code: 'S002', suggestedRetailPriceFen: null }
    const totals = assortmentTotals([
      assortmentLineFigures(line(), coldGranules, HYPERMARKET),
      assortmentLineFigures(line({ skuCode: 'S002' }), noRetail, HYPERMARKET)
    ])
    // purchase 1,200,000 + 1,200,000; margin only from the first line: 1,790,000 / 2,990,000 = 598,662 ppm
    expect(totals).toMatchObject({ plannedPurchaseValueFen: 2_400_000, frontMarginPpm: 598_662, linesWithoutRetailPrice: 1 })
  })

  it('has no ratios for an empty assortment', () => {
    expect(assortmentTotals([])).toMatchObject({ plannedLineCount: 0, plannedPurchaseValueFen: 0, frontMarginPpm: null, supplierContributionMarginPpm: null })
  })
})
