import { describe, expect, it } from 'vitest'
import { comparePriceCutWithFreeGoods, equivalentFreeGoodsOffers } from '../../src/shared/domain/proposal/price-cut-vs-free-goods'

describe('少降多送: a price cut against free goods of equal shopper value', () => {
  it('shows that 20% off a ¥10 item costs ¥2,000 on 1,000 units while buy 4 get 1 costs ¥800', () => {
    const result = comparePriceCutWithFreeGoods({ retailPriceFen: 1_000, priceCutPpm: 200_000, unitCostFen: 400, unitsTakenHome: 1_000 })
    if (!result.isValid) throw new Error('expected a comparison')
    // cut: ¥10 × 20% = ¥2.00 a unit × 1,000 units = ¥2,000
    expect(result.priceCutPerUnitFen).toBe(200)
    expect(result.priceCutCostFen).toBe(200_000)
    // free goods: 1,000 × 20% = 200 units free × ¥4.00 unit cost = ¥800
    expect(result.freeUnits).toBe(200)
    expect(result.freeGoodsCostFen).toBe(80_000)
    // saving ¥1,200 = 60% of the cut's cost
    expect(result.savingFen).toBe(120_000)
    expect(result.savingPpm).toBe(600_000)
    expect(result.equivalentOffers[0]).toEqual({ buyQuantity: 4, getQuantity: 1, shopperDiscountPpm: 200_000, freeUnits: 200, costFen: 80_000 })
  })

  it('rounds the cut to the fen as the shelf shows it, and prices the nearest practical offers', () => {
    // ¥9.99 × 15% = ¥1.4985 → ¥1.50; × 1,000 = ¥1,500. Free: 150 units × ¥4.50 = ¥675.
    const result = comparePriceCutWithFreeGoods({ retailPriceFen: 999, priceCutPpm: 150_000, unitCostFen: 450, unitsTakenHome: 1_000 })
    if (!result.isValid) throw new Error('expected a comparison')
    expect(result.priceCutCostFen).toBe(150_000)
    expect(result.freeGoodsCostFen).toBe(67_500)
    expect(result.savingFen).toBe(82_500)
    // 2/13 = 15.38% is nearest, then 1/7 = 14.29%, then 1/6 = 16.67%
    expect(result.equivalentOffers.map((offer) => [offer.buyQuantity, offer.getQuantity, offer.shopperDiscountPpm])).toEqual([
      [11, 2, 153_846],
      [6, 1, 142_857],
      [5, 1, 166_667]
    ])
    // buy 11 get 2 on 1,000 units: 1,000 × 2 / 13 = 153.8 → 154 free × ¥4.50 = ¥693
    expect(result.equivalentOffers[0]?.costFen).toBe(69_300)
  })

  it('knows the classic equivalences', () => {
    // 1/3 off ≈ buy 2 get 1; half price = buy 1 get 1; 25% off = buy 3 get 1
    expect(equivalentFreeGoodsOffers(333_333)[0]).toMatchObject({ buyQuantity: 2, getQuantity: 1 })
    expect(equivalentFreeGoodsOffers(500_000)[0]).toMatchObject({ buyQuantity: 1, getQuantity: 1 })
    expect(equivalentFreeGoodsOffers(250_000)[0]).toMatchObject({ buyQuantity: 3, getQuantity: 1 })
  })

  it('refuses a cut of 0 or 100% or more, and an offer without units', () => {
    expect(comparePriceCutWithFreeGoods({ retailPriceFen: 1_000, priceCutPpm: 0, unitCostFen: 400, unitsTakenHome: 10 })).toEqual({ isValid: false, reason: 'cut_out_of_range' })
    expect(comparePriceCutWithFreeGoods({ retailPriceFen: 1_000, priceCutPpm: 1_000_000, unitCostFen: 400, unitsTakenHome: 10 })).toEqual({ isValid: false, reason: 'cut_out_of_range' })
    expect(comparePriceCutWithFreeGoods({ retailPriceFen: 1_000, priceCutPpm: 200_000, unitCostFen: 400, unitsTakenHome: 0 })).toEqual({ isValid: false, reason: 'no_units' })
  })
})
