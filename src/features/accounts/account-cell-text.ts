import type { TFunction } from 'i18next'
import type { CriterionStatus, ScreeningVerdict } from '../../shared/domain/accounts/screening'
import type { StoreClass } from '../../shared/domain/accounts/kpis'
import { fenToYuanText, type MoneyUnit } from '../../shared/domain/money'
import { fenToMoneyUnitText, percentShown } from '../../grid/money-unit'
import type { PlaceLanguage, RegionLookup } from '../../shared/domain/regions'
import { accountRegionName, type AccountRow } from './account-rows'

export const VERDICTS: readonly ScreeningVerdict[] = ['qualified', 'pending', 'not_qualified', 'not_applicable']
export const CRITERIA: readonly CriterionStatus[] = ['met', 'not_met', 'unknown']
export const STORE_CLASSES: readonly StoreClass[] = ['A', 'B', 'C']

const ENUM_COLUMNS = ['format', 'background', 'tier', 'tradeType'] as const
type EnumColumn = (typeof ENUM_COLUMNS)[number]
const isEnumColumn = (colId: string): colId is EnumColumn => (ENUM_COLUMNS as readonly string[]).includes(colId)

const plainNumber = (value: number | null | undefined): string => (value === null || value === undefined ? '' : String(value))
const fenText = (fen: number | null | undefined): string => (fen === null || fen === undefined ? '' : fenToYuanText(fen))

/** What a cell's text depends on besides the row: the page's money unit and language. */
export interface CellTextSettings {
  moneyUnit: MoneyUnit
  t: TFunction
  language: PlaceLanguage
  regions: { lookup: RegionLookup | null }
}

/**
 * A cell as Excel should receive it: labels in the current language (大卖场, not hypermarket),
 * plain numbers (no ¥, no thousands separators), money in the unit shown, a percentage with its
 * sign, the place in the page's language (Shenzhen, Guangdong in English). Pasted back into the
 * grid, the service reads each of these as the same value.
 */
export function accountCellText(row: AccountRow, colId: string, { moneyUnit, t, language, regions }: CellTextSettings): string {
  if (isEnumColumn(colId)) {
    const value = row[colId]
    return value ? (t(`enums.${colId}.${value}` as never) as string) : ''
  }
  switch (colId) {
    case 'annualSalesFen':
      return row.annualSalesFen === null ? '' : fenToMoneyUnitText(row.annualSalesFen, moneyUnit)
    case 'isTopThreeInRegion':
    case 'hasStrongHqExecution': {
      const flag = row[colId]
      return flag === null ? '' : t(`enums.flag.${flag ? 'yes' : 'no'}`)
    }
    case 'storeClass':
      return row.kpis.storeClass ? t(`enums.storeClass.${row.kpis.storeClass}`) : ''
    case 'totalStores':
      return plainNumber(row.kpis.totalStores)
    case 'averageStoreAreaM2':
      return plainNumber(row.kpis.averageStoreAreaM2)
    case 'salesPerM2Fen':
    case 'salesPerEmployeeFen':
    case 'salesPerM2PerDayFen':
    case 'salesPerEmployeePerDayFen':
    case 'averageTicketFen':
      return fenText(row.kpis[colId])
    case 'conversionRate': {
      const percent = percentShown(row.kpis.conversionRate)
      return percent === null ? '' : `${percent}%`
    }
    case 'regionName':
      return accountRegionName(row, regions.lookup, language)
    case 'directStoresCriterion':
      return t(`enums.criterion.${row.screening.directStores}`)
    case 'screeningVerdict':
      return t(`enums.verdict.${row.screening.verdict}`)
    default: {
      const value = (row as unknown as Record<string, unknown>)[colId]
      return value === null || value === undefined ? '' : String(value)
    }
  }
}
