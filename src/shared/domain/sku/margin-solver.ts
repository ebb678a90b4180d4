/**
 * Margin solver 毛利率倒推: the supply price 供货价 that gives the retailer a target margin m* at
 * retail price r, and the reverse (the retail price for a supply price). Formulas as ka-domain.md:
 *   front 前台毛利:        s = r·(1 − m*)
 *   comprehensive 综合毛利: s = (r·(1 − m*) + f) / (1 − D%)
 * with D% the sum of percentage terms and f the fixed fees per unit. All arithmetic is exact
 * integer arithmetic (BigInt once fen × ppm could pass 2^53), so "rounded down to the fen" is never
 * off by a float error, and each solved price is checked by recomputing the margin from it.
 */
import type { AccountFormat } from '../accounts/account'
import { PPM_PER_UNIT, type Ppm } from '../rate'
import { ceilDiv, ceilDivSafe, FAST_PATH_LIMIT_FEN, floorDiv, floorDivSafe, PPM, roundDivBig, roundDivSafe } from './exact-ratio'

/** Seed (产品的进场): "原则上要保证KA连锁60%的毛利润" — pharmacy chains get 60% by default. */
export const PHARMACY_CHAIN_DEFAULT_MARGIN_TARGET_PPM: Ppm = 600_000

/** The seed sets a margin target only for pharmacy chains; other formats have none until set. */
export const DEFAULT_MARGIN_TARGET_PPM_BY_FORMAT = {
  hypermarket: null,
  supermarket: null,
  convenience: null,
  pharmacy: PHARMACY_CHAIN_DEFAULT_MARGIN_TARGET_PPM
} satisfies Record<AccountFormat, Ppm | null>

export type MarginTargetSource = 'sku' | 'account' | 'formatDefault' | 'none'

/** The target that applies to one SKU at one account: SKU target ?? account target ?? format default. */
export function resolveMarginTarget(input: {
  skuTargetPpm?: Ppm | null
  accountTargetPpm?: Ppm | null
  format?: AccountFormat | null
}): { targetPpm: Ppm | null; source: MarginTargetSource } {
  if (input.skuTargetPpm !== null && input.skuTargetPpm !== undefined) return { targetPpm: input.skuTargetPpm, source: 'sku' }
  if (input.accountTargetPpm !== null && input.accountTargetPpm !== undefined) {
    return { targetPpm: input.accountTargetPpm, source: 'account' }
  }
  const formatDefault = input.format ? DEFAULT_MARGIN_TARGET_PPM_BY_FORMAT[input.format] : null
  return formatDefault === null ? { targetPpm: null, source: 'none' } : { targetPpm: formatDefault, source: 'formatDefault' }
}

/** Which margin the target is about: the front margin, or the comprehensive one with the terms. */
export type MarginBasis =
  | { mode: 'front' }
  | { mode: 'comprehensive'; percentageTermsPpm: Ppm; fixedFeesPerUnitFen: number }

export const FRONT_MARGIN: MarginBasis = { mode: 'front' }

export type SolverIssueCode =
  | 'targetNotBelowFull'
  | 'targetNegative'
  | 'percentageTermsNotBelowFull'
  | 'percentageTermsNegative'
  | 'fixedFeesNegative'
  | 'retailPriceNotPositive'
  | 'supplyPriceNotPositive'
  | 'solvedPriceNotPositive'
  | 'notWholeNumber'
  /** Batch only: no SKU, account or format target applies to the row. */
  | 'targetMissing'

export interface SolverIssue {
  code: SolverIssueCode
  params: Record<string, string | number>
}

export type SolverResult<T> = { ok: true; value: T } | ({ ok: false } & SolverIssue)

const refuse = (code: SolverIssueCode, params: Record<string, string | number> = {}): { ok: false } & SolverIssue => ({
  ok: false,
  code,
  params
})

function checkTargetAndBasis(targetMarginPpm: Ppm, basis: MarginBasis): SolverResult<null> {
  if (!Number.isSafeInteger(targetMarginPpm)) return refuse('notWholeNumber', { field: 'targetMarginPpm' })
  if (targetMarginPpm < 0) return refuse('targetNegative', { targetPpm: targetMarginPpm })
  if (targetMarginPpm >= PPM_PER_UNIT) return refuse('targetNotBelowFull', { targetPpm: targetMarginPpm })
  if (basis.mode === 'comprehensive') {
    if (!Number.isSafeInteger(basis.percentageTermsPpm)) return refuse('notWholeNumber', { field: 'percentageTermsPpm' })
    if (!Number.isSafeInteger(basis.fixedFeesPerUnitFen)) return refuse('notWholeNumber', { field: 'fixedFeesPerUnitFen' })
    if (basis.percentageTermsPpm < 0) return refuse('percentageTermsNegative', { percentageTermsPpm: basis.percentageTermsPpm })
    if (basis.percentageTermsPpm >= PPM_PER_UNIT) {
      return refuse('percentageTermsNotBelowFull', { percentageTermsPpm: basis.percentageTermsPpm })
    }
    if (basis.fixedFeesPerUnitFen < 0) return refuse('fixedFeesNegative', { fixedFeesPerUnitFen: basis.fixedFeesPerUnitFen })
  }
  return { ok: true, value: null }
}

const termsOf = (basis: MarginBasis): { d: number; f: number } =>
  basis.mode === 'front' ? { d: 0, f: 0 } : { d: basis.percentageTermsPpm, f: basis.fixedFeesPerUnitFen }

const isFast = (a: number, b: number, c: number): boolean =>
  Math.abs(a) <= FAST_PATH_LIMIT_FEN && Math.abs(b) <= FAST_PATH_LIMIT_FEN && Math.abs(c) <= FAST_PATH_LIMIT_FEN

/**
 * The retailer's margin amount per unit × 10^6, exactly: front (r − s)·10^6; comprehensive
 * r·10^6 − s·(10^6 − D) + f·10^6, i.e. (r − s + s·D% + f) scaled so no rounding happens.
 */
function scaledMarginBig(supplyPriceFen: number, retailPriceFen: number, d: number, f: number): bigint {
  return BigInt(retailPriceFen) * PPM - BigInt(supplyPriceFen) * (PPM - BigInt(d)) + BigInt(f) * PPM
}

/**
 * The retailer's margin for one unit, ppm rounded half up (for display): front (r − s) / r, or
 * comprehensive (r − s + s·D% + f) / r. Null when the retail price is not positive.
 */
export function retailerMarginPpm(supplyPriceFen: number, retailPriceFen: number, basis: MarginBasis = FRONT_MARGIN): Ppm | null {
  if (retailPriceFen <= 0) return null
  const { d, f } = termsOf(basis)
  // margin ppm = scaled / (r·10^6) × 10^6 = scaled / r
  if (isFast(supplyPriceFen, retailPriceFen, f)) {
    return roundDivSafe(retailPriceFen * PPM_PER_UNIT - supplyPriceFen * (PPM_PER_UNIT - d) + f * PPM_PER_UNIT, retailPriceFen)
  }
  return Number(roundDivBig(scaledMarginBig(supplyPriceFen, retailPriceFen, d, f), BigInt(retailPriceFen)))
}

/** Whether the margin reaches the target, compared exactly (59.99995% does not meet 60%). */
export function meetsMarginTarget(
  supplyPriceFen: number,
  retailPriceFen: number,
  targetMarginPpm: Ppm,
  basis: MarginBasis = FRONT_MARGIN
): boolean | null {
  if (retailPriceFen <= 0) return null
  const { d, f } = termsOf(basis)
  // margin ≥ m*/10^6  ⇔  scaled margin ≥ m*·r  (both sides × r·10^6)
  if (isFast(supplyPriceFen, retailPriceFen, f)) {
    return retailPriceFen * PPM_PER_UNIT - supplyPriceFen * (PPM_PER_UNIT - d) + f * PPM_PER_UNIT >= targetMarginPpm * retailPriceFen
  }
  return scaledMarginBig(supplyPriceFen, retailPriceFen, d, f) >= BigInt(targetMarginPpm) * BigInt(retailPriceFen)
}

export interface SolvedPrice {
  supplyPriceFen: number
  retailPriceFen: number
  /** The margin recomputed from the rounded price (ppm, half up). */
  marginPpm: Ppm
  /** Recomputed exactly from the rounded price; true whenever the solver succeeded. */
  isTargetMet: boolean
  /** Supply price below unit cost: a warning, the price is still offered. Null without a cost. */
  isBelowUnitCost: boolean | null
}

function solved(supplyPriceFen: number, retailPriceFen: number, targetMarginPpm: Ppm, basis: MarginBasis, unitCostFen: number | null | undefined): SolvedPrice {
  return {
    supplyPriceFen,
    retailPriceFen,
    marginPpm: retailerMarginPpm(supplyPriceFen, retailPriceFen, basis) ?? 0,
    isTargetMet: meetsMarginTarget(supplyPriceFen, retailPriceFen, targetMarginPpm, basis) === true,
    isBelowUnitCost: unitCostFen === null || unitCostFen === undefined ? null : supplyPriceFen < unitCostFen
  }
}

/**
 * The highest supply price (whole fen, rounded DOWN) at which the retailer still makes the target
 * margin at retail price r: floor((r·(10^6 − m*) + f·10^6) / (10^6 − D)).
 */
export function solveSupplyPrice(input: {
  retailPriceFen: number
  targetMarginPpm: Ppm
  basis?: MarginBasis
  unitCostFen?: number | null
}): SolverResult<SolvedPrice> {
  const basis = input.basis ?? FRONT_MARGIN
  const checked = checkTargetAndBasis(input.targetMarginPpm, basis)
  if (!checked.ok) return checked
  if (!Number.isSafeInteger(input.retailPriceFen)) return refuse('notWholeNumber', { field: 'retailPriceFen' })
  if (input.retailPriceFen <= 0) return refuse('retailPriceNotPositive', { retailPriceFen: input.retailPriceFen })
  const { d, f } = termsOf(basis)
  // Below the fast-path limit the quotient is at most r + f, so it is a safe integer either way.
  const supplyPriceFen = isFast(input.retailPriceFen, f, 0)
    ? floorDivSafe(input.retailPriceFen * (PPM_PER_UNIT - input.targetMarginPpm) + f * PPM_PER_UNIT, PPM_PER_UNIT - d)
    : Number(floorDiv(BigInt(input.retailPriceFen) * (PPM - BigInt(input.targetMarginPpm)) + BigInt(f) * PPM, PPM - BigInt(d)))
  if (supplyPriceFen <= 0) return refuse('solvedPriceNotPositive', { priceFen: supplyPriceFen })
  if (!Number.isSafeInteger(supplyPriceFen)) return refuse('notWholeNumber', { field: 'supplyPriceFen' })
  return { ok: true, value: solved(supplyPriceFen, input.retailPriceFen, input.targetMarginPpm, basis, input.unitCostFen) }
}

/**
 * The lowest retail price (whole fen, rounded UP) at which a given supply price still gives the
 * retailer the target margin: ceil((s·(10^6 − D) − f·10^6) / (10^6 − m*)).
 */
export function solveRetailPrice(input: {
  supplyPriceFen: number
  targetMarginPpm: Ppm
  basis?: MarginBasis
  unitCostFen?: number | null
}): SolverResult<SolvedPrice> {
  const basis = input.basis ?? FRONT_MARGIN
  const checked = checkTargetAndBasis(input.targetMarginPpm, basis)
  if (!checked.ok) return checked
  if (!Number.isSafeInteger(input.supplyPriceFen)) return refuse('notWholeNumber', { field: 'supplyPriceFen' })
  if (input.supplyPriceFen <= 0) return refuse('supplyPriceNotPositive', { supplyPriceFen: input.supplyPriceFen })
  const { d, f } = termsOf(basis)
  const retailPriceFen = isFast(input.supplyPriceFen, f, 0)
    ? ceilDivSafe(input.supplyPriceFen * (PPM_PER_UNIT - d) - f * PPM_PER_UNIT, PPM_PER_UNIT - input.targetMarginPpm)
    : Number(ceilDiv(BigInt(input.supplyPriceFen) * (PPM - BigInt(d)) - BigInt(f) * PPM, PPM - BigInt(input.targetMarginPpm)))
  // Fees per unit larger than what the retailer pays net: any price would do, so none is offered.
  if (retailPriceFen <= 0) return refuse('solvedPriceNotPositive', { priceFen: retailPriceFen })
  if (!Number.isSafeInteger(retailPriceFen)) return refuse('notWholeNumber', { field: 'retailPriceFen' })
  return { ok: true, value: solved(input.supplyPriceFen, retailPriceFen, input.targetMarginPpm, basis, input.unitCostFen) }
}

export interface SupplyPriceBatchRow {
  skuCode: string
  retailPriceFen: number
  currentSupplyPriceFen: number | null
  unitCostFen: number | null
  targetMarginPpm: Ppm | null
  /** This SKU's fixed fees per unit, overriding the batch basis's (comprehensive mode only). */
  fixedFeesPerUnitFen?: number
}

export interface SupplyPricePreviewRow {
  skuCode: string
  oldSupplyPriceFen: number | null
  newSupplyPriceFen: number | null
  /** new − old, fen (null when either is missing). */
  changeFen: number | null
  oldMarginPpm: Ppm | null
  newMarginPpm: Ppm | null
  isBelowUnitCost: boolean | null
  issue: SolverIssue | null
}

export interface SupplyPricePreview {
  rows: SupplyPricePreviewRow[]
  solvedCount: number
  failedCount: number
  belowCostCount: number
  /** Rows whose price goes down (the supplier gives margin away) and up. */
  loweredCount: number
  raisedCount: number
}

/** Solves many rows at once and previews old → new price and margin, for the user to confirm. */
export function previewSupplyPrices(rows: readonly SupplyPriceBatchRow[], basis: MarginBasis = FRONT_MARGIN): SupplyPricePreview {
  const preview: SupplyPricePreview = { rows: [], solvedCount: 0, failedCount: 0, belowCostCount: 0, loweredCount: 0, raisedCount: 0 }
  for (const row of rows) {
    const rowBasis: MarginBasis =
      basis.mode === 'comprehensive' && row.fixedFeesPerUnitFen !== undefined
        ? { ...basis, fixedFeesPerUnitFen: row.fixedFeesPerUnitFen }
        : basis
    const old = row.currentSupplyPriceFen
    const oldMarginPpm = old === null ? null : retailerMarginPpm(old, row.retailPriceFen, rowBasis)
    const result =
      row.targetMarginPpm === null
        ? null
        : solveSupplyPrice({ retailPriceFen: row.retailPriceFen, targetMarginPpm: row.targetMarginPpm, basis: rowBasis, unitCostFen: row.unitCostFen })
    if (result === null || !result.ok) {
      preview.failedCount += 1
      preview.rows.push({
        skuCode: row.skuCode,
        oldSupplyPriceFen: old,
        newSupplyPriceFen: null,
        changeFen: null,
        oldMarginPpm,
        newMarginPpm: null,
        isBelowUnitCost: null,
        issue: result === null ? { code: 'targetMissing', params: {} } : { code: result.code, params: result.params }
      })
      continue
    }
    const price = result.value
    preview.solvedCount += 1
    if (price.isBelowUnitCost === true) preview.belowCostCount += 1
    if (old !== null && price.supplyPriceFen < old) preview.loweredCount += 1
    if (old !== null && price.supplyPriceFen > old) preview.raisedCount += 1
    preview.rows.push({
      skuCode: row.skuCode,
      oldSupplyPriceFen: old,
      newSupplyPriceFen: price.supplyPriceFen,
      changeFen: old === null ? null : price.supplyPriceFen - old,
      oldMarginPpm,
      newMarginPpm: price.marginPpm,
      isBelowUnitCost: price.isBelowUnitCost,
      issue: null
    })
  }
  return preview
}
