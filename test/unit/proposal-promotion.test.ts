import { describe, expect, it } from 'vitest'
import {
  promotionCalendar,
  promotionEventResult,
  promotionFundingFen,
  promotionFundingForPeriodFen,
  promotionPlanResult,
  type PromotionEvent,
  type PromotionSkuLine
} from '../../src/shared/domain/proposal/promotion'

const line = (overrides: Partial<PromotionSkuLine> & Pick<PromotionSkuLine, 'skuCode'>): PromotionSkuLine => ({
  baselineUnitsPerStoreWeek: 10,
  supplyPriceFen: 1_000,
  unitCostFen: 600,
  promoRetailPriceFen: null,
  supplierFundingPerUnitFen: 0,
  ...overrides
})

const event = (overrides: Partial<PromotionEvent> & Pick<PromotionEvent, 'id'>): PromotionEvent => ({
  kind: 'price_off',
  name: overrides.id,
  skus: [line({ skuCode: 'A' })],
  storeCount: 20,
  startDate: '2026-03-02',
  endDate: '2026-03-15',
  upliftPpm: 500_000,
  fixedFeesFen: 0,
  buyQuantity: null,
  getQuantity: null,
  ...overrides
})

// 特价: 10 units / store-week × 20 stores × 14 days / 7 = 400 baseline; +50% → 200 incremental;
// 600 sold × ¥1.50 support = 90,000 fen; contribution per unit 1,000 − 600 = 400 → 200 × 400 = 80,000.
const priceOff = event({ id: 'price-off', skus: [line({ skuCode: 'A', supplierFundingPerUnitFen: 150 })] })

// 买赠 buy 4 get 1: 8 / store-week × 10 stores × 10 days / 7 = 114.2857 → 114 baseline;
// 114.2857 × 30% = 34.2857 → 34 incremental; 148 paid → 148 / 4 × 1 = 37 free × ¥5.00 = 18,500 fen;
// plus ¥50 fixed fee = 23,500 fen cost; contribution (900 − 500) × 34 = 13,600.
const buyFourGetOne = event({
  id: 'buy-get',
  kind: 'buy_x_get_y',
  skus: [line({ skuCode: 'B', baselineUnitsPerStoreWeek: 8, supplyPriceFen: 900, unitCostFen: 500 })],
  storeCount: 10,
  startDate: '2026-03-05',
  endDate: '2026-03-14',
  upliftPpm: 300_000,
  fixedFeesFen: 5_000,
  buyQuantity: 4,
  getQuantity: 1
})

// 堆头: 20 / store-week × 5 stores × 28 days / 7 = 400 baseline, +100% = 400 incremental;
// (1,200 − 700) × 400 = 200,000 contribution against a ¥1,500 floor-stack fee.
const floorStack = event({
  id: 'floor-stack',
  kind: 'floor_stack_end_cap',
  skus: [line({ skuCode: 'C', baselineUnitsPerStoreWeek: 20, supplyPriceFen: 1_200, unitCostFen: 700 })],
  storeCount: 5,
  startDate: '2026-04-01',
  endDate: '2026-04-28',
  upliftPpm: 1_000_000,
  fixedFeesFen: 150_000
})

describe('promotion event arithmetic', () => {
  it('works out a supplier-funded price-off: support is paid on every unit sold, baseline included', () => {
    const result = promotionEventResult(priceOff)
    expect(result.days).toBe(14)
    expect(result.weeks).toBe(2)
    expect(result.baselineUnits).toBe(400)
    expect(result.incrementalUnits).toBe(200)
    expect(result.fundingFen).toBe(90_000)
    expect(result.costFen).toBe(90_000)
    expect(result.incrementalContributionFen).toBe(80_000)
    // (80,000 − 90,000) / 90,000 = −11.1111% → −111,111 ppm
    expect(result.netReturnFen).toBe(-10_000)
    expect(result.roiPpm).toBe(-111_111)
    expect(result.missingReason).toBeNull()
  })

  it('takes the account percentage terms off the unit contribution', () => {
    // D% 10%: 1,000 − 100 − 600 = 300 a unit → 200 × 300 = 60,000; (60,000 − 90,000) / 90,000 = −33.3333%
    const result = promotionEventResult(priceOff, { variableTermsPpm: 100_000 })
    expect(result.skus[0]?.unitContributionFen).toBe(300)
    expect(result.incrementalContributionFen).toBe(60_000)
    expect(result.roiPpm).toBe(-333_333)
  })

  it('costs 买赠 free goods at unit cost and prorates a partial week', () => {
    const result = promotionEventResult(buyFourGetOne)
    expect(result.days).toBe(10)
    // 10 / 7 = 1.43 weeks, shown as 1.4
    expect(result.weeks).toBe(1.4)
    expect(result.baselineUnits).toBe(114)
    expect(result.incrementalUnits).toBe(34)
    expect(result.freeUnits).toBe(37)
    expect(result.freeGoodsCostFen).toBe(18_500)
    expect(result.costFen).toBe(23_500)
    expect(result.incrementalContributionFen).toBe(13_600)
    // (13,600 − 23,500) / 23,500 = −0.4212766 → −421,277 ppm
    expect(result.roiPpm).toBe(-421_277)
  })

  it('gives a floor stack that pays back its fee a positive ROI', () => {
    const result = promotionEventResult(floorStack)
    expect(result.incrementalUnits).toBe(400)
    expect(result.costFen).toBe(150_000)
    // (200,000 − 150,000) / 150,000 = 33.3333%
    expect(result.roiPpm).toBe(333_333)
  })

  it('costs a 满减 by its support on every unit sold plus its fixed fee', () => {
    // 满减 (spend ¥100 save ¥10) funded at ¥0.80 a unit: 4 / store-week × 50 stores × 21 days / 7 = 600
    // baseline, +25% = 150; 750 × 80 = 60,000 + ¥200 system fee = 80,000 fen;
    // contribution (1,000 − 600) × 150 = 60,000; (60,000 − 80,000) / 80,000 = −25%
    const result = promotionEventResult(
      event({
        id: 'spend-save',
        kind: 'spend_and_save',
        skus: [line({ skuCode: 'A', baselineUnitsPerStoreWeek: 4, supplierFundingPerUnitFen: 80 })],
        storeCount: 50,
        startDate: '2026-06-01',
        endDate: '2026-06-21',
        upliftPpm: 250_000,
        fixedFeesFen: 20_000
      })
    )
    expect([result.baselineUnits, result.incrementalUnits, result.freeUnits]).toEqual([600, 150, 0])
    expect(result.costFen).toBe(80_000)
    expect(result.roiPpm).toBe(-250_000)
  })

  it('has no ROI when the event costs the supplier nothing, and says why', () => {
    const free = promotionEventResult(event({ id: 'member', kind: 'member_price', upliftPpm: 100_000 }))
    expect(free.costFen).toBe(0)
    expect(free.incrementalContributionFen).toBe(40 * 400)
    expect(free.roiPpm).toBeNull()
    expect(free.missingReason).toBe('no_cost')
  })

  it('does not guess a baseline, buy/get quantities or dates', () => {
    const noBaseline = promotionEventResult(event({ id: 'x', skus: [line({ skuCode: 'A', baselineUnitsPerStoreWeek: null })] }))
    expect(noBaseline.costFen).toBeNull()
    expect(noBaseline.missingReason).toBe('no_baseline')
    expect(promotionEventResult(event({ id: 'y', kind: 'buy_x_get_y' })).missingReason).toBe('no_buy_get_quantities')
    expect(promotionEventResult(event({ id: 'z', endDate: '2026-03-01' })).missingReason).toBe('invalid_dates')
    expect(promotionEventResult(event({ id: 'w', startDate: '2026-02-30' })).days).toBeNull()
    expect(promotionEventResult(event({ id: 'v', skus: [] })).missingReason).toBe('no_skus')
  })
})

describe('promotion plan totals and P', () => {
  it('adds the events up; P is the sum of their costs', () => {
    const plan = promotionPlanResult([priceOff, buyFourGetOne, floorStack])
    // 90,000 + 23,500 + 150,000
    expect(plan.costFen).toBe(263_500)
    // 80,000 + 13,600 + 200,000
    expect(plan.incrementalContributionFen).toBe(293_600)
    // 30,100 / 263,500 = 11.4231%
    expect(plan.roiPpm).toBe(114_231)
    expect(promotionFundingFen([priceOff, buyFourGetOne, floorStack])).toBe(263_500)
  })

  it('has no P while an event is missing its baseline, and names the event', () => {
    const unknown = event({ id: 'unknown', skus: [line({ skuCode: 'A', baselineUnitsPerStoreWeek: null })] })
    const plan = promotionPlanResult([priceOff, unknown])
    expect(plan.incompleteEventIds).toEqual(['unknown'])
    expect(plan.costFen).toBe(90_000)
    expect(promotionFundingFen([priceOff, unknown])).toBeNull()
    expect(promotionFundingFen([])).toBe(0)
  })
})

describe('P for one contract year', () => {
  // priceOff starts 2026-03-02, buyFourGetOne 2026-03-05, floorStack 2026-04-01; the late event starts
  // 2026-12-28 and runs into 2027: it counts in full in 2026, where it starts.
  const late = event({ id: 'late', startDate: '2026-12-28', endDate: '2027-01-10', skus: [line({ skuCode: 'A', supplierFundingPerUnitFen: 100 })] })

  it('counts the events that start in the period', () => {
    // late: 10 × 20 × 14 / 7 = 400 + 200 = 600 sold × ¥1.00 = 60,000 fen
    expect(promotionFundingForPeriodFen([priceOff, floorStack, late], { startDate: '2026-01-01', endDate: '2026-12-31' })).toBe(90_000 + 150_000 + 60_000)
    // April to March: floorStack (04-01, the first day) and late; priceOff started in March
    expect(promotionFundingForPeriodFen([priceOff, floorStack, late], { startDate: '2026-04-01', endDate: '2027-03-31' })).toBe(150_000 + 60_000)
    expect(promotionFundingForPeriodFen([priceOff, floorStack, late], { startDate: '2027-01-01', endDate: '2027-12-31' })).toBe(0)
  })

  it('has no P when an event cannot be placed in a year or the period is not valid', () => {
    const undated = event({ id: 'undated', startDate: '2026-13-01' })
    expect(promotionFundingForPeriodFen([priceOff, undated], { startDate: '2026-01-01', endDate: '2026-12-31' })).toBeNull()
    expect(promotionFundingForPeriodFen([priceOff], { startDate: '2026-12-31', endDate: '2026-01-01' })).toBeNull()
  })
})

describe('promotion calendar', () => {
  const e1 = event({ id: 'e1', skus: [line({ skuCode: 'A' }), line({ skuCode: 'B' })], startDate: '2026-03-02', endDate: '2026-03-15' })
  const e2 = event({ id: 'e2', skus: [line({ skuCode: 'B' })], startDate: '2026-03-15', endDate: '2026-03-21' })
  const e3 = event({ id: 'e3', skus: [line({ skuCode: 'A' })], startDate: '2026-03-16', endDate: '2026-03-22' })

  it('lays ISO weeks across and events as bars', () => {
    const calendar = promotionCalendar([e1, e2, e3])
    // 2026-03-02 is the Monday of 2026-W10; 2026-03-22 the Sunday of W12
    expect(calendar.weeks.map((week) => week.key)).toEqual(['2026-W10', '2026-W11', '2026-W12'])
    expect(calendar.weeks[0]).toMatchObject({ startDate: '2026-03-02', endDate: '2026-03-08' })
    expect(calendar.bars.map((bar) => [bar.eventId, bar.firstWeekIndex, bar.lastWeekIndex])).toEqual([
      ['e1', 0, 1],
      ['e2', 1, 2],
      ['e3', 2, 2]
    ])
  })

  it('finds two events on the same SKU sharing only their boundary day, and not events that merely touch', () => {
    const calendar = promotionCalendar([e1, e2, e3])
    // e1/e2 share SKU B on 03-15; e1 ends 03-15 and e3 starts 03-16 on SKU A: no overlap; e2/e3: no SKU in common
    expect(calendar.overlaps).toEqual([{ skuCode: 'B', eventIds: ['e1', 'e2'], startDate: '2026-03-15', endDate: '2026-03-15' }])
  })

  it('reports every shared SKU with the days both events run', () => {
    const long = event({ id: 'long', skus: [line({ skuCode: 'A' }), line({ skuCode: 'B' })], startDate: '2026-03-10', endDate: '2026-04-10' })
    const overlaps = promotionCalendar([e1, long]).overlaps
    expect(overlaps).toEqual([
      { skuCode: 'A', eventIds: ['e1', 'long'], startDate: '2026-03-10', endDate: '2026-03-15' },
      { skuCode: 'B', eventIds: ['e1', 'long'], startDate: '2026-03-10', endDate: '2026-03-15' }
    ])
  })

  it('crosses the year by ISO weeks (2026 has a week 53) and leaves invalid events off', () => {
    const newYear = event({ id: 'ny', startDate: '2026-12-30', endDate: '2027-01-05' })
    const broken = event({ id: 'broken', startDate: '2026-12-30', endDate: '2026-12-01' })
    const calendar = promotionCalendar([newYear, broken])
    expect(calendar.weeks.map((week) => week.key)).toEqual(['2026-W53', '2027-W01'])
    expect(calendar.weeks[1]).toMatchObject({ startDate: '2027-01-04', endDate: '2027-01-10' })
    expect(calendar.invalidEventIds).toEqual(['broken'])
  })
})
