/**
 * What must hold for any plan and term sheet, checked on random ones: the figures add up to the
 * fen the way the proposal prints them, nothing is NaN or Infinity, every null has its reason,
 * and the break-even point agrees with a search over G.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  ECONOMICS_FIGURE_KEYS,
  accountEconomics,
  breakEvenPurchaseValueFen,
  economicsWaterfall,
  type AccountPlan,
  type ConditionalRebate,
  type TermLine,
  type TermSheet
} from '../../src/shared/domain/terms'

const assortmentLine = fc.record({
  skuId: fc.string({ maxLength: 4 }),
  units: fc.integer({ min: 0, max: 50_000 }),
  supplyFen: fc.integer({ min: 0, max: 100_000 }),
  retailFen: fc.integer({ min: 0, max: 150_000 }),
  unitCostFen: fc.integer({ min: 0, max: 80_000 })
})
const side = <T,>(value: fc.Arbitrary<T>) => fc.option(value, { nil: null })
const tiers = fc
  .uniqueArray(fc.integer({ min: 0, max: 500_000_000 }), { minLength: 1, maxLength: 4 })
  .chain((thresholds) =>
    fc.tuple(...thresholds.sort((a, b) => a - b).map((t) => fc.integer({ min: 0, max: 80_000 }).map((r) => ({ thresholdFen: t, ratePpm: r }))))
  )
const rebate: fc.Arbitrary<ConditionalRebate> = fc.record({ mode: fc.constantFrom('whole' as const, 'excess' as const), tiers })
const termLine: fc.Arbitrary<TermLine> = fc.oneof(
  fc.record({
    id: fc.string({ maxLength: 3 }),
    category: fc.constant('fixed' as const),
    kind: fc.constantFrom('entry' as const, 'barcode' as const, 'festival' as const, 'newStore' as const),
    basis: fc.constantFrom('perYear' as const, 'perStore' as const, 'perSku' as const, 'perSkuPerStore' as const, 'perEvent' as const),
    values: fc.record({
      ask: side(fc.record({ unitFen: fc.integer({ min: 0, max: 1_000_000 }), count: fc.integer({ min: 0, max: 12 }) })),
      offer: side(fc.record({ unitFen: fc.integer({ min: 0, max: 1_000_000 }), count: fc.integer({ min: 0, max: 12 }) })),
      agreed: fc.constant(null)
    })
  }),
  fc.record({
    id: fc.string({ maxLength: 3 }),
    category: fc.constant('percentage' as const),
    kind: fc.constantFrom('unconditionalRebate' as const, 'logistics' as const),
    values: fc.record({ ask: side(fc.integer({ min: 0, max: 100_000 })), offer: side(fc.integer({ min: 0, max: 100_000 })), agreed: fc.constant(null) })
  }),
  fc.record({
    id: fc.string({ maxLength: 3 }),
    category: fc.constant('conditionalRebate' as const),
    kind: fc.constant('conditionalRebate' as const),
    values: fc.record({ ask: side(rebate), offer: side(rebate), agreed: fc.constant(null) })
  })
)
const payment = fc.record({ mode: fc.constantFrom('invoice' as const, 'monthly' as const, 'consignment' as const), days: fc.integer({ min: 0, max: 120 }) })
const plan: fc.Arbitrary<AccountPlan> = fc.record({
  assortment: fc.array(assortmentLine, { maxLength: 6 }),
  storeCount: fc.option(fc.integer({ min: 0, max: 300 }), { nil: null }),
  daysOfInventory: fc.option(fc.integer({ min: 0, max: 90 }), { nil: null }),
  promotionFundingFen: fc.integer({ min: 0, max: 5_000_000 }),
  marginTargetPpm: fc.option(fc.integer({ min: 0, max: 700_000 }), { nil: null })
})
const sheet: fc.Arbitrary<TermSheet> = fc.record({
  lines: fc.array(termLine, { maxLength: 6 }),
  payment: fc.record({ ask: side(payment), offer: side(payment), agreed: fc.constant(null) })
})
const settings = { annualInterestPpm: 43_500 }

describe('account economics on random plans and sheets', () => {
  it('adds up to the fen, has no NaN or Infinity, and gives a reason for every null', () => {
    fc.assert(
      fc.property(plan, sheet, fc.constantFrom('ask' as const, 'offer' as const, 'agreed' as const), (p, s, which) => {
        const e = accountEconomics(p, s, which, settings)
        for (const key of ECONOMICS_FIGURE_KEYS) {
          const value = e[key]
          if (value === null) expect(e.nullReasons[key], key).toBeDefined()
          else expect(Number.isSafeInteger(value), key).toBe(true)
        }
        expect(e.percentageTermsFen).toBe(e.lineAmounts.reduce((sum, a) => (a.line.category === 'fixed' ? sum : sum + (a.amountFen ?? 0)), 0))
        if (e.netRevenueFen !== null) {
          expect(e.netRevenueFen).toBe(
            e.purchaseValueFen - e.percentageTermsFen - e.fixedFeesFen! - e.promotionFundingFen - e.financingCostFen!
          )
          const waterfall = economicsWaterfall(e)!
          expect(waterfall.at(-1)).toMatchObject({ key: 'contribution', runningFen: e.contributionFen })
          // the steps before N end exactly at N
          expect(waterfall[4]!.runningFen).toBe(e.netRevenueFen)
        }
      }),
      { numRuns: 300 }
    )
  })

  it('finds the same break-even point as a search over G', () => {
    const input = fc.record({
      purchaseValueFen: fc.integer({ min: 1_000_000, max: 20_000_000 }),
      cogsShare: fc.integer({ min: 300_000, max: 900_000 }),
      fixedFeesFen: fc.integer({ min: 0, max: 3_000_000 }),
      promotionFundingFen: fc.integer({ min: 0, max: 1_000_000 }),
      linearPercentagePpm: fc.integer({ min: 0, max: 100_000 }),
      rebate: rebate.map((r) => ({ ...r, tiers: r.tiers.map((t) => ({ ...t, thresholdFen: t.thresholdFen % 40_000_000 })) })),
      effectivePaymentDays: fc.integer({ min: 0, max: 120 })
    })
    fc.assert(
      fc.property(input, (i) => {
        const breakEvenInput = {
          purchaseValueFen: i.purchaseValueFen,
          cogsFen: Math.round((i.purchaseValueFen * i.cogsShare) / 1_000_000),
          fixedFeesFen: i.fixedFeesFen,
          promotionFundingFen: i.promotionFundingFen,
          linearPercentagePpm: i.linearPercentagePpm,
          conditionalRebates: [i.rebate],
          annualInterestPpm: 43_500,
          effectivePaymentDays: i.effectivePaymentDays
        }
        const exact = breakEvenPurchaseValueFen(breakEvenInput)
        // contribution at G from the definitions, unrounded
        const sorted = [...i.rebate.tiers].sort((a, b) => a.thresholdFen - b.thresholdFen)
        const rebateAt = (g: number) =>
          i.rebate.mode === 'whole'
            ? (g * (sorted.filter((t) => g >= t.thresholdFen).pop()?.ratePpm ?? 0)) / 1e6
            : sorted.reduce((sum, t, k) => sum + (Math.max(0, Math.min(g, sorted[k + 1]?.thresholdFen ?? Infinity) - t.thresholdFen) * t.ratePpm) / 1e6, 0)
        const contribution = (g: number) =>
          g * (1 - i.linearPercentagePpm / 1e6 - (43_500 * i.effectivePaymentDays) / (1e6 * 365) - breakEvenInput.cogsFen / i.purchaseValueFen) -
          rebateAt(g) -
          i.fixedFeesFen -
          i.promotionFundingFen
        // search in ¥100 steps up to ¥100万
        let found: number | null = null
        for (let g = 0; g <= 100_000_000; g += 10_000) {
          if (contribution(g) >= 0) {
            found = g
            break
          }
        }
        if (exact === null) {
          expect(found).toBeNull()
          return
        }
        // contribution reaches zero at the answer and is still negative a fen before it
        expect(contribution(exact)).toBeGreaterThanOrEqual(-1e-6)
        if (exact > 0) expect(contribution(exact - 1)).toBeLessThan(1e-6)
        // and no point of the search before it breaks even
        if (found !== null) expect(exact).toBeLessThanOrEqual(found)
      }),
      { numRuns: 200 }
    )
  })
})
