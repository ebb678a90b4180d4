import type { Account, EditableAccountField } from '../../shared/domain/accounts/account'
import { accountKpis, type AccountKpis } from '../../shared/domain/accounts/kpis'
import { screenAccount, type Screening } from '../../shared/domain/accounts/screening'
import type { AccountFormat } from '../../shared/domain/accounts/account'
import { regionNameIn, type PlaceLanguage, type RegionLookup } from '../../shared/domain/regions'
import { fenToYuanText } from '../../shared/domain/money'

/** A grid row: the stored account plus what is computed from it (never typed). */
export interface AccountRow extends Account {
  kpis: AccountKpis
  screening: Screening
  regionName: string
}

export function toAccountRow(account: Account, regions: RegionLookup | null, screeningFormats: readonly AccountFormat[]): AccountRow {
  return {
    ...account,
    kpis: accountKpis(account),
    screening: screenAccount(account, screeningFormats),
    regionName: account.regionCode ? (regions?.byCode(account.regionCode)?.fullName ?? '') : ''
  }
}

/**
 * The account's place as the page names it in its language (广东省 深圳市 南山区 / Nanshan District,
 * Shenzhen, Guangdong): the grid's column, its copy, the detail panel. The row keeps the Chinese
 * name, so a change of language needs no new rows.
 */
export function accountRegionName(row: Pick<AccountRow, 'regionCode' | 'regionName'>, regions: RegionLookup | null, language: PlaceLanguage): string {
  if (!row.regionCode) return ''
  return regionNameIn(regions, row.regionCode, language) ?? row.regionName
}

/** A field's value as a person would type it (money in yuan), for undo and copy. */
export function rawCellValue(account: Account, field: EditableAccountField): string | number | boolean | null {
  const value = account[field]
  if (field === 'annualSalesFen') return value === null ? null : fenToYuanText(value as number)
  return value
}
