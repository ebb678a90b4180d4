import { describe, expect, it } from 'vitest'
import {
  accountEconomics,
  compareAccounts,
  economicsDelta,
  economicsWaterfall,
  termLineDelta,
  type AccountPlan,
  type AssortmentLine,
  type ComparisonRow,
  type TermSheet
} from '../../src/shared/domain/terms'
import { handWorkedPlan, handWorkedSheet, settings } from './terms-fixtures'

// A second, simpler retailer: one SKU, 20,000 units at ¥10.00 → G = 20,000,000 fen,
// V = 20,000 × 15.00 = 30,000,000, COGS = 20,000 × 6.00 = 12,000,000; entry fee ¥4,000 a year,
// 5% unconditional rebate, 票到30天, no promotion funding.
const simplePlan: AccountPlan = {
  assortment: [{ skuId: 'A', units: 20_000, supplyFen: 1_000, retailFen: 1_500, unitCostFen: 600 }],
  storeCount: 8,
  daysOfInventory: null,
  promotionFundingFen: 0,
  marginTargetPpm: 350_000
}
const simpleSheet: TermSheet = {
  lines: [
    { id: 'e', category: 'fixed', kind: 'entry', basis: 'perYear', values: { ask: null, offer: { unitFen: 400_000, count: 1 }, agreed: null } },
    { id: 'u', category: 'percentage', kind: 'unconditionalRebate', values: { ask: null, offer: 50_000, agreed: null } }
  ],
  payment: { ask: null, offer: { mode: 'invoice', days: 30 }, agreed: null }
}

const offer = accountEconomics(handWorkedPlan, handWorkedSheet, 'offer', settings)
const ask = accountEconomics(handWorkedPlan, handWorkedSheet, 'ask', settings)
const simple = accountEconomics(simplePlan, simpleSheet, 'offer', settings)
const accounts = [
  { accountId: 'offer', economics: offer },
  { accountId: 'ask', economics: ask },
  { accountId: 'simple', economics: simple }
]
const row = (rows: ComparisonRow[], id: string): ComparisonRow => {
  const found = rows.find((r) => r.id === id)
  if (!found) throw new Error(`no row ${id}`)
  return found
}

describe('the simpler retailer, worked by hand', () => {
  it('has the figures the comparison relies on', () => {
    // K = 20,000,000 × 4.35% × 30 / 365 = 26,100,000 / 365 = 71,506.85 → 71,507
    expect(simple.financingCostFen).toBe(71_507)
    // N = 20,000,000 − 1,000,000 − 400,000 − 0 − 71,507 = 18,528,493; contribution 6,528,493
    expect(simple.netRevenueFen).toBe(18_528_493)
    // 6,528,493 / 20,000,000 = 0.32642465 → 326,425 ppm
    expect(simple.contributionMarginPpm).toBe(326_425)
    // the ask side: 6,582,699 / 30,800,000 = 0.2137240 → 213,724 ppm
    expect(ask.contributionMarginPpm).toBe(213_724)
  })
})

describe('compareAccounts', () => {
  const rows = compareAccounts(accounts, { isPerHundredYuan: false })

  it('has a row for every term kind any account has, then every figure', () => {
    expect(rows.filter((r) => r.rowKind === 'term').map((r) => r.key)).toEqual([
      'entry',
      'barcode',
      'festival',
      'display',
      'system',
      'unconditionalRebate',
      'logistics',
      'damageReturns',
      'conditionalRebate'
    ])
    expect(rows.filter((r) => r.rowKind === 'figure')).toHaveLength(17)
  })

  it('can show every built-in kind, with 0 where nobody charges it', () => {
    const every = compareAccounts(accounts, { isPerHundredYuan: false, isEveryKindShown: true })
    // 10 built-in fixed kinds + 5 percentage kinds + the conditional rebate
    expect(every.filter((r) => r.rowKind === 'term')).toHaveLength(16)
    expect(row(every, 'term:floorStack')).toMatchObject({ cells: [0, 0, 0], bestIndexes: [], worstIndexes: [] })
    expect(row(every, 'term:floorStack').line).toBeUndefined()
    expect(row(every, 'term:entry').line?.id).toBe('entry')
  })

  it('marks the lowest fee best and the highest worst for the supplier', () => {
    // entry: offer 200,000, ask 80,000 × 4 = 320,000, simple 400,000
    expect(row(rows, 'term:entry')).toMatchObject({ cells: [200_000, 320_000, 400_000], bestIndexes: [0], worstIndexes: [2] })
    // barcode: the simple retailer charges none (0); ties are all marked
    expect(row(rows, 'term:barcode')).toMatchObject({ cells: [80_000, 80_000, 0], bestIndexes: [2], worstIndexes: [0, 1] })
  })

  it('marks the highest contribution margin best', () => {
    expect(row(rows, 'figure:contributionMarginPpm')).toMatchObject({
      cells: [230_382, 213_724, 326_425],
      supplierPreference: 'higher',
      bestIndexes: [2],
      worstIndexes: [1]
    })
  })

  it('marks nothing where no side is better, or all are equal', () => {
    expect(row(rows, 'figure:retailerMarginPpm')).toMatchObject({ bestIndexes: [], worstIndexes: [] })
    // the same account twice: every cell equal, nothing to mark
    const twoEqual = compareAccounts(accounts.slice(0, 1).concat(accounts.slice(0, 1)), { isPerHundredYuan: false })
    expect(row(twoEqual, 'term:logistics')).toMatchObject({ bestIndexes: [], worstIndexes: [] })
  })

  it('normalises money per ¥100 of purchases, not rates and not G itself', () => {
    const per100 = compareAccounts(accounts, { isPerHundredYuan: true })
    // entry: 200,000 / 30,800,000 × 10,000 = 64.94 → 65 fen per ¥100; 320,000 / 30.8M × 10,000 = 103.90 → 104;
    // 400,000 / 20,000,000 × 10,000 = 200
    expect(row(per100, 'term:entry')).toMatchObject({ isNormalised: true, cells: [65, 104, 200], bestIndexes: [0] })
    // N: 26,995,759 / 30.8M × 10,000 = 8,764.86 → 8,765; 26,482,699 / 30.8M × 10,000 = 8,598.28 → 8,598;
    // 18,528,493 / 20M × 10,000 = 9,264.25 → 9,264
    expect(row(per100, 'figure:netRevenueFen').cells).toEqual([8_765, 8_598, 9_264])
    expect(row(per100, 'figure:purchaseValueFen')).toMatchObject({ isNormalised: false, cells: [30_800_000, 30_800_000, 20_000_000] })
    expect(row(per100, 'figure:contributionMarginPpm').cells).toEqual([230_382, 213_724, 326_425])
  })

  it('leaves an account out of best / worst where its figure is unknown', () => {
    const agreed = accountEconomics(handWorkedPlan, handWorkedSheet, 'agreed', settings)
    const withUnknown = compareAccounts([...accounts, { accountId: 'agreed', economics: agreed }], { isPerHundredYuan: false })
    expect(row(withUnknown, 'figure:netRevenueFen')).toMatchObject({
      cells: [26_995_759, 26_482_699, 18_528_493, null],
      bestIndexes: [0],
      worstIndexes: [2]
    })
  })

  it('recomputes 200 accounts × 2,000 assortment lines well within 500 ms', () => {
    const assortment: AssortmentLine[] = Array.from({ length: 2_000 }, (_, index) => ({
      skuId: `S${index}`,
      units: 100 + (index % 50),
      supplyFen: 1_000 + index,
      retailFen: 1_500 + index,
      unitCostFen: 600 + (index % 300)
    }))
    const plans = Array.from({ length: 200 }, (_, index) => ({ ...handWorkedPlan, assortment, storeCount: 10 + index }))
    // The best of three runs: the machine is shared, and one slow run says more about the
    // neighbours than about this code (the bench measures the real figure).
    const timings = [0, 1, 2].map(() => {
      const started = performance.now()
      const all = plans.map((plan, index) => ({
        accountId: String(index),
        economics: accountEconomics(plan, handWorkedSheet, 'offer', settings)
      }))
      const compared = compareAccounts(all, { isPerHundredYuan: true })
      expect(compared.length).toBe(9 + 17)
      return performance.now() - started
    })
    expect(Math.min(...timings)).toBeLessThan(500)
  })
})

describe('economicsWaterfall', () => {
  it('walks from G down to contribution (the hand-worked offer)', () => {
    expect(economicsWaterfall(offer)).toEqual([
      { key: 'purchaseValue', isTotal: true, amountFen: 30_800_000, runningFen: 30_800_000 },
      // − 8% = 2,464,000
      { key: 'percentageTerms', isTotal: false, amountFen: -2_464_000, runningFen: 28_336_000 },
      { key: 'fixedFees', isTotal: false, amountFen: -620_000, runningFen: 27_716_000 },
      { key: 'promotionFunding', isTotal: false, amountFen: -500_000, runningFen: 27_216_000 },
      { key: 'financingCost', isTotal: false, amountFen: -220_241, runningFen: 26_995_759 },
      { key: 'netRevenue', isTotal: true, amountFen: 26_995_759, runningFen: 26_995_759 },
      { key: 'cogs', isTotal: false, amountFen: -19_900_000, runningFen: 7_095_759 },
      { key: 'contribution', isTotal: true, amountFen: 7_095_759, runningFen: 7_095_759 }
    ])
  })

  it('is null when N is unknown', () => {
    expect(economicsWaterfall(accountEconomics(handWorkedPlan, handWorkedSheet, 'agreed', settings))).toBeNull()
  })
})

describe('scenario deltas', () => {
  it('gives scenario − base for every figure (the ask against our offer)', () => {
    const delta = economicsDelta(offer, ask)
    // F 770,000 − 620,000; G·D% 2,772,000 − 2,464,000; K 275,301 − 220,241; days 75 − 60
    expect(delta.fixedFeesFen).toBe(150_000)
    expect(delta.percentageTermsFen).toBe(308_000)
    expect(delta.percentageTermsPpm).toBe(10_000)
    expect(delta.financingCostFen).toBe(55_060)
    expect(delta.effectivePaymentDays).toBe(15)
    // N and contribution both fall by 150,000 + 308,000 + 55,060 = 513,060
    expect(delta.netRevenueFen).toBe(-513_060)
    expect(delta.contributionFen).toBe(-513_060)
    expect(delta.purchaseValueFen).toBe(0)
  })

  it('is null where either side is unknown', () => {
    const agreed = accountEconomics(handWorkedPlan, handWorkedSheet, 'agreed', settings)
    const delta = economicsDelta(offer, agreed)
    expect(delta.netRevenueFen).toBeNull()
    expect(delta.purchaseValueFen).toBe(0)
  })

  it('gives each term line change', () => {
    const lines = termLineDelta(offer, ask)
    // entry 320,000 − 200,000; festival 120,000 − 90,000; unconditional 924,000 − 616,000
    expect(lines.get('entry')).toBe(120_000)
    expect(lines.get('festival')).toBe(30_000)
    expect(lines.get('unconditionalRebate')).toBe(308_000)
    expect(lines.get('system')).toBe(0)
    // the simple retailer has no barcode fee: counted 0 there
    expect(termLineDelta(offer, simple).get('barcode')).toBe(-80_000)
  })
})
