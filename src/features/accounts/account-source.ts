import type { TFunction } from 'i18next'
import { api } from '../../lib/api'
import type { Account, EditableAccountField } from '../../shared/domain/accounts/account'
import type { PlaceLanguage, RegionLookup } from '../../shared/domain/regions'
import type { SpreadsheetSource } from '../../grid/spreadsheet-source'
import { rawCellValue, toAccountRow, type AccountRow } from './account-rows'
import { accountSettings } from './account-settings'
import { EDITABLE_COLUMN_FIELD } from './account-columns'
import { accountCellText } from './account-cell-text'

/** The Accounts grid's side of the spreadsheet layer: its fields and the service calls that store them. */
export function createAccountSource(
  t: TFunction,
  language: PlaceLanguage,
  regions: { lookup: RegionLookup | null }
): SpreadsheetSource<AccountRow, EditableAccountField> {
  // The screening formats as they are when the row comes back: a later change re-screens every row.
  const toRow = (account: Account) => toAccountRow(account, regions.lookup, accountSettings().screeningFormats)
  const toRows = (accounts: Account[]) => accounts.map(toRow)
  return {
    fieldOf: (colId) => EDITABLE_COLUMN_FIELD[colId] ?? null,
    isMoneyField: (field) => field === 'annualSalesFen',
    serviceValue: rawCellValue,
    copyText: (row, colId, moneyUnit) => accountCellText(row, colId, { moneyUnit, t, language, regions }),
    fieldLabel: (field) => t(`fields.${field}`),
    entity: 'accounts',
    saveCell: async (id, field, value, baseVersion) => toRow(await api.accounts.update({ id, patch: { [field]: value }, baseVersion })),
    applyChanges: async (updates, creates) => {
      const applied = await api.accounts.applyChanges({ updates, creates })
      return { ...applied, updated: toRows(applied.updated), created: toRows(applied.created) }
    },
    deleteRows: (ids, baseVersions) => api.accounts.delete({ ids, baseVersions }),
    fetchRows: async (ids) => (ids.length === 0 ? [] : toRows(await api.accounts.list({ ids }))),
    // The service's stale refusal carries the stored account (its contract's Account shape).
    toRow: (stored) => (typeof stored === 'object' && stored !== null && 'id' in stored ? toRow(stored as Account) : null)
  }
}
