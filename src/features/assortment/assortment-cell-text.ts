import type { TFunction } from 'i18next'
import { fenToYuanText } from '../../shared/domain/money'
import { ppmToPercentText } from '../../shared/domain/sku'
import { isAssortmentTotalsRow, type AssortmentRow } from './assortment-rows'

const fen = (value: number | null): string => (value === null ? '' : fenToYuanText(value))

/** A cell as Excel should receive it: labels in the current language, money as plain yuan, percentages with their sign. */
export function assortmentCellText(row: AssortmentRow, colId: string, t: TFunction): string {
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
    case 'plannedPurchaseValueFen':
    case 'retailerMarginPerYearFen':
      return fen(figures[colId])
    case 'plannedAnnualUnits':
    case 'lastYearUnits':
      return row[colId] === null ? '' : String(row[colId])
    default:
      return ''
  }
}
