import { describe, expect, it } from 'vitest'
import {
  meetsMarginTarget,
  PHARMACY_CHAIN_DEFAULT_MARGIN_TARGET_PPM,
  previewSupplyPrices,
  resolveMarginTarget,
  retailerMarginPpm,
  solveRetailPrice,
  solveSupplyPrice,
  type MarginBasis,
  type SupplyPriceBatchRow
} from '../../src/shared/domain/sku/margin-solver'

const SIXTY_PERCENT = 600_000
/** 10% of percentage terms and ¥2.00 of fixed fees per unit. */
const TERMS: MarginBasis = { mode: 'comprehensive', percentageTermsPpm: 100_000, fixedFeesPerUnitFen: 200 }

describe('solveSupplyPrice, front margin: s = r·(1 − m*)', () => {
  it('gives ¥11.96 for a ¥29.90 retail price at 60%, which is exactly 60%', () => {
    // 2,990 × 0.4 = 1,196 fen; margin (2,990 − 1,196) / 2,990 = 1,794 / 2,990 = 0.6
    const result = solveSupplyPrice({ retailPriceFen: 2990, targetMarginPpm: SIXTY_PERCENT })
    expect(result).toEqual({
      ok: true,
      value: { supplyPriceFen: 1196, retailPriceFen: 2990, marginPpm: 600_000, isTargetMet: true, isBelowUnitCost: null }
    })
  })

  it('rounds down to the fen so the target is still met, and one fen more would miss it', () => {
    // 2,999 × 0.4 = 1,199.6 → 1,199 fen; margin 1,800 / 2,999 = 0.600200… → 600,200 ppm
    const result = solveSupplyPrice({ retailPriceFen: 2999, targetMarginPpm: SIXTY_PERCENT })
    expect(result).toMatchObject({ ok: true, value: { supplyPriceFen: 1199, marginPpm: 600_200, isTargetMet: true } })
    // ¥12.00: 1,799 / 2,999 = 0.59986… < 60%
    expect(meetsMarginTarget(1199, 2999, SIXTY_PERCENT)).toBe(true)
    expect(meetsMarginTarget(1200, 2999, SIXTY_PERCENT)).toBe(false)
  })

  it('is exact where float arithmetic rounds down one fen too far', () => {
    // ¥1.70 at 30%: 170 × 0.7 = 119 exactly, but in floats 170 × (1 − 0.3) = 118.99999999999999
    expect(Math.floor(170 * (1 - 0.3))).toBe(118)
    const result = solveSupplyPrice({ retailPriceFen: 170, targetMarginPpm: 300_000 })
    // margin (170 − 119) / 170 = 51 / 170 = 0.3 exactly: met
    expect(result).toMatchObject({ ok: true, value: { supplyPriceFen: 119, marginPpm: 300_000, isTargetMet: true } })
  })

  it('stays exact for prices whose product with ppm passes 2^53', () => {
    // r = 9,007,199,254,740,991 fen: r × 400,000 / 10^6 = 3,602,879,701,896,396.4 → …396
    const result = solveSupplyPrice({ retailPriceFen: Number.MAX_SAFE_INTEGER, targetMarginPpm: SIXTY_PERCENT })
    expect(result).toMatchObject({ ok: true, value: { supplyPriceFen: 3_602_879_701_896_396, isTargetMet: true } })
    expect(meetsMarginTarget(3_602_879_701_896_397, Number.MAX_SAFE_INTEGER, SIXTY_PERCENT)).toBe(false)
  })

  it('gives the same answer on both sides of the fast-path limit (¥40 million a unit)', () => {
    // r = 4,000,000,001 fen (just above the limit, BigInt) and 4,000,000,000 (Number):
    // 4,000,000,001 × 0.45 = 1,800,000,000.45 → 1,800,000,000; 4,000,000,000 × 0.45 = 1,800,000,000
    expect(solveSupplyPrice({ retailPriceFen: 4_000_000_001, targetMarginPpm: 550_000 })).toMatchObject({
      ok: true,
      value: { supplyPriceFen: 1_800_000_000, isTargetMet: true }
    })
    expect(solveSupplyPrice({ retailPriceFen: 4_000_000_000, targetMarginPpm: 550_000 })).toMatchObject({
      ok: true,
      value: { supplyPriceFen: 1_800_000_000, marginPpm: 550_000, isTargetMet: true }
    })
    // margin at r = 4,000,000,001: 2,200,000,001 / 4,000,000,001 = 0.5500000001… → 550,000 ppm
    expect(retailerMarginPpm(1_800_000_000, 4_000_000_001)).toBe(550_000)
  })

  it('at a 0% target offers the retail price itself', () => {
    expect(solveSupplyPrice({ retailPriceFen: 2990, targetMarginPpm: 0 })).toMatchObject({
      ok: true,
      value: { supplyPriceFen: 2990, marginPpm: 0, isTargetMet: true }
    })
  })

  it('says why a target of 100% or more, or below 0, cannot be solved', () => {
    expect(solveSupplyPrice({ retailPriceFen: 2990, targetMarginPpm: 1_000_000 })).toEqual({
      ok: false,
      code: 'targetNotBelowFull',
      params: { targetPpm: 1_000_000 }
    })
    expect(solveSupplyPrice({ retailPriceFen: 2990, targetMarginPpm: 1_200_000 })).toMatchObject({ ok: false, code: 'targetNotBelowFull' })
    expect(solveSupplyPrice({ retailPriceFen: 2990, targetMarginPpm: -50_000 })).toMatchObject({ ok: false, code: 'targetNegative' })
    expect(solveSupplyPrice({ retailPriceFen: 2990, targetMarginPpm: 600_000.5 })).toMatchObject({ ok: false, code: 'notWholeNumber' })
  })

  it('refuses a retail price of 0 and a solution that rounds to 0 fen', () => {
    expect(solveSupplyPrice({ retailPriceFen: 0, targetMarginPpm: SIXTY_PERCENT })).toMatchObject({ ok: false, code: 'retailPriceNotPositive' })
    // ¥0.01 × 0.4 = 0.4 fen → 0 fen
    expect(solveSupplyPrice({ retailPriceFen: 1, targetMarginPpm: SIXTY_PERCENT })).toMatchObject({ ok: false, code: 'solvedPriceNotPositive' })
  })

  it('flags a price below unit cost as a warning but still offers it', () => {
    // s = 1,196 fen < cost 1,250 fen
    expect(solveSupplyPrice({ retailPriceFen: 2990, targetMarginPpm: SIXTY_PERCENT, unitCostFen: 1250 })).toMatchObject({
      ok: true,
      value: { supplyPriceFen: 1196, isBelowUnitCost: true }
    })
    expect(solveSupplyPrice({ retailPriceFen: 2990, targetMarginPpm: SIXTY_PERCENT, unitCostFen: 800 })).toMatchObject({
      ok: true,
      value: { isBelowUnitCost: false }
    })
  })
})

describe('solveSupplyPrice, comprehensive margin: s = (r·(1 − m*) + f) / (1 − D%)', () => {
  it('solves ¥50.00 retail at 60% with D% = 10% and ¥2.00 fees per unit to ¥24.44', () => {
    // (5,000 × 0.4 + 200) / 0.9 = 2,200 / 0.9 = 2,444.44… → 2,444 fen
    // comprehensive margin (r − s + s·D% + f) / r = (5,000 − 2,444 + 244.4 + 200) / 5,000 = 3,000.4 / 5,000 = 0.60008
    const result = solveSupplyPrice({ retailPriceFen: 5000, targetMarginPpm: SIXTY_PERCENT, basis: TERMS })
    expect(result).toMatchObject({ ok: true, value: { supplyPriceFen: 2444, marginPpm: 600_080, isTargetMet: true } })
    // ¥24.45: (5,000 − 2,445 + 244.5 + 200) / 5,000 = 2,999.5 / 5,000 = 0.5999 < 60%
    expect(meetsMarginTarget(2445, 5000, SIXTY_PERCENT, TERMS)).toBe(false)
    expect(retailerMarginPpm(2445, 5000, TERMS)).toBe(599_900)
  })

  it('says why percentage terms of 100% or more, or negative terms and fees, cannot be solved', () => {
    const full: MarginBasis = { mode: 'comprehensive', percentageTermsPpm: 1_000_000, fixedFeesPerUnitFen: 0 }
    expect(solveSupplyPrice({ retailPriceFen: 5000, targetMarginPpm: SIXTY_PERCENT, basis: full })).toMatchObject({
      ok: false,
      code: 'percentageTermsNotBelowFull'
    })
    const negativeTerms: MarginBasis = { mode: 'comprehensive', percentageTermsPpm: -1, fixedFeesPerUnitFen: 0 }
    expect(solveSupplyPrice({ retailPriceFen: 5000, targetMarginPpm: SIXTY_PERCENT, basis: negativeTerms })).toMatchObject({
      ok: false,
      code: 'percentageTermsNegative'
    })
    const negativeFees: MarginBasis = { mode: 'comprehensive', percentageTermsPpm: 0, fixedFeesPerUnitFen: -1 }
    expect(solveSupplyPrice({ retailPriceFen: 5000, targetMarginPpm: SIXTY_PERCENT, basis: negativeFees })).toMatchObject({
      ok: false,
      code: 'fixedFeesNegative'
    })
  })
})

describe('solveRetailPrice, the reverse: r = s / (1 − m*), rounded up', () => {
  it('gives ¥29.90 for ¥11.96 at 60%, exactly', () => {
    // 1,196 / 0.4 = 2,990
    expect(solveRetailPrice({ supplyPriceFen: 1196, targetMarginPpm: SIXTY_PERCENT })).toMatchObject({
      ok: true,
      value: { retailPriceFen: 2990, marginPpm: 600_000, isTargetMet: true }
    })
  })

  it('rounds up so the target is still met, and one fen less would miss it', () => {
    // 1,199 / 0.4 = 2,997.5 → 2,998; (2,998 − 1,199) / 2,998 = 1,799 / 2,998 = 0.600066…
    expect(solveRetailPrice({ supplyPriceFen: 1199, targetMarginPpm: SIXTY_PERCENT })).toMatchObject({
      ok: true,
      value: { retailPriceFen: 2998, marginPpm: 600_067, isTargetMet: true }
    })
    // 2,997: 1,798 / 2,997 = 0.59993… < 60%
    expect(meetsMarginTarget(1199, 2997, SIXTY_PERCENT)).toBe(false)
  })

  it('is exact where float arithmetic rounds up one fen too far', () => {
    // ¥1.75 at 65%: 175 / 0.35 = 500 exactly, but in floats 175 / (1 − 0.65) = 500.00000000000006
    expect(Math.ceil(175 / (1 - 0.65))).toBe(501)
    expect(solveRetailPrice({ supplyPriceFen: 175, targetMarginPpm: 650_000 })).toMatchObject({
      ok: true,
      value: { retailPriceFen: 500, marginPpm: 650_000, isTargetMet: true }
    })
  })

  it('solves the comprehensive reverse: r = (s·(1 − D%) − f) / (1 − m*)', () => {
    // (2,444 × 0.9 − 200) / 0.4 = (2,199.6 − 200) / 0.4 = 4,999 exactly
    // margin (4,999 − 2,444 + 244.4 + 200) / 4,999 = 2,999.4 / 4,999 = 0.6 exactly
    expect(solveRetailPrice({ supplyPriceFen: 2444, targetMarginPpm: SIXTY_PERCENT, basis: TERMS })).toMatchObject({
      ok: true,
      value: { retailPriceFen: 4999, marginPpm: 600_000, isTargetMet: true }
    })
  })

  it('says why when the fees alone exceed the net price, or the inputs are impossible', () => {
    // ¥1.00 × 0.9 − ¥2.00 < 0: any retail price gives more than 60%
    expect(solveRetailPrice({ supplyPriceFen: 100, targetMarginPpm: SIXTY_PERCENT, basis: TERMS })).toMatchObject({
      ok: false,
      code: 'solvedPriceNotPositive'
    })
    expect(solveRetailPrice({ supplyPriceFen: 0, targetMarginPpm: SIXTY_PERCENT })).toMatchObject({ ok: false, code: 'supplyPriceNotPositive' })
    expect(solveRetailPrice({ supplyPriceFen: 1196, targetMarginPpm: 1_000_000 })).toMatchObject({ ok: false, code: 'targetNotBelowFull' })
  })
})

describe('resolveMarginTarget (SKU target ?? account target ?? format default)', () => {
  it('defaults pharmacy chains to the seed 60% and other formats to no target', () => {
    expect(PHARMACY_CHAIN_DEFAULT_MARGIN_TARGET_PPM).toBe(600_000)
    expect(resolveMarginTarget({ format: 'pharmacy' })).toEqual({ targetPpm: 600_000, source: 'formatDefault' })
    expect(resolveMarginTarget({ format: 'hypermarket' })).toEqual({ targetPpm: null, source: 'none' })
  })

  it("prefers the account's target to the default and the SKU's to both, even a SKU target of 0%", () => {
    expect(resolveMarginTarget({ accountTargetPpm: 450_000, format: 'pharmacy' })).toEqual({ targetPpm: 450_000, source: 'account' })
    expect(resolveMarginTarget({ skuTargetPpm: 550_000, accountTargetPpm: 450_000, format: 'pharmacy' })).toEqual({
      targetPpm: 550_000,
      source: 'sku'
    })
    expect(resolveMarginTarget({ skuTargetPpm: 0, accountTargetPpm: 450_000, format: 'pharmacy' })).toEqual({ targetPpm: 0, source: 'sku' })
  })
})

describe('previewSupplyPrices (batch)', () => {
  it('previews old → new price and margin, with the below-cost flag and the reasons for failures', () => {
    const rows: SupplyPriceBatchRow[] = [
      // old ¥13.00 at ¥29.90: margin 1,690 / 2,990 = 0.565217… → new ¥11.96 at 60%
      { skuCode: 'S001', retailPriceFen: 2990, currentSupplyPriceFen: 1300, unitCostFen: 800, targetMarginPpm: SIXTY_PERCENT },
      // old ¥10.00 at ¥29.90 → raised to ¥11.96, but cost ¥12.50 is above it
      { skuCode: 'S002', retailPriceFen: 2990, currentSupplyPriceFen: 1000, unitCostFen: 1250, targetMarginPpm: SIXTY_PERCENT },
      { skuCode: 'S003', retailPriceFen: 2990, currentSupplyPriceFen: 1000, unitCostFen: 800, targetMarginPpm: null },
      { skuCode: 'S004', retailPriceFen: 2990, currentSupplyPriceFen: 1000, unitCostFen: 800, targetMarginPpm: 1_000_000 }
    ]
    const preview = previewSupplyPrices(rows)
    expect(preview.rows[0]).toEqual({
      skuCode: 'S001',
      oldSupplyPriceFen: 1300,
      newSupplyPriceFen: 1196,
      changeFen: -104,
      oldMarginPpm: 565_217,
      newMarginPpm: 600_000,
      isBelowUnitCost: false,
      issue: null
    })
    expect(preview.rows[1]).toMatchObject({ newSupplyPriceFen: 1196, changeFen: 196, isBelowUnitCost: true })
    expect(preview.rows[2]).toMatchObject({ newSupplyPriceFen: null, issue: { code: 'targetMissing' } })
    expect(preview.rows[3]).toMatchObject({ newSupplyPriceFen: null, issue: { code: 'targetNotBelowFull' } })
    expect(preview).toMatchObject({ solvedCount: 2, failedCount: 2, belowCostCount: 1, loweredCount: 1, raisedCount: 1 })
  })

  it("uses each row's own fixed fees per unit in comprehensive mode", () => {
    // row fees ¥0: 5,000 × 0.4 / 0.9 = 2,222.2… → 2,222; batch fees ¥2.00 would give 2,444
    const preview = previewSupplyPrices(
      [{ skuCode: 'S001', retailPriceFen: 5000, currentSupplyPriceFen: null, unitCostFen: null, targetMarginPpm: SIXTY_PERCENT, fixedFeesPerUnitFen: 0 }],
      TERMS
    )
    expect(preview.rows[0]).toMatchObject({ newSupplyPriceFen: 2222, changeFen: null, oldMarginPpm: null })
  })

  it('solves 10,000 rows quickly, every one meeting its target (sanity bound; the bench measures)', () => {
    const rows: SupplyPriceBatchRow[] = Array.from({ length: 10_000 }, (_, index) => ({
      skuCode: `S${index}`,
      retailPriceFen: 100 + index * 37,
      currentSupplyPriceFen: 50 + index * 17,
      unitCostFen: 40 + index * 11,
      targetMarginPpm: 300_000 + (index % 400) * 1_000
    }))
    previewSupplyPrices(rows.slice(0, 1_000), TERMS) // warm-up, so the bound measures the solver, not the JIT
    const started = performance.now()
    const preview = previewSupplyPrices(rows, TERMS)
    const elapsedMs = performance.now() - started
    expect(elapsedMs).toBeLessThan(500)
    expect(preview.solvedCount).toBe(10_000)
    for (const [index, row] of preview.rows.entries()) {
      const input = rows[index]
      if (!input || row.newSupplyPriceFen === null || input.targetMarginPpm === null) throw new Error(`row ${index} not solved`)
      expect(meetsMarginTarget(row.newSupplyPriceFen, input.retailPriceFen, input.targetMarginPpm, TERMS)).toBe(true)
      expect(meetsMarginTarget(row.newSupplyPriceFen + 1, input.retailPriceFen, input.targetMarginPpm, TERMS)).toBe(false)
    }
  })
})
