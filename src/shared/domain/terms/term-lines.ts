/**
 * The term sheet 合同条款 of one account and contract year, as ka-domain.md "Trade terms" lists it.
 * Every line holds three values: the retailer's ask 对方要求, our offer 我方报价 and the agreed
 * value 签约 (null until signed). Money is integer fen, rates are ppm (see ../rate.ts).
 */
import type { Ppm } from '../rate'
import { mulDivRoundHalfUp } from './exact'

/** The three values a term line holds, in negotiation order. */
export const TERM_SIDES = ['ask', 'offer', 'agreed'] as const
export type TermSide = (typeof TERM_SIDES)[number]
export type TermValues<T> = Record<TermSide, T | null>

/** Fixed fees 固定费用; `customFixed` is a line a retailer invented (it carries its own name). */
export const FIXED_FEE_KINDS = [
  'entry', // 进场费
  'barcode', // 条码费
  'anniversary', // 店庆费
  'festival', // 节庆费
  'dmPoster', // DM/海报费
  'display', // 陈列费
  'endCap', // 端架
  'floorStack', // 堆头
  'newStore', // 新店开业费
  'system', // 信息费
  'customFixed'
] as const
export type FixedFeeKind = (typeof FIXED_FEE_KINDS)[number]

/** Percentage terms 比例费用 on the purchase value G at supply price, besides the tiered rebate. */
export const PERCENTAGE_TERM_KINDS = [
  'unconditionalRebate', // 无条件返利
  'promotionSupport', // 促销支持
  'logistics', // 物流配送费
  'damageReturns', // 损耗/退货补偿
  'yearEndRebate', // 年终返利
  'customPercentage'
] as const
export type PercentageTermKind = (typeof PERCENTAGE_TERM_KINDS)[number]

/** How a fixed fee multiplies out to the year. */
export const FEE_BASES = [
  'perYear', // 每年
  'perStore', // × stores
  'perSku', // × SKUs listed
  'perSkuPerStore', // × SKUs × stores (the barcode fee where charged per store)
  'perEvent', // × count (festivals, anniversaries)
  'perIssue', // × count (DM / poster issues)
  'perPeriod' // × count (display, end cap, floor stack periods)
] as const
export type FeeBasis = (typeof FEE_BASES)[number]

/** Bases that multiply by the line's own count. */
export const COUNTED_FEE_BASES: readonly FeeBasis[] = ['perEvent', 'perIssue', 'perPeriod']

/**
 * A fixed fee's value on one side: the unit amount and, for counted bases, how many events,
 * issues or periods. The count is part of the value because the retailer may ask for four
 * festivals where we offer two.
 */
export interface FixedFeeValue {
  unitFen: number
  count: number
}

/** 全额累进 whole: the reached tier's rate on all of G; 超额累进 excess: each rate on its band only. */
export const REBATE_TIER_MODES = ['whole', 'excess'] as const
export type RebateTierMode = (typeof REBATE_TIER_MODES)[number]

/** A tier starts at its threshold (annual purchase value, fen) inclusive. */
export interface RebateTier {
  thresholdFen: number
  ratePpm: Ppm
}

export interface ConditionalRebate {
  mode: RebateTierMode
  /** Ascending by threshold (termSheetIssues reports any other order). */
  tiers: RebateTier[]
}

export type FixedFeeLine = {
  id: string
  category: 'fixed'
  kind: FixedFeeKind
  /** The retailer's own name for the line; required for `customFixed`, optional otherwise. */
  name?: string
  basis: FeeBasis
  values: TermValues<FixedFeeValue>
}

export type PercentageTermLine = {
  id: string
  category: 'percentage'
  kind: PercentageTermKind
  name?: string
  values: TermValues<Ppm>
}

export type ConditionalRebateLine = {
  id: string
  category: 'conditionalRebate'
  kind: 'conditionalRebate' // 有条件返利
  name?: string
  values: TermValues<ConditionalRebate>
}

export type TermLine = FixedFeeLine | PercentageTermLine | ConditionalRebateLine

/** 结算方式: 票到N天 invoice, 月结N天 monthly statement, 代销 consignment. */
export const PAYMENT_MODES = ['invoice', 'monthly', 'consignment'] as const
export type PaymentMode = (typeof PAYMENT_MODES)[number]

export interface PaymentTerm {
  mode: PaymentMode
  days: number
}

export interface TermSheet {
  lines: TermLine[]
  payment: TermValues<PaymentTerm>
}

/**
 * Which row a line belongs to when accounts are compared: its kind, or for a retailer's own
 * line its name, so "堆头费" at two retailers lines up but two different custom fees do not.
 */
export function termLineKey(line: TermLine): string {
  if (line.kind === 'customFixed' || line.kind === 'customPercentage') return `${line.kind}:${line.name ?? ''}`
  return line.kind
}

/** Statement lag of a monthly statement 月结: on average half a month before the N days start. */
export const MONTHLY_STATEMENT_EXTRA_DAYS = 15

/**
 * Days the money is out (ka-domain.md "Payment"): N for invoice, N + 15 for a monthly statement,
 * N + the account's days of inventory for consignment (null while those are unknown).
 */
export function effectivePaymentDays(payment: PaymentTerm, daysOfInventory: number | null): number | null {
  switch (payment.mode) {
    case 'invoice':
      return payment.days
    case 'monthly':
      return payment.days + MONTHLY_STATEMENT_EXTRA_DAYS
    case 'consignment':
      return daysOfInventory === null ? null : payment.days + daysOfInventory
  }
}

export const DAYS_PER_YEAR = 365

/**
 * Financing cost K = G × annual interest × effective days / 365, computed exactly and rounded
 * half up to whole fen once.
 */
export function financingCostFen(purchaseValueFen: number, annualInterestPpm: Ppm, effectiveDays: number): number {
  return mulDivRoundHalfUp(purchaseValueFen, annualInterestPpm * effectiveDays, 1_000_000 * DAYS_PER_YEAR)
}

/** How many units a fee basis multiplies by (null when a store count is needed but unknown). */
export function feeMultiplier(
  basis: FeeBasis,
  count: number,
  skuCount: number,
  storeCount: number | null
): number | null {
  switch (basis) {
    case 'perYear':
      return 1
    case 'perStore':
      return storeCount
    case 'perSku':
      return skuCount
    case 'perSkuPerStore':
      return storeCount === null ? null : skuCount * storeCount
    case 'perEvent':
    case 'perIssue':
    case 'perPeriod':
      return count
  }
}

/** A fixed fee for the year, fen (exact: unit fen × an integer multiplier). */
export function fixedFeeAmountFen(
  basis: FeeBasis,
  value: FixedFeeValue,
  skuCount: number,
  storeCount: number | null
): number | null {
  const multiplier = feeMultiplier(basis, value.count, skuCount, storeCount)
  return multiplier === null ? null : value.unitFen * multiplier
}
