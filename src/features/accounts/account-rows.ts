import type { Account, EditableAccountField } from '../../shared/domain/accounts/account'
import { accountKpis, type AccountKpis } from '../../shared/domain/accounts/kpis'
import { screenAccount, type Screening } from '../../shared/domain/accounts/screening'
import type { AccountFormat } from '../../shared/domain/accounts/account'
import type { RegionLookup } from '../../shared/domain/regions'
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

/** A field's value as a person would type it (money in yuan), for undo and copy. */
export function rawCellValue(account: Account, field: EditableAccountField): string | number | boolean | null {
  const value = account[field]
  if (field === 'annualSalesFen') return value === null ? null : fenToYuanText(value as number)
  return value
}
