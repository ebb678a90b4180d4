/**
 * Account economics (ka-domain.md "Computations") for one side of a term sheet — the ask, our
 * offer or the agreed terms — over the planned assortment. The grid, the comparison, the
 * scenarios, the margin solver and the proposal all call `accountEconomics`.
 *
 * Rounding, once each, half away from zero unless said otherwise:
 * - G, V, COGS are exact sums of units × fen. A fixed fee is exact (unit fen × an integer count).
 * - Each percentage term's amount G × rate, the conditional rebate (see conditional-rebate.ts) and
 *   the financing cost K are rounded to whole fen; G·D% is the SUM of those amounts, so the
 *   figures add up to the fen on screen and on paper.
 * - D% (ppm) is the sum of the percentage rates plus the effective conditional rate (rounded to
 *   the ppm); it is shown and used by the margin solver, never multiplied back into money here.
 * - Ratios (contribution margin, trade spend rate, net-net factor, retailer margin) are exact
 *   ratios of the fen figures rounded to the ppm. A net-net price is s × N / G, from the exact
 *   ratio, rounded to the fen.
 * - Fixed fees per unit f = F / Σq rounded DOWN to the fen: the solver then never counts on fee
 *   income the retailer does not get, so its price still meets the margin target.
 * - The break-even purchase value is solved exactly and rounded UP to the fen.
 */
import { mulDivRoundHalfUp } from './exact'
import type { Ppm } from '../rate'
import {
  conditionalRebateFen,
  conditionalRebateRatePpm,
  rebateTierProgress,
  sortedTiers,
  type RebateTierProgress
} from './conditional-rebate'
import type { EconomicsFigureKey } from './figures'
import {
  DAYS_PER_YEAR,
  effectivePaymentDays,
  financingCostFen,
  fixedFeeAmountFen,
  termLineKey,
  type ConditionalRebate,
  type TermLine,
  type TermSheet,
  type TermSide
} from './term-lines'

/** One SKU of the planned assortment: planned annual units and the unit prices, fen. */
export interface AssortmentLine {
  skuId: string
  units: number
  supplyFen: number
  retailFen: number
  unitCostFen: number
}

/** What the account brings besides its terms. */
export interface AccountPlan {
  assortment: readonly AssortmentLine[]
  /** Stores the per-store fees are charged on; null while unknown. */
  storeCount: number | null
  /** The account's days of inventory, for consignment 代销; null while unknown. */
  daysOfInventory: number | null
  /** P: supplier promotion funding for the year (from the promotion plan), fen. */
  promotionFundingFen: number
  /** The retailer's comprehensive margin target 综合毛利率目标, ppm; null when none is set. */
  marginTargetPpm: Ppm | null
}

/** Workspace settings the terms depend on. */
export interface TermsSettings {
  /** Annual interest rate for the financing cost, ppm (4.35% = 43,500). */
  annualInterestPpm: Ppm
}

export const ECONOMICS_NULL_REASONS = [
  'noAssortment', // nothing planned
  'noPurchaseValue', // G = 0
  'noRetailValue', // V = 0
  'noUnits', // Σq = 0
  'storeCountMissing', // a per-store fee without a store count
  'paymentNotSet', // no payment term on this side
  'daysOfInventoryMissing', // consignment without the account's days of inventory
  'noMarginTarget',
  'neverBreaksEven' // contribution stays below zero at every purchase value
] as const
export type EconomicsNullReason = (typeof ECONOMICS_NULL_REASONS)[number]

/** One term line's value and amount on the side computed. */
export interface TermLineAmount {
  lineId: string
  key: string
  line: TermLine
  /** The rate for percentage lines (effective rate for the conditional rebate), else null. */
  ratePpm: Ppm | null
  /** The amount for the year, fen; null when it cannot be worked out (see nullReasons). */
  amountFen: number | null
  /** No value entered on this side: counted as nothing charged. */
  isUnset: boolean
}


export interface AccountEconomics {
  side: TermSide
  skuCount: number
  unitsTotal: number
  purchaseValueFen: number
  retailValueFen: number
  cogsFen: number
  lineAmounts: TermLineAmount[]
  /** D%: all percentage terms, the conditional rebate at its effective rate for G. */
  percentageTermsPpm: Ppm
  /** G·D%: the sum of the percentage-term amounts. */
  percentageTermsFen: number
  conditionalRebateFen: number
  fixedFeesFen: number | null
  promotionFundingFen: number
  effectivePaymentDays: number | null
  financingCostFen: number | null
  netRevenueFen: number | null
  contributionFen: number | null
  contributionMarginPpm: Ppm | null
  tradeSpendRatePpm: Ppm | null
  netNetFactorPpm: Ppm | null
  retailerMarginPpm: Ppm | null
  marginTargetPpm: Ppm | null
  /** Retailer margin − target (negative: below target). */
  marginGapPpm: Ppm | null
  breakEvenPurchaseFen: number | null
  fixedFeePerUnitFen: number | null
  /** Tier progress of the (first) conditional rebate on this side; null without one. */
  tierProgress: RebateTierProgress | null
  unsetLineIds: string[]
  /** Why a figure is null. */
  nullReasons: Partial<Record<EconomicsFigureKey | 'marginGapPpm', EconomicsNullReason>>
}

interface AssortmentTotals {
  unitsTotal: number
  purchaseValueFen: number
  retailValueFen: number
  cogsFen: number
}

export function assortmentTotals(assortment: readonly AssortmentLine[]): AssortmentTotals {
  let unitsTotal = 0
  let purchaseValueFen = 0
  let retailValueFen = 0
  let cogsFen = 0
  for (const line of assortment) {
    unitsTotal += line.units
    purchaseValueFen += line.units * line.supplyFen
    retailValueFen += line.units * line.retailFen
    cogsFen += line.units * line.unitCostFen
  }
  return { unitsTotal, purchaseValueFen, retailValueFen, cogsFen }
}

const ppmOf = (numerator: number, denominator: number): Ppm => mulDivRoundHalfUp(numerator, 1_000_000, denominator)

function lineAmount(
  line: TermLine,
  side: TermSide,
  purchaseValueFen: number,
  skuCount: number,
  storeCount: number | null
): TermLineAmount {
  const base = { lineId: line.id, key: termLineKey(line), line }
  switch (line.category) {
    case 'fixed': {
      const value = line.values[side]
      if (value === null) return { ...base, ratePpm: null, amountFen: 0, isUnset: true }
      return { ...base, ratePpm: null, amountFen: fixedFeeAmountFen(line.basis, value, skuCount, storeCount), isUnset: false }
    }
    case 'percentage': {
      const rate = line.values[side]
      if (rate === null) return { ...base, ratePpm: 0, amountFen: 0, isUnset: true }
      return { ...base, ratePpm: rate, amountFen: mulDivRoundHalfUp(purchaseValueFen, rate, 1_000_000), isUnset: false }
    }
    case 'conditionalRebate': {
      const rebate = line.values[side]
      if (rebate === null) return { ...base, ratePpm: 0, amountFen: 0, isUnset: true }
      return {
        ...base,
        ratePpm: conditionalRebateRatePpm(rebate, purchaseValueFen),
        amountFen: conditionalRebateFen(rebate, purchaseValueFen),
        isUnset: false
      }
    }
  }
}

/** The economics of one side of the term sheet over the account's plan. */
export function accountEconomics(
  plan: AccountPlan,
  sheet: TermSheet,
  side: TermSide,
  settings: TermsSettings
): AccountEconomics {
  const nullReasons: AccountEconomics['nullReasons'] = {}
  const totals = assortmentTotals(plan.assortment)
  const G = totals.purchaseValueFen
  // "Per SKU" fees count every SKU in the plan, planned units or not: the retailer charges for listing.
  const skuCount = plan.assortment.length
  const lineAmounts = sheet.lines.map((line) => lineAmount(line, side, G, skuCount, plan.storeCount))

  let percentageTermsPpm = 0
  let percentageTermsFen = 0
  let conditionalFen = 0
  let fixedFeesFen: number | null = 0
  for (const amount of lineAmounts) {
    if (amount.line.category === 'fixed') {
      fixedFeesFen = fixedFeesFen === null || amount.amountFen === null ? null : fixedFeesFen + amount.amountFen
    } else {
      percentageTermsPpm += amount.ratePpm ?? 0
      percentageTermsFen += amount.amountFen ?? 0
      if (amount.line.category === 'conditionalRebate') conditionalFen += amount.amountFen ?? 0
    }
  }
  if (fixedFeesFen === null) nullReasons.fixedFeesFen = 'storeCountMissing'

  const firstRebate = firstConditionalRebate(sheet.lines, side)
  const payment = sheet.payment[side]
  let effectiveDays: number | null = null
  if (payment === null) nullReasons.effectivePaymentDays = 'paymentNotSet'
  else {
    effectiveDays = effectivePaymentDays(payment, plan.daysOfInventory)
    if (effectiveDays === null) nullReasons.effectivePaymentDays = 'daysOfInventoryMissing'
  }
  const financing = effectiveDays === null ? null : financingCostFen(G, settings.annualInterestPpm, effectiveDays)
  if (financing === null && nullReasons.effectivePaymentDays) nullReasons.financingCostFen = nullReasons.effectivePaymentDays

  const P = plan.promotionFundingFen
  const netRevenue =
    fixedFeesFen === null || financing === null ? null : G - percentageTermsFen - fixedFeesFen - P - financing
  const netRevenueReason = nullReasons.fixedFeesFen ?? nullReasons.financingCostFen
  if (netRevenueReason) nullReasons.netRevenueFen = nullReasons.contributionFen = netRevenueReason
  const contribution = netRevenue === null ? null : netRevenue - totals.cogsFen

  // Everything divided by G needs a plan first and a positive G second.
  const perGReason: EconomicsNullReason | null = skuCount === 0 ? 'noAssortment' : G <= 0 ? 'noPurchaseValue' : null
  const overG = (numerator: number | null, key: EconomicsFigureKey, upstream?: EconomicsNullReason): Ppm | null => {
    const reason = perGReason ?? (numerator === null ? upstream : undefined)
    if (reason !== undefined) nullReasons[key] = reason
    return perGReason !== null || numerator === null ? null : ppmOf(numerator, G)
  }
  const contributionMarginPpm = overG(contribution, 'contributionMarginPpm', nullReasons.contributionFen)
  const spend = fixedFeesFen === null ? null : percentageTermsFen + fixedFeesFen + P
  const tradeSpendRatePpm = overG(spend, 'tradeSpendRatePpm', nullReasons.fixedFeesFen)
  const netNetFactorPpm = overG(netRevenue, 'netNetFactorPpm', nullReasons.netRevenueFen)

  const V = totals.retailValueFen
  let retailerMarginPpm: Ppm | null = null
  if (skuCount === 0) nullReasons.retailerMarginPpm = 'noAssortment'
  else if (V <= 0) nullReasons.retailerMarginPpm = 'noRetailValue'
  else if (spend === null) nullReasons.retailerMarginPpm = 'storeCountMissing'
  else retailerMarginPpm = ppmOf(V - G + spend, V)
  const marginTargetPpm = plan.marginTargetPpm
  let marginGapPpm: Ppm | null = null
  if (marginTargetPpm === null) nullReasons.marginGapPpm = 'noMarginTarget'
  else if (retailerMarginPpm === null) nullReasons.marginGapPpm = nullReasons.retailerMarginPpm ?? 'noRetailValue'
  else marginGapPpm = retailerMarginPpm - marginTargetPpm

  let fixedFeePerUnitFen: number | null = null
  if (skuCount === 0) nullReasons.fixedFeePerUnitFen = 'noAssortment'
  else if (totals.unitsTotal <= 0) nullReasons.fixedFeePerUnitFen = 'noUnits'
  else if (fixedFeesFen === null) nullReasons.fixedFeePerUnitFen = 'storeCountMissing'
  else fixedFeePerUnitFen = Math.floor(fixedFeesFen / totals.unitsTotal)

  let breakEvenPurchaseFen: number | null = null
  if (perGReason !== null) nullReasons.breakEvenPurchaseFen = perGReason
  else if (netRevenueReason) nullReasons.breakEvenPurchaseFen = netRevenueReason
  else if (fixedFeesFen === null || effectiveDays === null) nullReasons.breakEvenPurchaseFen = 'paymentNotSet'
  else {
    breakEvenPurchaseFen = breakEvenPurchaseValueFen({
      purchaseValueFen: G,
      cogsFen: totals.cogsFen,
      fixedFeesFen,
      promotionFundingFen: P,
      linearPercentagePpm: lineAmounts.reduce(
        (sum, amount) => (amount.line.category === 'percentage' ? sum + (amount.ratePpm ?? 0) : sum),
        0
      ),
      conditionalRebates: conditionalRebatesOn(sheet.lines, side),
      annualInterestPpm: settings.annualInterestPpm,
      effectivePaymentDays: effectiveDays
    })
    if (breakEvenPurchaseFen === null) nullReasons.breakEvenPurchaseFen = 'neverBreaksEven'
  }

  return {
    side,
    skuCount,
    unitsTotal: totals.unitsTotal,
    purchaseValueFen: G,
    retailValueFen: V,
    cogsFen: totals.cogsFen,
    lineAmounts,
    percentageTermsPpm,
    percentageTermsFen,
    conditionalRebateFen: conditionalFen,
    fixedFeesFen,
    promotionFundingFen: P,
    effectivePaymentDays: effectiveDays,
    financingCostFen: financing,
    netRevenueFen: netRevenue,
    contributionFen: contribution,
    contributionMarginPpm,
    tradeSpendRatePpm,
    netNetFactorPpm,
    retailerMarginPpm,
    marginTargetPpm,
    marginGapPpm,
    breakEvenPurchaseFen,
    fixedFeePerUnitFen,
    tierProgress: firstRebate === null ? null : rebateTierProgress(firstRebate, G),
    unsetLineIds: lineAmounts.filter((amount) => amount.isUnset).map((amount) => amount.lineId),
    nullReasons
  }
}

function conditionalRebatesOn(lines: readonly TermLine[], side: TermSide): ConditionalRebate[] {
  const rebates: ConditionalRebate[] = []
  for (const line of lines) {
    if (line.category !== 'conditionalRebate') continue
    const rebate = line.values[side]
    if (rebate !== null) rebates.push(rebate)
  }
  return rebates
}

function firstConditionalRebate(lines: readonly TermLine[], side: TermSide): ConditionalRebate | null {
  return conditionalRebatesOn(lines, side)[0] ?? null
}

/** What the break-even search needs: the current plan's totals and the terms' structure. */
export interface BreakEvenInput {
  purchaseValueFen: number
  cogsFen: number
  fixedFeesFen: number
  promotionFundingFen: number
  /** Sum of the percentage terms that do not depend on G, ppm. */
  linearPercentagePpm: Ppm
  conditionalRebates: readonly ConditionalRebate[]
  annualInterestPpm: Ppm
  effectivePaymentDays: number
}

/**
 * The purchase value G at which contribution = 0 for the same mix: every planned quantity scaled
 * by one factor, so COGS = c·G (c = COGS / G now) and K = k·G (k = interest × days / 365) scale
 * with G, F and P stay, the flat percentage terms are d·G, and each conditional rebate is linear
 * between its thresholds (whole: rate·G; excess: the lower bands' full amounts + rate·(G − T)).
 * Between consecutive thresholds of all rebates, contribution(G) = a·G + b exactly; the answer is
 * the smallest G ≥ 0 with contribution(G) ≥ 0, rounded up to the fen. In whole mode the rate steps
 * up at a threshold, so contribution only ever jumps DOWN there and every upward crossing is a
 * root inside a band. Null when contribution is negative everywhere (the unit economics lose money
 * at any volume) or there is no purchase value to scale.
 */
export function breakEvenPurchaseValueFen(input: BreakEvenInput): number | null {
  const G0 = input.purchaseValueFen
  if (G0 <= 0) return null
  const costShare = input.cogsFen / G0
  const financingShare = (input.annualInterestPpm / 1_000_000) * (input.effectivePaymentDays / DAYS_PER_YEAR)
  const flatShare = input.linearPercentagePpm / 1_000_000
  const fixed = input.fixedFeesFen + input.promotionFundingFen

  const breakpoints = [
    ...new Set(input.conditionalRebates.flatMap((rebate) => rebate.tiers.map((tier) => tier.thresholdFen)))
  ]
    .filter((threshold) => threshold > 0)
    .sort((a, b) => a - b)
  const starts = [0, ...breakpoints]
  for (let index = 0; index < starts.length; index++) {
    const lo = starts[index] ?? 0
    const hi = starts[index + 1] ?? Number.POSITIVE_INFINITY
    let slope = 1 - flatShare - financingShare - costShare
    let intercept = -fixed
    for (const rebate of input.conditionalRebates) {
      const piece = rebateLinearPiece(rebate, lo)
      slope -= piece.slope
      intercept -= piece.intercept
    }
    const atLo = slope * lo + intercept
    if (atLo >= 0) return Math.ceil(lo)
    if (slope > 0) {
      // Round away float noise at the millionth of a fen before rounding up to the fen.
      const root = Math.round((-intercept / slope) * 1e6) / 1e6
      if (root < hi) return Math.ceil(root)
    }
  }
  return null
}

/** The rebate as slope·G + intercept on the band that starts at `at` (unrounded, in fen). */
function rebateLinearPiece(rebate: ConditionalRebate, at: number): { slope: number; intercept: number } {
  const tiers = sortedTiers(rebate.tiers)
  let reached = -1
  tiers.forEach((tier, index) => {
    if (at >= tier.thresholdFen) reached = index
  })
  const tier = tiers[reached]
  if (!tier) return { slope: 0, intercept: 0 }
  const rate = tier.ratePpm / 1_000_000
  if (rebate.mode === 'whole') return { slope: rate, intercept: 0 }
  let lowerBands = 0
  for (let index = 0; index < reached; index++) {
    const from = tiers[index]
    const to = tiers[index + 1]
    if (from && to) lowerBands += (from.ratePpm / 1_000_000) * (to.thresholdFen - from.thresholdFen)
  }
  return { slope: rate, intercept: lowerBands - rate * tier.thresholdFen }
}

/**
 * Net-net price 净净价 of a SKU: s × net-net factor, from the exact ratio N / G (not the rounded
 * ppm) and rounded half up to the fen. Null when the factor is (see nullReasons.netNetFactorPpm).
 * A function rather than a list in AccountEconomics: the comparison recomputes hundreds of
 * accounts and must not build a price per assortment line it never shows.
 */
export function netNetPriceFen(economics: AccountEconomics, supplyFen: number): number | null {
  const { netRevenueFen, purchaseValueFen } = economics
  if (netRevenueFen === null || purchaseValueFen <= 0 || economics.netNetFactorPpm === null) return null
  return mulDivRoundHalfUp(supplyFen, netRevenueFen, purchaseValueFen)
}

export interface NetNetPrice {
  skuId: string
  supplyFen: number
  netNetFen: number | null
}

/** The net-net price of every SKU of the plan, in assortment order. */
export function netNetPrices(plan: AccountPlan, economics: AccountEconomics): NetNetPrice[] {
  return plan.assortment.map((line) => ({
    skuId: line.skuId,
    supplyFen: line.supplyFen,
    netNetFen: netNetPriceFen(economics, line.supplyFen)
  }))
}

/** What the SKU margin solver needs: s = (r·(1 − m*) + f) / (1 − D%). */
export interface MarginSolverTerms {
  percentageTermsPpm: Ppm
  fixedFeePerUnitFen: number | null
}

export function marginSolverTerms(economics: AccountEconomics): MarginSolverTerms {
  return { percentageTermsPpm: economics.percentageTermsPpm, fixedFeePerUnitFen: economics.fixedFeePerUnitFen }
}
