/**
 * Promotion plan 促销方案: what each event costs the supplier, what it brings back, and the plan's
 * total promotion funding P for the account economics (ka-domain.md "Computations").
 *
 * Definitions (the ones a supplier's finance team signs off):
 * - Event length: its calendar days, both ends included. Weeks = days / 7, so a partial week counts
 *   pro rata (10 days = 1 3/7 weeks); nothing is rounded up to a whole week.
 * - Baseline units of a SKU = baseline units per store-week × stores × days / 7.
 * - Incremental units = baseline units × uplift. Both are rounded half up to whole units, and the
 *   money figures use the whole units (a unit is the smallest thing that can be sold).
 * - Units sold in the event = baseline + incremental: the event's price support is paid on every
 *   unit sold while it runs, the ones that would have sold anyway included (that is its real cost).
 * - Cost to the supplier = funding per unit × units sold + free goods (买赠) at UNIT COST + the
 *   event's fixed fees (堆头/端架 fee, DM fee, promoter wages…).
 * - Unit contribution = supply price × (1 − the account's variable percentage terms D%) − unit
 *   cost: what one more unit sold to the retailer leaves the supplier before any promotion money.
 *   Fixed fees of the contract do not change with volume, so they are not in it.
 * - Incremental contribution = incremental units × unit contribution. Promotion funding is NOT
 *   taken off here (it is all in cost), so no yuan is counted twice: valuing the incremental units
 *   at the promo supply price (supply price − funding) as well would take their funding off once
 *   here and again in cost.
 * - ROI = (incremental contribution − cost) / cost, as ppm: the net return on each yuan spent
 *   (0 = the event pays for itself, −100% = nothing came back). Null with a reason when the cost is 0
 *   or a figure is missing.
 */
import { roundHalfUp } from '../money'
import { applyRate, PPM_PER_UNIT, ratioToPpm, type Ppm } from '../rate'
import { dayNumberToIsoDate, dayRange, daysInRange, intersectRanges, isoWeekOf, mondayOf, type IsoDate, type IsoWeek } from './dates'

/** 特价, 买赠, 满减, 堆头/端架, DM 海报, 试吃/促销员, 会员价. */
export const PROMOTION_KINDS = [
  'price_off',
  'buy_x_get_y',
  'spend_and_save',
  'floor_stack_end_cap',
  'flyer',
  'sampling',
  'member_price'
] as const
export type PromotionKind = (typeof PROMOTION_KINDS)[number]

export const DAYS_PER_WEEK = 7

export interface PromotionSkuLine {
  skuCode: string
  /** Units one store sells in a normal week; null until someone estimates it. */
  baselineUnitsPerStoreWeek: number | null
  /** The account's regular supply price of the SKU, fen. */
  supplyPriceFen: number
  unitCostFen: number
  /** Shelf price during the event (shown in the plan and the document), fen. */
  promoRetailPriceFen: number | null
  /** What the supplier pays the retailer for each unit sold during the event (price support), fen. */
  supplierFundingPerUnitFen: number
}

export interface PromotionEvent {
  id: string
  kind: PromotionKind
  name: string
  skus: PromotionSkuLine[]
  storeCount: number
  startDate: IsoDate
  /** Inclusive. */
  endDate: IsoDate
  upliftPpm: Ppm
  /** Lump sums for the event: 堆头/端架 fee, DM fee, promoter wages, sampling goods. */
  fixedFeesFen: number
  /** 买赠: buy `buyQuantity`, get `getQuantity` free. Ignored for other kinds. */
  buyQuantity: number | null
  getQuantity: number | null
}

export type PromotionMissingReason = 'invalid_dates' | 'no_skus' | 'no_baseline' | 'no_buy_get_quantities' | 'no_cost'

export interface PromotionSkuResult {
  skuCode: string
  baselineUnits: number
  incrementalUnits: number
  freeUnits: number
  fundingFen: number
  freeGoodsCostFen: number
  unitContributionFen: number
  incrementalContributionFen: number
}

export interface PromotionEventResult {
  eventId: string
  days: number | null
  /** days / 7 to one decimal, for display only. */
  weeks: number | null
  skus: PromotionSkuResult[]
  baselineUnits: number | null
  incrementalUnits: number | null
  freeUnits: number | null
  fundingFen: number | null
  freeGoodsCostFen: number | null
  fixedFeesFen: number
  costFen: number | null
  incrementalContributionFen: number | null
  /** Incremental contribution − cost. */
  netReturnFen: number | null
  roiPpm: Ppm | null
  /** Why cost (first) or ROI cannot be computed; null when everything is known. */
  missingReason: PromotionMissingReason | null
}

export interface PromotionOptions {
  /** The account's percentage terms D% (rebates, promotion support, DC fee…), taken off each unit's supply price. */
  variableTermsPpm: Ppm
}

const DEFAULT_OPTIONS: PromotionOptions = { variableTermsPpm: 0 }

function skuResult(event: PromotionEvent, line: PromotionSkuLine, days: number, options: PromotionOptions): PromotionSkuResult {
  const baselinePerStoreWeek = line.baselineUnitsPerStoreWeek ?? 0
  const exactBaseline = (baselinePerStoreWeek * event.storeCount * days) / DAYS_PER_WEEK
  const baselineUnits = roundHalfUp(exactBaseline)
  // From the exact baseline, so the uplift is rounded once.
  const incrementalUnits = roundHalfUp((exactBaseline * event.upliftPpm) / PPM_PER_UNIT)
  const soldUnits = baselineUnits + incrementalUnits
  // Every paid unit is taken to be part of a complete bundle: shoppers buy in bundles to get the gift.
  const freeUnits =
    event.kind === 'buy_x_get_y' && event.buyQuantity && event.getQuantity
      ? roundHalfUp((soldUnits * event.getQuantity) / event.buyQuantity)
      : 0
  const unitContributionFen = line.supplyPriceFen - applyRate(line.supplyPriceFen, options.variableTermsPpm) - line.unitCostFen
  return {
    skuCode: line.skuCode,
    baselineUnits,
    incrementalUnits,
    freeUnits,
    fundingFen: soldUnits * line.supplierFundingPerUnitFen,
    freeGoodsCostFen: freeUnits * line.unitCostFen,
    unitContributionFen,
    incrementalContributionFen: incrementalUnits * unitContributionFen
  }
}

const sum = (values: number[]): number => values.reduce((total, value) => total + value, 0)

function missingReasonOf(event: PromotionEvent, days: number | null): PromotionMissingReason | null {
  if (days === null) return 'invalid_dates'
  if (event.skus.length === 0) return 'no_skus'
  if (event.skus.some((line) => line.baselineUnitsPerStoreWeek === null)) return 'no_baseline'
  if (event.kind === 'buy_x_get_y' && !(event.buyQuantity && event.buyQuantity > 0 && event.getQuantity && event.getQuantity > 0)) {
    return 'no_buy_get_quantities'
  }
  return null
}

export function promotionEventResult(event: PromotionEvent, options: PromotionOptions = DEFAULT_OPTIONS): PromotionEventResult {
  const range = dayRange(event.startDate, event.endDate)
  const days = range ? daysInRange(range) : null
  const weeks = days === null ? null : Math.round((days * 10) / DAYS_PER_WEEK) / 10
  const missingReason = missingReasonOf(event, days)
  if (missingReason !== null || days === null) {
    return {
      eventId: event.id,
      days,
      weeks,
      skus: [],
      baselineUnits: null,
      incrementalUnits: null,
      freeUnits: null,
      fundingFen: null,
      freeGoodsCostFen: null,
      fixedFeesFen: event.fixedFeesFen,
      costFen: null,
      incrementalContributionFen: null,
      netReturnFen: null,
      roiPpm: null,
      missingReason
    }
  }
  const skus = event.skus.map((line) => skuResult(event, line, days, options))
  const fundingFen = sum(skus.map((sku) => sku.fundingFen))
  const freeGoodsCostFen = sum(skus.map((sku) => sku.freeGoodsCostFen))
  const costFen = fundingFen + freeGoodsCostFen + event.fixedFeesFen
  const incrementalContributionFen = sum(skus.map((sku) => sku.incrementalContributionFen))
  const netReturnFen = incrementalContributionFen - costFen
  const roiPpm = ratioToPpm(netReturnFen, costFen)
  return {
    eventId: event.id,
    days,
    weeks,
    skus,
    baselineUnits: sum(skus.map((sku) => sku.baselineUnits)),
    incrementalUnits: sum(skus.map((sku) => sku.incrementalUnits)),
    freeUnits: sum(skus.map((sku) => sku.freeUnits)),
    fundingFen,
    freeGoodsCostFen,
    fixedFeesFen: event.fixedFeesFen,
    costFen,
    incrementalContributionFen,
    netReturnFen,
    roiPpm,
    missingReason: roiPpm === null ? 'no_cost' : null
  }
}

export interface PromotionPlanResult {
  events: PromotionEventResult[]
  /** Totals over the events whose figures are known; `incompleteEventIds` lists the others. */
  baselineUnits: number
  incrementalUnits: number
  freeUnits: number
  costFen: number
  incrementalContributionFen: number
  netReturnFen: number
  roiPpm: Ppm | null
  incompleteEventIds: string[]
}

export function promotionPlanResult(events: readonly PromotionEvent[], options: PromotionOptions = DEFAULT_OPTIONS): PromotionPlanResult {
  const results = events.map((event) => promotionEventResult(event, options))
  const known = results.filter((result) => result.costFen !== null)
  const costFen = sum(known.map((result) => result.costFen ?? 0))
  const incrementalContributionFen = sum(known.map((result) => result.incrementalContributionFen ?? 0))
  return {
    events: results,
    baselineUnits: sum(known.map((result) => result.baselineUnits ?? 0)),
    incrementalUnits: sum(known.map((result) => result.incrementalUnits ?? 0)),
    freeUnits: sum(known.map((result) => result.freeUnits ?? 0)),
    costFen,
    incrementalContributionFen,
    netReturnFen: incrementalContributionFen - costFen,
    roiPpm: ratioToPpm(incrementalContributionFen - costFen, costFen),
    incompleteEventIds: results.filter((result) => result.costFen === null).map((result) => result.eventId)
  }
}

/**
 * P, the supplier's promotion funding in the account economics: the cost of every event of the
 * plan (price support, free goods at unit cost, the events' own fixed fees). Null while any event's
 * cost is unknown, because a P that silently leaves an event out would flatter the net-net price.
 * A display fee that the contract already charges (in F) must not be entered again as an event fee.
 */
export function promotionFundingFen(events: readonly PromotionEvent[], options: PromotionOptions = DEFAULT_OPTIONS): number | null {
  const plan = promotionPlanResult(events, options)
  return plan.incompleteEventIds.length > 0 ? null : plan.costFen
}

/**
 * P for one contract year: the events that START within the period count in full (an event is
 * booked where it is agreed and run, not split across two contracts). Null while a counted event's
 * cost is unknown, or while an event's dates are invalid (it cannot be placed in a year).
 */
export function promotionFundingForPeriodFen(
  events: readonly PromotionEvent[],
  period: { startDate: IsoDate; endDate: IsoDate },
  options: PromotionOptions = DEFAULT_OPTIONS
): number | null {
  const range = dayRange(period.startDate, period.endDate)
  if (!range) return null
  const inPeriod: PromotionEvent[] = []
  for (const event of events) {
    const eventRange = dayRange(event.startDate, event.endDate)
    if (!eventRange) return null
    if (eventRange.start >= range.start && eventRange.start <= range.end) inPeriod.push(event)
  }
  return promotionFundingFen(inPeriod, options)
}

export interface PromotionCalendarBar {
  eventId: string
  kind: PromotionKind
  startDate: IsoDate
  endDate: IsoDate
  /** Index into `weeks` of the first and last week the event touches. */
  firstWeekIndex: number
  lastWeekIndex: number
}

export interface PromotionOverlap {
  skuCode: string
  /** The two events, in plan order. */
  eventIds: [string, string]
  /** The days both run (inclusive). */
  startDate: IsoDate
  endDate: IsoDate
}

export interface PromotionCalendar {
  weeks: IsoWeek[]
  bars: PromotionCalendarBar[]
  overlaps: PromotionOverlap[]
  /** Events left off the calendar because their dates are not a valid period. */
  invalidEventIds: string[]
}

/**
 * The plan on a calendar: ISO weeks across (from the week of the first start to the week of the last
 * end), events as bars, and every pair of events that promote the same SKU on the same days — a
 * shopper cannot get two offers on one pack, and the retailer will charge both.
 */
export function promotionCalendar(events: readonly PromotionEvent[]): PromotionCalendar {
  const dated = events.flatMap((event) => {
    const range = dayRange(event.startDate, event.endDate)
    return range ? [{ event, range }] : []
  })
  const invalidEventIds = events.filter((event) => !dayRange(event.startDate, event.endDate)).map((event) => event.id)
  if (dated.length === 0) return { weeks: [], bars: [], overlaps: [], invalidEventIds }
  const firstMonday = mondayOf(Math.min(...dated.map(({ range }) => range.start)))
  const lastMonday = mondayOf(Math.max(...dated.map(({ range }) => range.end)))
  const weeks: IsoWeek[] = []
  for (let monday = firstMonday; monday <= lastMonday; monday += DAYS_PER_WEEK) weeks.push(isoWeekOf(monday))
  const weekIndex = (day: number): number => (mondayOf(day) - firstMonday) / DAYS_PER_WEEK
  const bars = dated.map(({ event, range }) => ({
    eventId: event.id,
    kind: event.kind,
    startDate: event.startDate,
    endDate: event.endDate,
    firstWeekIndex: weekIndex(range.start),
    lastWeekIndex: weekIndex(range.end)
  }))
  const overlaps: PromotionOverlap[] = []
  for (let i = 0; i < dated.length; i += 1) {
    for (let j = i + 1; j < dated.length; j += 1) {
      const a = dated[i]!
      const b = dated[j]!
      const shared = intersectRanges(a.range, b.range)
      if (!shared) continue
      const bSkus = new Set(b.event.skus.map((line) => line.skuCode))
      const sharedSkus = [...new Set(a.event.skus.map((line) => line.skuCode))].filter((code) => bSkus.has(code))
      for (const skuCode of sharedSkus) {
        overlaps.push({
          skuCode,
          eventIds: [a.event.id, b.event.id],
          startDate: dayNumberToIsoDate(shared.start),
          endDate: dayNumberToIsoDate(shared.end)
        })
      }
    }
  }
  return { weeks, bars, overlaps, invalidEventIds }
}
