import type { TFunction } from 'i18next'
import { fenToYuanText, type MoneyUnit } from '../../shared/domain/money'
import { fenToMoneyUnitText } from '../../grid/money-unit'
import { ppmToPercentText } from '../../shared/domain/sku'
import { isAssortmentTotalsRow, type AssortmentRow } from './assortment-rows'

const fen = (value: number | null): string => (value === null ? '' : fenToYuanText(value))

/**
 * A cell as Excel should receive it: labels in the current language, prices as plain yuan, the
 * yearly values in the unit the grid shows (its header names it), percentages with their sign.
 */
export function assortmentCellText(row: AssortmentRow, colId: string, t: TFunction, moneyUnit: MoneyUnit = 'yuan'): string {
  if (isAssortmentTotalsRow(row)) return ''
  const figures = row.figures
  switch (colId) {
    case 'code':
    case 'name':
    case 'category':
      return row.sku[colId]
    case 'status':
      return t(`sku.assortmentStatus.${row.status}`)
    case 'supplyPriceFen':
      return fen(figures.supplyPriceFen)
    case 'retailPriceFen':
      return fen(figures.retailPriceFen)
    case 'frontMargin':
      return figures.frontMarginPpm === null ? '' : ppmToPercentText(figures.frontMarginPpm)
    case 'marginTargetPpm':
      return figures.marginTargetPpm === null ? '' : ppmToPercentText(figures.marginTargetPpm)
    case 'retailerMarginPerUnitFen':
    case 'supplierContributionPerUnitFen':
      return fen(figures[colId])
    case 'plannedPurchaseValueFen':
    case 'retailerMarginPerYearFen':
      return figures[colId] === null ? '' : fenToMoneyUnitText(figures[colId], moneyUnit)
    case 'plannedAnnualUnits':
    case 'lastYearUnits':
      return row[colId] === null ? '' : String(row[colId])
    default:
      return ''
  }
}
