import { describe, expect, it } from 'vitest'
import {
  accountEconomics,
  breakEvenPurchaseValueFen,
  marginSolverTerms,
  netNetPriceFen,
  netNetPrices,
  type AccountPlan,
  type BreakEvenInput,
  type ConditionalRebate,
  type TermSheet
} from '../../src/shared/domain/terms'
import { handWorkedPlan, handWorkedSheet, settings } from './terms-fixtures'

describe('accountEconomics: the hand-worked account, our offer (月结45天)', () => {
  const economics = accountEconomics(handWorkedPlan, handWorkedSheet, 'offer', settings)

  it('sums the assortment: G, V, COGS and units', () => {
    // G = 10,000×10.00 + 5,000×20.00 + 2,000×50.00 + 1,000×8.00 yuan
    //   = 10,000,000 + 10,000,000 + 10,000,000 + 800,000 fen = 30,800,000 fen (¥308,000)
    expect(economics.purchaseValueFen).toBe(30_800_000)
    // V = 10,000×1,500 + 5,000×2,800 + 2,000×7,000 + 1,000×1,200 = 44,200,000 fen
    expect(economics.retailValueFen).toBe(44_200_000)
    // COGS = 6,000,000 + 6,500,000 + 7,000,000 + 400,000 = 19,900,000 fen
    expect(economics.cogsFen).toBe(19_900_000)
    expect(economics.unitsTotal).toBe(18_000)
    expect(economics.skuCount).toBe(4)
  })

  it('multiplies each fixed fee out and sums F', () => {
    // entry ¥500 × 4 SKUs = 200,000; barcode ¥10 × 4 SKUs × 20 stores = 80,000;
    // festival ¥300 × 3 = 90,000; display ¥1,000 × 2 periods = 200,000; system ¥500 a year = 50,000
    const fixed = Object.fromEntries(
      economics.lineAmounts.filter((a) => a.line.category === 'fixed').map((a) => [a.lineId, a.amountFen])
    )
    expect(fixed).toEqual({ entry: 200_000, barcode: 80_000, festival: 90_000, display: 200_000, system: 50_000 })
    // F = 620,000 fen (¥6,200)
    expect(economics.fixedFeesFen).toBe(620_000)
  })

  it('applies the percentage terms and the whole-mode tier G reaches', () => {
    // 2% × 30,800,000 = 616,000; 3.5% = 1,078,000; 0.5% = 154,000;
    // G = 30.8M ≥ the ¥300,000 tier (30,000,000 fen) → 2% on all of G = 616,000
    const percentage = Object.fromEntries(
      economics.lineAmounts.filter((a) => a.line.category !== 'fixed').map((a) => [a.lineId, [a.ratePpm, a.amountFen]])
    )
    expect(percentage).toEqual({
      unconditional: [20_000, 616_000],
      logistics: [35_000, 1_078_000],
      damage: [5_000, 154_000],
      tiered: [20_000, 616_000]
    })
    // D% = 2% + 3.5% + 0.5% + 2% = 8% = 80,000 ppm; G·D% = 2,464,000 fen
    expect(economics.percentageTermsPpm).toBe(80_000)
    expect(economics.percentageTermsFen).toBe(2_464_000)
    expect(economics.conditionalRebateFen).toBe(616_000)
  })

  it('works out the financing cost of 月结45天 = 60 days at 4.35%', () => {
    // K = 30,800,000 × 4.35% × 60 / 365 = 80,388,000 / 365 = 220,241.096 → 220,241 fen
    expect(economics.effectivePaymentDays).toBe(60)
    expect(economics.financingCostFen).toBe(220_241)
  })

  it('gives N, contribution and every ratio', () => {
    // N = 30,800,000 − 2,464,000 − 620,000 − 500,000 − 220,241 = 26,995,759
    expect(economics.netRevenueFen).toBe(26_995_759)
    // contribution = 26,995,759 − 19,900,000 = 7,095,759; / G = 0.2303818 → 230,382 ppm
    expect(economics.contributionFen).toBe(7_095_759)
    expect(economics.contributionMarginPpm).toBe(230_382)
    // 费用率 = (2,464,000 + 620,000 + 500,000) / 30,800,000 = 0.11636364 → 116,364 ppm
    expect(economics.tradeSpendRatePpm).toBe(116_364)
    // 净净价系数 = 1 − 8% − (620,000 + 500,000 + 220,241) / 30,800,000 = N / G = 0.87648568 → 876,486
    expect(economics.netNetFactorPpm).toBe(876_486)
    // 综合毛利率 = (44,200,000 − 30,800,000 + 3,584,000) / 44,200,000 = 0.3842534 → 384,253 ppm
    expect(economics.retailerMarginPpm).toBe(384_253)
    // against a 40% target: 384,253 − 400,000 = −15,747 ppm
    expect(economics.marginTargetPpm).toBe(400_000)
    expect(economics.marginGapPpm).toBe(-15_747)
  })

  it('gives each SKU its net-net price s × N / G', () => {
    // factor 26,995,759 / 30,800,000 = 0.876485682
    // A: 1,000 × f = 876.49 → 876; B: 2,000 × f = 1,752.97 → 1,753;
    // C: 5,000 × f = 4,382.43 → 4,382; D: 800 × f = 701.19 → 701
    expect(netNetPrices(handWorkedPlan, economics).map((p) => p.netNetFen)).toEqual([876, 1_753, 4_382, 701])
    expect(netNetPriceFen(economics, 1_000)).toBe(876)
  })

  it('gives the solver D% and the fixed fees per unit, rounded down', () => {
    // f = 620,000 / 18,000 units = 34.44 → 34 fen
    expect(marginSolverTerms(economics)).toEqual({ percentageTermsPpm: 80_000, fixedFeePerUnitFen: 34 })
  })

  it('reports the tier reached and the distance to the next', () => {
    // reached the second tier (index 1, 2%); next ¥500,000 = 50,000,000 fen at 3%; gap 19,200,000
    expect(economics.tierProgress).toEqual({
      mode: 'whole',
      reachedTierIndex: 1,
      reachedRatePpm: 20_000,
      nextTierIndex: 2,
      nextThresholdFen: 50_000_000,
      nextRatePpm: 30_000,
      gapToNextTierFen: 19_200_000
    })
  })

  it('finds the break-even purchase value in the first band', () => {
    // Same mix scaled: c = COGS/G = 19.9/30.8 = 0.6461039; k = 4.35% × 60/365 = 0.0071507;
    // flat terms 6%; below ¥200,000 no tiered rebate. contribution = 0.2867454·G − (620,000 + 500,000)
    // → G = 1,120,000 / 0.28674542 = 3,905,903.72 → rounded up 3,905,904 fen (< 20,000,000: first band)
    expect(economics.breakEvenPurchaseFen).toBe(3_905_904)
  })

  it('has no null figures', () => {
    expect(economics.nullReasons).toEqual({})
    expect(economics.unsetLineIds).toEqual([])
  })
})

describe('accountEconomics: other sides of the same sheet', () => {
  it('computes the retailer ask (月结60天 = 75 days, higher fees)', () => {
    const ask = accountEconomics(handWorkedPlan, handWorkedSheet, 'ask', settings)
    // F = 80,000×4 + 80,000 + 30,000×4 + 200,000 + 50,000 = 770,000
    expect(ask.fixedFeesFen).toBe(770_000)
    // D% = 3% + 3.5% + 0.5% + 2% = 9% → 2,772,000
    expect(ask.percentageTermsFen).toBe(2_772_000)
    // K = 30,800,000 × 4.35% × 75 / 365 = 100,485,000 / 365 = 275,301.37 → 275,301
    expect(ask.effectivePaymentDays).toBe(75)
    expect(ask.financingCostFen).toBe(275_301)
    // N = 30,800,000 − 2,772,000 − 770,000 − 500,000 − 275,301 = 26,482,699; contribution 6,582,699
    expect(ask.netRevenueFen).toBe(26_482_699)
    expect(ask.contributionFen).toBe(6_582_699)
  })

  it('treats an unsigned sheet: lines unset (nothing charged), no payment → no K, no N', () => {
    const agreed = accountEconomics(handWorkedPlan, handWorkedSheet, 'agreed', settings)
    expect(agreed.unsetLineIds).toHaveLength(9)
    expect(agreed.fixedFeesFen).toBe(0)
    expect(agreed.percentageTermsFen).toBe(0)
    expect(agreed.financingCostFen).toBeNull()
    expect(agreed.netRevenueFen).toBeNull()
    expect(agreed.contributionMarginPpm).toBeNull()
    expect(agreed.breakEvenPurchaseFen).toBeNull()
    expect(agreed.nullReasons.financingCostFen).toBe('paymentNotSet')
    expect(agreed.nullReasons.netRevenueFen).toBe('paymentNotSet')
    expect(agreed.nullReasons.contributionMarginPpm).toBe('paymentNotSet')
    // The retailer margin does not need the payment term: (44.2M − 30.8M + 0.5M) / 44.2M = 0.31448 → 314,480
    expect(agreed.retailerMarginPpm).toBe(314_480)
  })
})

describe('accountEconomics: zero and missing values', () => {
  const plainSheet: TermSheet = {
    lines: [
      {
        id: 'perStore',
        category: 'fixed',
        kind: 'newStore',
        basis: 'perStore',
        values: { ask: null, offer: { unitFen: 10_000, count: 1 }, agreed: null }
      }
    ],
    payment: { ask: null, offer: { mode: 'invoice', days: 30 }, agreed: null }
  }
  const plan = (overrides: Partial<AccountPlan>): AccountPlan => ({ ...handWorkedPlan, ...overrides })

  it('gives null figures with a reason for an empty assortment', () => {
    const e = accountEconomics(plan({ assortment: [] }), plainSheet, 'offer', settings)
    expect(e.purchaseValueFen).toBe(0)
    // a per-store fee still costs 20 stores × ¥100 = 200,000 with no purchases
    expect(e.fixedFeesFen).toBe(200_000)
    expect(e.financingCostFen).toBe(0)
    expect(e.netRevenueFen).toBe(-700_000)
    for (const key of ['contributionMarginPpm', 'tradeSpendRatePpm', 'netNetFactorPpm', 'retailerMarginPpm'] as const) {
      expect(e[key]).toBeNull()
      expect(e.nullReasons[key]).toBe('noAssortment')
    }
    expect(e.breakEvenPurchaseFen).toBeNull()
    expect(e.fixedFeePerUnitFen).toBeNull()
  })

  it('says G = 0 and V = 0 when SKUs are listed at no units', () => {
    const e = accountEconomics(
      plan({ assortment: [{ skuId: 'A', units: 0, supplyFen: 1_000, retailFen: 1_500, unitCostFen: 600 }] }),
      plainSheet,
      'offer',
      settings
    )
    expect(e.nullReasons.contributionMarginPpm).toBe('noPurchaseValue')
    expect(e.nullReasons.retailerMarginPpm).toBe('noRetailValue')
    expect(e.nullReasons.fixedFeePerUnitFen).toBe('noUnits')
    expect(netNetPrices(plan({ assortment: [] }), e)).toEqual([])
    expect(netNetPriceFen(e, 1_000)).toBeNull()
    expect(Object.values(e).some((v) => typeof v === 'number' && !Number.isFinite(v))).toBe(false)
  })

  it('cannot cost a per-store fee without the store count', () => {
    const e = accountEconomics(plan({ storeCount: null }), plainSheet, 'offer', settings)
    expect(e.fixedFeesFen).toBeNull()
    expect(e.netRevenueFen).toBeNull()
    expect(e.retailerMarginPpm).toBeNull()
    expect(e.nullReasons.fixedFeesFen).toBe('storeCountMissing')
    expect(e.nullReasons.contributionFen).toBe('storeCountMissing')
    expect(e.nullReasons.tradeSpendRatePpm).toBe('storeCountMissing')
    // K does not need the stores: 30,800,000 × 4.35% × 30/365 = 40,194,000 / 365 = 110,120.55 → 110,121
    expect(e.financingCostFen).toBe(110_121)
  })

  it('cannot cost consignment without the days of inventory', () => {
    const consignment: TermSheet = { ...plainSheet, payment: { ask: null, offer: { mode: 'consignment', days: 30 }, agreed: null } }
    const withDays = accountEconomics(handWorkedPlan, consignment, 'offer', settings)
    // 30 days after sale + 30 days of inventory = 60
    expect(withDays.effectivePaymentDays).toBe(60)
    expect(withDays.financingCostFen).toBe(220_241)
    const without = accountEconomics(plan({ daysOfInventory: null }), consignment, 'offer', settings)
    expect(without.effectivePaymentDays).toBeNull()
    expect(without.nullReasons.financingCostFen).toBe('daysOfInventoryMissing')
  })

  it('has no margin gap without a target', () => {
    const e = accountEconomics(plan({ marginTargetPpm: null }), plainSheet, 'offer', settings)
    expect(e.marginGapPpm).toBeNull()
    expect(e.nullReasons.marginGapPpm).toBe('noMarginTarget')
  })
})

/*
 * Break-even against a brute-force search: walk G up in ¥1 steps and evaluate contribution
 * directly from the definitions (written here independently of the module), and take the first
 * G with contribution ≥ 0.
 */
function bruteForceBreakEven(input: BreakEvenInput, limitFen: number): number | null {
  const tiersOf = (rebate: ConditionalRebate) => [...rebate.tiers].sort((a, b) => a.thresholdFen - b.thresholdFen)
  const rebateAt = (rebate: ConditionalRebate, g: number) => {
    const tiers = tiersOf(rebate)
    if (rebate.mode === 'whole') {
      const reached = tiers.filter((t) => g >= t.thresholdFen).pop()
      return reached ? (g * reached.ratePpm) / 1e6 : 0
    }
    return tiers.reduce((sum, t, i) => {
      const top = Math.min(g, tiers[i + 1]?.thresholdFen ?? Infinity)
      return sum + (Math.max(0, top - t.thresholdFen) * t.ratePpm) / 1e6
    }, 0)
  }
  for (let g = 0; g <= limitFen; g += 100) {
    const scale = g / input.purchaseValueFen
    const contribution =
      g -
      (g * input.linearPercentagePpm) / 1e6 -
      input.conditionalRebates.reduce((sum, r) => sum + rebateAt(r, g), 0) -
      input.fixedFeesFen -
      input.promotionFundingFen -
      (g * input.annualInterestPpm * input.effectivePaymentDays) / (1e6 * 365) -
      input.cogsFen * scale
    if (contribution >= 0) return g
  }
  return null
}

describe('breakEvenPurchaseValueFen', () => {
  const base: BreakEvenInput = {
    purchaseValueFen: 30_800_000,
    cogsFen: 19_900_000,
    fixedFeesFen: 620_000,
    promotionFundingFen: 500_000,
    linearPercentagePpm: 60_000,
    conditionalRebates: [],
    annualInterestPpm: 43_500,
    effectivePaymentDays: 60
  }
  const expectMatchesBruteForce = (input: BreakEvenInput, limitFen: number) => {
    const exact = breakEvenPurchaseValueFen(input)
    const brute = bruteForceBreakEven(input, limitFen)
    expect(exact).not.toBeNull()
    expect(brute).not.toBeNull()
    // the brute force steps ¥1 at a time, so it lands within 100 fen above the exact answer
    expect(brute! - exact!).toBeGreaterThanOrEqual(0)
    expect(brute! - exact!).toBeLessThan(100)
    return exact!
  }

  it('matches the brute force with no tiers', () => {
    expect(expectMatchesBruteForce(base, 10_000_000)).toBe(3_905_904)
  })

  it('matches the brute force when the root lies in a later excess band', () => {
    // Heavy fixed costs push the root past the ¥20万 and ¥40万 thresholds.
    const input: BreakEvenInput = {
      ...base,
      fixedFeesFen: 10_000_000,
      conditionalRebates: [
        {
          mode: 'excess',
          tiers: [
            { thresholdFen: 20_000_000, ratePpm: 20_000 },
            { thresholdFen: 40_000_000, ratePpm: 40_000 }
          ]
        }
      ]
    }
    // [0, ¥20万): slope 0.2867454 (see above), root 10,500,000 / 0.2867454 = 36.6M: past the band.
    // [¥20万, ¥40万): slope 0.2867454 − 2% = 0.2667454; contribution = 0.2667454·G − 10,500,000
    // + 2% × 20,000,000 (the band starts at 20M) → root 10,100,000 / 0.2667454 = 37,863,818.4 → 37,863,819
    expect(expectMatchesBruteForce(input, 80_000_000)).toBe(37_863_819)
  })

  it('matches the brute force in whole mode, and takes the first G that breaks even', () => {
    const input: BreakEvenInput = {
      ...base,
      fixedFeesFen: 5_000_000,
      conditionalRebates: [
        {
          mode: 'whole',
          tiers: [
            { thresholdFen: 10_000_000, ratePpm: 10_000 },
            { thresholdFen: 20_000_000, ratePpm: 30_000 }
          ]
        }
      ]
    }
    // [¥10万, ¥20万): 1% on all: slope 0.2767454, root 5,500,000 / 0.2767454 = 19,873,861.04 → 19,873,862.
    // (At ¥20万 the 3% tier applies to every yuan and contribution falls below zero again until
    // 5,500,000 / 0.2567454 = 21.42M; the break-even figure is the first point, the tier warning
    // covers the second.)
    expect(expectMatchesBruteForce(input, 60_000_000)).toBe(19_873_862)
  })

  it('is 0 when there are no fixed costs and every yuan earns', () => {
    expect(breakEvenPurchaseValueFen({ ...base, fixedFeesFen: 0, promotionFundingFen: 0 })).toBe(0)
  })

  it('is null when the costs per yuan exceed the yuan', () => {
    // COGS 95% of G + 6% terms > 100%: every extra yuan loses money
    expect(breakEvenPurchaseValueFen({ ...base, cogsFen: 29_260_000 })).toBeNull()
    const plan: AccountPlan = {
      ...handWorkedPlan,
      assortment: [{ skuId: 'A', units: 1_000, supplyFen: 1_000, retailFen: 1_500, unitCostFen: 990 }]
    }
    const e = accountEconomics(plan, handWorkedSheet, 'offer', settings)
    expect(e.breakEvenPurchaseFen).toBeNull()
    expect(e.nullReasons.breakEvenPurchaseFen).toBe('neverBreaksEven')
  })
})
