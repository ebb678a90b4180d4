/**
 * The margin solver's comprehensive mode 综合毛利 reads the account's terms from the trade-terms
 * service, never re-deriving them: D% and the fixed fees per unit f as the term sheet's economics
 * compute them (terms domain `marginSolverTerms`). Kept apart from assortment-service because the
 * terms service reads the assortment (and its margin target) to compute those economics.
 */
import type { WorkbenchContext } from '../context'
import type { SolverTerms, SolverTermsMissingReason } from '../../../src/shared/contract'
import { marginSolverTerms, type AccountEconomics } from '../../../src/shared/domain/terms/economics'
import { economics, listSheets } from '../terms/terms-service'

/** Something entered on this side of the sheet (a payment term or any line's value). */
const hasValues = (side: AccountEconomics): boolean => side.unsetLineIds.length < side.lineAmounts.length

const missing = (reason: SolverTermsMissingReason, year: number | null): SolverTerms => ({ isAvailable: false, reason, year })

/**
 * The latest contract year's sheet; its agreed side 签约 once anything is signed (what the
 * retailer will really deduct), else our offer 我方报价 (what we are about to put forward).
 */
export function solverTerms(context: WorkbenchContext, accountId: number): SolverTerms {
  const years = listSheets(context, accountId)
  if (years.length === 0) return missing('noTermSheet', null)
  const year = Math.max(...years.map((sheet) => sheet.year))
  const { sides } = economics(context, accountId, year)
  const side = hasValues(sides.agreed.economics) ? 'agreed' : hasValues(sides.offer.economics) ? 'offer' : null
  if (side === null) return missing('termSheetEmpty', year)
  const chosen = sides[side].economics
  const terms = marginSolverTerms(chosen)
  if (terms.fixedFeePerUnitFen === null) {
    const reason = chosen.nullReasons.fixedFeePerUnitFen
    return missing(reason === 'noAssortment' || reason === 'noUnits' || reason === 'storeCountMissing' ? reason : 'noUnits', year)
  }
  return { isAvailable: true, year, side, percentageTermsPpm: terms.percentageTermsPpm, fixedFeePerUnitFen: terms.fixedFeePerUnitFen }
}
