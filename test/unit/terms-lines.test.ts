import { describe, expect, it } from 'vitest'
import {
  effectivePaymentDays,
  financingCostFen,
  fixedFeeAmountFen,
  termLineKey,
  termSheetIssues,
  type TermSheet
} from '../../src/shared/domain/terms'
import { mulDivRoundHalfUp } from '../../src/shared/domain/terms/exact'

describe('fixedFeeAmountFen: a fee multiplied out to the year', () => {
  // 12 SKUs listed, 30 stores
  it('multiplies by its basis', () => {
    // ¥5,000 a year
    expect(fixedFeeAmountFen('perYear', { unitFen: 500_000, count: 1 }, 12, 30)).toBe(500_000)
    // new-store fee ¥2,000 × 30 stores = ¥60,000
    expect(fixedFeeAmountFen('perStore', { unitFen: 200_000, count: 1 }, 12, 30)).toBe(6_000_000)
    // entry fee ¥800 × 12 SKUs = ¥9,600
    expect(fixedFeeAmountFen('perSku', { unitFen: 80_000, count: 1 }, 12, 30)).toBe(960_000)
    // barcode fee ¥50 × 12 SKUs × 30 stores = ¥18,000
    expect(fixedFeeAmountFen('perSkuPerStore', { unitFen: 5_000, count: 1 }, 12, 30)).toBe(1_800_000)
    // festivals ¥3,000 × 4; DM ¥1,500 × 6 issues; floor stack ¥8,000 × 3 periods
    expect(fixedFeeAmountFen('perEvent', { unitFen: 300_000, count: 4 }, 12, 30)).toBe(1_200_000)
    expect(fixedFeeAmountFen('perIssue', { unitFen: 150_000, count: 6 }, 12, 30)).toBe(900_000)
    expect(fixedFeeAmountFen('perPeriod', { unitFen: 800_000, count: 3 }, 12, 30)).toBe(2_400_000)
  })

  it('ignores the count where the basis does not count', () => {
    expect(fixedFeeAmountFen('perSku', { unitFen: 80_000, count: 7 }, 12, 30)).toBe(960_000)
  })

  it('is zero for zero counts, SKUs or stores', () => {
    expect(fixedFeeAmountFen('perEvent', { unitFen: 300_000, count: 0 }, 12, 30)).toBe(0)
    expect(fixedFeeAmountFen('perSku', { unitFen: 80_000, count: 1 }, 0, 30)).toBe(0)
    expect(fixedFeeAmountFen('perStore', { unitFen: 200_000, count: 1 }, 12, 0)).toBe(0)
  })

  it('is null per store without a store count, but not per SKU', () => {
    expect(fixedFeeAmountFen('perStore', { unitFen: 200_000, count: 1 }, 12, null)).toBeNull()
    expect(fixedFeeAmountFen('perSkuPerStore', { unitFen: 5_000, count: 1 }, 12, null)).toBeNull()
    expect(fixedFeeAmountFen('perSku', { unitFen: 80_000, count: 1 }, 12, null)).toBe(960_000)
  })
})

describe('effectivePaymentDays 实际账期', () => {
  it('is N for invoice + N days 票到N天', () => {
    expect(effectivePaymentDays({ mode: 'invoice', days: 30 }, null)).toBe(30)
    expect(effectivePaymentDays({ mode: 'invoice', days: 0 }, null)).toBe(0)
  })

  it('is N + 15 for a monthly statement 月结N天', () => {
    expect(effectivePaymentDays({ mode: 'monthly', days: 45 }, null)).toBe(60)
    expect(effectivePaymentDays({ mode: 'monthly', days: 60 }, 20)).toBe(75)
  })

  it('is N + days of inventory for consignment 代销, unknown without them', () => {
    expect(effectivePaymentDays({ mode: 'consignment', days: 30 }, 45)).toBe(75)
    expect(effectivePaymentDays({ mode: 'consignment', days: 30 }, 0)).toBe(30)
    expect(effectivePaymentDays({ mode: 'consignment', days: 30 }, null)).toBeNull()
  })
})

describe('financingCostFen K = G × interest × days / 365', () => {
  it('works out the cost of the money outstanding, rounded half up', () => {
    // ¥100万 × 4.35% × 60 / 365 = 100,000,000 × 0.0435 × 60 / 365 = 715,068.49 → 715,068 fen
    expect(financingCostFen(100_000_000, 43_500, 60)).toBe(715_068)
    // ¥365 × 10% × 5 days / 365 = 36,500 × 0.1 × 5 / 365 = 50 fen exactly
    expect(financingCostFen(36_500, 100_000, 5)).toBe(50)
    // 73 fen × 100% × 1 day / 365 = 0.2 → 0; 219 fen × 100% × 1 / 365 = 0.6 → 1
    expect(financingCostFen(73, 1_000_000, 1)).toBe(0)
    expect(financingCostFen(219, 1_000_000, 1)).toBe(1)
  })

  it('is zero with no purchases, no interest or no days', () => {
    expect(financingCostFen(0, 43_500, 60)).toBe(0)
    expect(financingCostFen(100_000_000, 0, 60)).toBe(0)
    expect(financingCostFen(100_000_000, 43_500, 0)).toBe(0)
  })

  it('stays exact on a ¥50亿 account', () => {
    // 500,000,000,000 fen × 43,500 ppm × 90 days = 1.9575 × 10^18 (past 2^53)
    // / (10^6 × 365) = 5,363,013,698.63 → 5,363,013,699 fen
    expect(financingCostFen(500_000_000_000, 43_500, 90)).toBe(5_363_013_699)
  })
})

describe('termLineKey', () => {
  it('lines up built-in kinds by kind and custom lines by name', () => {
    const values = { ask: null, offer: null, agreed: null }
    expect(termLineKey({ id: '1', category: 'fixed', kind: 'floorStack', basis: 'perPeriod', values })).toBe('floorStack')
    expect(termLineKey({ id: '2', category: 'fixed', kind: 'customFixed', name: '形象费', basis: 'perYear', values })).toBe(
      'customFixed:形象费'
    )
    expect(termLineKey({ id: '3', category: 'percentage', kind: 'customPercentage', name: '数据服务费', values })).toBe(
      'customPercentage:数据服务费'
    )
  })
})

describe('termSheetIssues', () => {
  it('accepts a clean sheet', () => {
    const sheet: TermSheet = {
      lines: [
        {
          id: 'r',
          category: 'conditionalRebate',
          kind: 'conditionalRebate',
          values: {
            ask: { mode: 'whole', tiers: [{ thresholdFen: 0, ratePpm: 10_000 }, { thresholdFen: 100, ratePpm: 20_000 }] },
            offer: null,
            agreed: null
          }
        }
      ],
      payment: { ask: { mode: 'invoice', days: 60 }, offer: null, agreed: null }
    }
    expect(termSheetIssues(sheet)).toEqual([])
  })

  it('reports what a person typed wrong, by line and side', () => {
    const sheet: TermSheet = {
      lines: [
        { id: 'c', category: 'fixed', kind: 'customFixed', name: '  ', basis: 'perYear', values: { ask: { unitFen: -1, count: 1 }, offer: null, agreed: null } },
        { id: 'e', category: 'fixed', kind: 'entry', basis: 'perSkuPerStore', values: { ask: null, offer: { unitFen: 1, count: -2 }, agreed: null } },
        { id: 'p', category: 'percentage', kind: 'logistics', values: { ask: -5, offer: 1_000_001, agreed: 1_000_000 } },
        {
          id: 'r',
          category: 'conditionalRebate',
          kind: 'conditionalRebate',
          values: {
            ask: { mode: 'excess', tiers: [{ thresholdFen: 100, ratePpm: 10_000 }, { thresholdFen: 100, ratePpm: 20_000 }] },
            offer: { mode: 'whole', tiers: [] },
            agreed: null
          }
        }
      ],
      payment: { ask: null, offer: { mode: 'monthly', days: -1 }, agreed: null }
    }
    expect(termSheetIssues(sheet).map((i) => [i.code, i.lineId, i.side])).toEqual([
      ['customLineWithoutName', 'c', null],
      ['negativeAmount', 'c', 'ask'],
      ['perStoreSkuOnlyForBarcode', 'e', null],
      ['negativeCount', 'e', 'offer'],
      ['negativeRate', 'p', 'ask'],
      ['rateOver100Percent', 'p', 'offer'],
      ['tiersNotAscending', 'r', 'ask'],
      ['noTiers', 'r', 'offer'],
      ['negativePaymentDays', null, 'offer']
    ])
  })
})

describe('mulDivRoundHalfUp (fen × ppm ÷ 10^6, exact)', () => {
  it('rounds halves away from zero, for losses too', () => {
    // 5 × 1 / 2 = 2.5 → 3; −2.5 → −3; 7 / 4 = 1.75 → 2; −1.25 → −1
    expect(mulDivRoundHalfUp(5, 1, 2)).toBe(3)
    expect(mulDivRoundHalfUp(-5, 1, 2)).toBe(-3)
    expect(mulDivRoundHalfUp(7, 1, 4)).toBe(2)
    expect(mulDivRoundHalfUp(-5, 1, 4)).toBe(-1)
  })

  it('is exact past 2^53, either sign', () => {
    // 987,654,321,987 × 12,345 = 12,192,592,604,929,515 → ÷ 10^6 = 12,192,592,604.93 → ±12,192,592,605
    expect(mulDivRoundHalfUp(987_654_321_987, 12_345, 1_000_000)).toBe(12_192_592_605)
    expect(mulDivRoundHalfUp(-987_654_321_987, 12_345, 1_000_000)).toBe(-12_192_592_605)
    // 3,002,399,751,580,331 × 3 = 9,007,199,254,740,993 = 2^53 + 1, which a float cannot hold
    // (it would read …992 and round to …496); exactly ÷ 2 = 4,503,599,627,370,496.5 → …497
    expect(mulDivRoundHalfUp(3_002_399_751_580_331, 3, 2)).toBe(4_503_599_627_370_497)
  })
})
