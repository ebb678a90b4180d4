/**
 * The solver dialog's preview rows, from the sku domain's solver only: supply price from retail
 * (rounded down to the fen) or retail price from supply (rounded up), old → new per line, on the
 * front margin or the comprehensive one (the account's D% and fixed fees per unit).
 */
import { FRONT_MARGIN, previewSupplyPrices, retailerMarginPpm, solveRetailPrice, type MarginBasis, type SolverIssue } from '../../shared/domain/sku'
import type { Ppm } from '../../shared/domain/rate'
import type { AssortmentRow } from './assortment-rows'

export type SolveDirection = 'supplyFromRetail' | 'retailFromSupply'

export interface SolverPreviewRow {
  id: number
  skuCode: string
  name: string
  oldPriceFen: number | null
  newPriceFen: number | null
  oldMarginPpm: Ppm | null
  newMarginPpm: Ppm | null
  isBelowUnitCost: boolean | null
  /** Why no price: a solver issue, or the line has no retail price to solve from. */
  issue: SolverIssue | 'noRetailPrice' | null
}

export function solverPreview(rows: readonly AssortmentRow[], direction: SolveDirection, targetPpm: Ppm, basis: MarginBasis = FRONT_MARGIN): SolverPreviewRow[] {
  if (direction === 'supplyFromRetail') {
    const priced = rows.filter((row) => row.figures.retailPriceFen !== null)
    const preview = previewSupplyPrices(
      priced.map((row) => ({
        skuCode: row.sku.code,
        retailPriceFen: row.figures.retailPriceFen ?? 0,
        currentSupplyPriceFen: row.figures.supplyPriceFen,
        unitCostFen: row.sku.unitCostFen,
        targetMarginPpm: targetPpm
      })),
      basis
    )
    const byRow = new Map(priced.map((row, index) => [row.id, preview.rows[index]]))
    return rows.map((row) => {
      const solved = byRow.get(row.id)
      return {
        id: row.id,
        skuCode: row.sku.code,
        name: row.sku.name,
        oldPriceFen: row.figures.supplyPriceFen,
        newPriceFen: solved?.newSupplyPriceFen ?? null,
        oldMarginPpm: solved?.oldMarginPpm ?? null,
        newMarginPpm: solved?.newMarginPpm ?? null,
        isBelowUnitCost: solved?.isBelowUnitCost ?? null,
        issue: solved ? solved.issue : 'noRetailPrice'
      }
    })
  }
  return rows.map((row) => {
    const supply = row.figures.supplyPriceFen
    const result = solveRetailPrice({ supplyPriceFen: supply, targetMarginPpm: targetPpm, basis, unitCostFen: row.sku.unitCostFen })
    const oldRetail = row.figures.retailPriceFen
    return {
      id: row.id,
      skuCode: row.sku.code,
      name: row.sku.name,
      oldPriceFen: oldRetail,
      newPriceFen: result.ok ? result.value.retailPriceFen : null,
      oldMarginPpm: oldRetail === null ? null : retailerMarginPpm(supply, oldRetail, basis),
      newMarginPpm: result.ok ? result.value.marginPpm : null,
      isBelowUnitCost: result.ok ? result.value.isBelowUnitCost : null,
      issue: result.ok ? null : { code: result.code, params: result.params }
    }
  })
}

/** The rows whose price would change: what Apply stores. */
export const changedPrices = (preview: readonly SolverPreviewRow[]): SolverPreviewRow[] =>
  preview.filter((row) => row.newPriceFen !== null && row.newPriceFen !== row.oldPriceFen)
