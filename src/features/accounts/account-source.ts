import type { TFunction } from 'i18next'
import { api } from '../../lib/api'
import type { Account, EditableAccountField } from '../../shared/domain/accounts/account'
import type { RegionLookup } from '../../shared/domain/regions'
import type { SpreadsheetSource } from '../../grid/spreadsheet-source'
import { rawCellValue, toAccountRow, type AccountRow } from './account-rows'
import { EDITABLE_COLUMN_FIELD } from './account-columns'
import { accountCellText } from './account-cell-text'

/** The Accounts grid's side of the spreadsheet layer: its fields and the service calls that store them. */
export function createAccountSource(t: TFunction, regions: { lookup: RegionLookup | null }): SpreadsheetSource<AccountRow, EditableAccountField> {
  const toRows = (accounts: Account[]) => accounts.map((account) => toAccountRow(account, regions.lookup))
  return {
    fieldOf: (colId) => EDITABLE_COLUMN_FIELD[colId] ?? null,
    isMoneyField: (field) => field === 'annualSalesFen',
    serviceValue: rawCellValue,
    copyText: (row, colId, moneyUnit) => accountCellText(row, colId, moneyUnit, t),
    fieldLabel: (field) => t(`fields.${field}`),
    saveCell: async (id, field, value) => toAccountRow(await api.accounts.update({ id, patch: { [field]: value } }), regions.lookup),
    applyChanges: async (updates, creates) => {
      const applied = await api.accounts.applyChanges({ updates, creates })
      return { ...applied, updated: toRows(applied.updated), created: toRows(applied.created) }
    },
    deleteRows: (ids) => api.accounts.delete({ ids })
  }
}
