/**
 * Every figure of one account's assortment grid 产品结构/品项表, per line and in the totals row. The
 * grid, the services, the trade-terms module and the Word proposal all read them from here.
 * Money is integer fen; rates are ppm rounded half up for display; whether a target is met is
 * decided exactly (see `meetsMarginTarget`).
 */
import type { AccountFormat } from '../accounts/account'
import type { Ppm } from '../rate'
import { exactRatioPpm } from './exact-ratio'
import { FRONT_MARGIN, meetsMarginTarget, resolveMarginTarget, retailerMarginPpm, type MarginTargetSource } from './margin-solver'
import { isPlannedStatus, type AssortmentLine, type AssortmentStatus, type CatalogueSku } from './sku'

/** Errors: the line's figures cannot be computed until it is fixed. */
export type AssortmentErrorCode = 'supplyPriceNotPositive' | 'retailPriceNotPositive' | 'plannedUnitsInvalid'
/** Warnings: accepted and shown. */
export type AssortmentWarningCode = 'costAboveSupplyPrice' | 'retailBelowSupplyPrice' | 'marginBelowTarget'
/** Why some figures of a line are null. */
export type FigureNullReason = 'lineHasErrors' | 'retailPriceMissing' | 'plannedUnitsMissing' | 'unitCostMissing'

export interface AssortmentIssue<Code extends string> {
  code: Code
  params: Record<string, string | number>
}

/** Account price − catalogue price: fen, and ppm of the catalogue price (null when that is not positive). */
export interface PriceDeviation {
  fen: number
  ppm: Ppm | null
}

export type CatalogueSkuForFigures = Pick<
  CatalogueSku,
  'code' | 'unitCostFen' | 'listSupplyPriceFen' | 'suggestedRetailPriceFen' | 'isKeySku' | 'marginTargetPpm'
>

export interface AssortmentLineFigures {
  skuCode: string
  status: AssortmentStatus
  /** Listed or proposed: counted in the totals, the structure and the proposal. */
  isPlanned: boolean
  /** The account's prices: its own where set, else the catalogue's. */
  supplyPriceFen: number
  retailPriceFen: number | null
  /** Null when unknown or invalid. */
  plannedAnnualUnits: number | null
  isSupplyPriceFromCatalogue: boolean
  isRetailPriceFromCatalogue: boolean
  supplyPriceDeviation: PriceDeviation
  /** Null when either retail price is missing. */
  retailPriceDeviation: PriceDeviation | null
  /** 前台毛利率 (r − s) / r. */
  frontMarginPpm: Ppm | null
  retailerMarginPerUnitFen: number | null
  retailerMarginPerYearFen: number | null
  /** The supplier's unit contribution s − c. */
  supplierContributionPerUnitFen: number | null
  supplierContributionPerYearFen: number | null
  /** q·s, what the retailer buys. */
  plannedPurchaseValueFen: number | null
  /** q·r, what the shoppers pay. */
  plannedRetailValueFen: number | null
  /** q·c. */
  plannedCostValueFen: number | null
  marginTargetPpm: Ppm | null
  marginTargetSource: MarginTargetSource
  /** Against the front margin; null without a target or a margin. */
  meetsMarginTarget: boolean | null
  errors: AssortmentIssue<AssortmentErrorCode>[]
  warnings: AssortmentIssue<AssortmentWarningCode>[]
  nullReasons: FigureNullReason[]
}

export interface MarginTargetContext {
  accountTargetPpm: Ppm | null
  format: AccountFormat | null
}

/** For figures that do not depend on the account's target (e.g. other accounts' planned value). */
export const NO_ACCOUNT_TARGET: MarginTargetContext = { accountTargetPpm: null, format: null }

function deviation(accountFen: number, catalogueFen: number): PriceDeviation {
  return { fen: accountFen - catalogueFen, ppm: catalogueFen > 0 ? exactRatioPpm(BigInt(accountFen - catalogueFen), BigInt(catalogueFen)) : null }
}

export function assortmentLineFigures(
  line: AssortmentLine,
  sku: CatalogueSkuForFigures,
  target: MarginTargetContext = NO_ACCOUNT_TARGET
): AssortmentLineFigures {
  const supplyPriceFen = line.supplyPriceFen ?? sku.listSupplyPriceFen
  const retailPriceFen = line.retailPriceFen ?? sku.suggestedRetailPriceFen
  const units = line.plannedAnnualUnits
  const cost = sku.unitCostFen
  const { targetPpm, source } = resolveMarginTarget({
    skuTargetPpm: sku.marginTargetPpm,
    accountTargetPpm: target.accountTargetPpm,
    format: target.format
  })

  const errors: AssortmentIssue<AssortmentErrorCode>[] = []
  if (!(supplyPriceFen > 0)) errors.push({ code: 'supplyPriceNotPositive', params: { supplyPriceFen } })
  if (retailPriceFen !== null && !(retailPriceFen > 0)) errors.push({ code: 'retailPriceNotPositive', params: { retailPriceFen } })
  if (units !== null && !(Number.isSafeInteger(units) && units >= 0)) errors.push({ code: 'plannedUnitsInvalid', params: { units } })
  const isValid = errors.length === 0

  const nullReasons: FigureNullReason[] = []
  if (!isValid) nullReasons.push('lineHasErrors')
  if (retailPriceFen === null) nullReasons.push('retailPriceMissing')
  if (units === null) nullReasons.push('plannedUnitsMissing')
  if (cost === null) nullReasons.push('unitCostMissing')

  const hasRetail = isValid && retailPriceFen !== null
  const hasUnits = isValid && units !== null
  const hasCost = isValid && cost !== null
  const retailerMarginPerUnitFen = hasRetail ? retailPriceFen - supplyPriceFen : null
  const supplierContributionPerUnitFen = hasCost ? supplyPriceFen - cost : null
  const frontMarginPpm = hasRetail ? retailerMarginPpm(supplyPriceFen, retailPriceFen) : null
  const meetsTarget = hasRetail && targetPpm !== null ? meetsMarginTarget(supplyPriceFen, retailPriceFen, targetPpm, FRONT_MARGIN) : null

  const warnings: AssortmentIssue<AssortmentWarningCode>[] = []
  if (isValid && cost !== null && cost > supplyPriceFen) {
    warnings.push({ code: 'costAboveSupplyPrice', params: { unitCostFen: cost, supplyPriceFen } })
  }
  if (hasRetail && retailPriceFen < supplyPriceFen) {
    warnings.push({ code: 'retailBelowSupplyPrice', params: { retailPriceFen, supplyPriceFen } })
  }
  if (meetsTarget === false && targetPpm !== null) {
    warnings.push({ code: 'marginBelowTarget', params: { marginPpm: frontMarginPpm ?? 0, targetPpm } })
  }

  return {
    skuCode: line.skuCode,
    status: line.status,
    isPlanned: isPlannedStatus(line.status),
    supplyPriceFen,
    retailPriceFen,
    plannedAnnualUnits: hasUnits ? units : null,
    isSupplyPriceFromCatalogue: line.supplyPriceFen === null,
    isRetailPriceFromCatalogue: line.retailPriceFen === null,
    supplyPriceDeviation: deviation(supplyPriceFen, sku.listSupplyPriceFen),
    retailPriceDeviation:
      retailPriceFen === null || sku.suggestedRetailPriceFen === null ? null : deviation(retailPriceFen, sku.suggestedRetailPriceFen),
    frontMarginPpm,
    retailerMarginPerUnitFen,
    retailerMarginPerYearFen: retailerMarginPerUnitFen !== null && hasUnits ? units * retailerMarginPerUnitFen : null,
    supplierContributionPerUnitFen,
    supplierContributionPerYearFen: supplierContributionPerUnitFen !== null && hasUnits ? units * supplierContributionPerUnitFen : null,
    plannedPurchaseValueFen: hasUnits ? units * supplyPriceFen : null,
    plannedRetailValueFen: hasUnits && hasRetail ? units * retailPriceFen : null,
    plannedCostValueFen: hasUnits && hasCost ? units * cost : null,
    marginTargetPpm: targetPpm,
    marginTargetSource: source,
    meetsMarginTarget: meetsTarget,
    errors,
    warnings,
    nullReasons
  }
}

/**
 * The pinned totals row over the planned lines (listed + proposed; delisted lines are counted
 * apart). Sums are over the lines where the figure is known; each ratio is Σ numerator /
 * Σ denominator over the same lines, so a line without a retail price neither adds margin nor
 * retail value.
 */
export interface AssortmentTotals {
  plannedLineCount: number
  delistedLineCount: number
  /** Planned lines left out of the sums because they have errors or no planned units. */
  excludedLineCount: number
  plannedUnits: number
  plannedPurchaseValueFen: number
  plannedRetailValueFen: number
  retailerMarginPerYearFen: number
  /** Σ q(r − s) / Σ q·r. */
  frontMarginPpm: Ppm | null
  /** Lines in the purchase value that have no retail price (left out of the margin). */
  linesWithoutRetailPrice: number
  plannedCostValueFen: number
  supplierContributionPerYearFen: number
  /** Σ q(s − c) / Σ q·s over lines with a unit cost. */
  supplierContributionMarginPpm: Ppm | null
  linesWithoutUnitCost: number
  linesBelowTarget: number
  linesWithWarnings: number
}

export function assortmentTotals(lines: readonly AssortmentLineFigures[]): AssortmentTotals {
  const totals: AssortmentTotals = {
    plannedLineCount: 0,
    delistedLineCount: 0,
    excludedLineCount: 0,
    plannedUnits: 0,
    plannedPurchaseValueFen: 0,
    plannedRetailValueFen: 0,
    retailerMarginPerYearFen: 0,
    frontMarginPpm: null,
    linesWithoutRetailPrice: 0,
    plannedCostValueFen: 0,
    supplierContributionPerYearFen: 0,
    supplierContributionMarginPpm: null,
    linesWithoutUnitCost: 0,
    linesBelowTarget: 0,
    linesWithWarnings: 0
  }
  let purchaseValueWithCostFen = 0
  for (const line of lines) {
    if (!line.isPlanned) {
      totals.delistedLineCount += 1
      continue
    }
    totals.plannedLineCount += 1
    if (line.warnings.length > 0) totals.linesWithWarnings += 1
    if (line.meetsMarginTarget === false) totals.linesBelowTarget += 1
    if (line.plannedPurchaseValueFen === null) {
      totals.excludedLineCount += 1
      continue
    }
    totals.plannedUnits += line.plannedAnnualUnits ?? 0
    totals.plannedPurchaseValueFen += line.plannedPurchaseValueFen
    if (line.plannedRetailValueFen !== null && line.retailerMarginPerYearFen !== null) {
      totals.plannedRetailValueFen += line.plannedRetailValueFen
      totals.retailerMarginPerYearFen += line.retailerMarginPerYearFen
    } else {
      totals.linesWithoutRetailPrice += 1
    }
    if (line.plannedCostValueFen !== null && line.supplierContributionPerYearFen !== null) {
      totals.plannedCostValueFen += line.plannedCostValueFen
      totals.supplierContributionPerYearFen += line.supplierContributionPerYearFen
      purchaseValueWithCostFen += line.plannedPurchaseValueFen
    } else {
      totals.linesWithoutUnitCost += 1
    }
  }
  totals.frontMarginPpm =
    totals.plannedRetailValueFen > 0 ? exactRatioPpm(BigInt(totals.retailerMarginPerYearFen), BigInt(totals.plannedRetailValueFen)) : null
  totals.supplierContributionMarginPpm =
    purchaseValueWithCostFen > 0 ? exactRatioPpm(BigInt(totals.supplierContributionPerYearFen), BigInt(purchaseValueWithCostFen)) : null
  return totals
}
