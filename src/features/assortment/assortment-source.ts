import type { TFunction } from 'i18next'
import { api } from '../../lib/api'
import { EDITABLE_ASSORTMENT_FIELDS, type AssortmentLine, type EditableAssortmentField } from '../../shared/domain/assortment/assortment-line'
import type { SpreadsheetSource } from '../../grid/spreadsheet-source'
import { assortmentServiceValue, type AssortmentRow } from './assortment-rows'
import { assortmentCellText } from './assortment-cell-text'

/**
 * The Assortment grid's side of the spreadsheet layer. Lines are added from the whitespace list or
 * copied (they name a SKU), never typed below the last row: a paste that would create rows is refused.
 */
export function createAssortmentSource(
  t: TFunction,
  accountId: number | null,
  toRow: (line: AssortmentLine) => AssortmentRow
): SpreadsheetSource<AssortmentRow, EditableAssortmentField> {
  const toRows = (lines: AssortmentLine[]) => lines.map(toRow)
  return {
    entity: 'assortment',
    fieldOf: (colId) => ((EDITABLE_ASSORTMENT_FIELDS as readonly string[]).includes(colId) ? (colId as EditableAssortmentField) : null),
    // The editable money cells are unit prices, typed in 元 whatever unit the yearly values are
    // shown in: "12.5" in the supply price is ¥12.50, never 12.5 万元.
    isMoneyField: () => false,
    serviceValue: assortmentServiceValue,
    copyText: (row, colId, moneyUnit) => assortmentCellText(row, colId, t, moneyUnit),
    fieldLabel: (field) => t(`assortment.fields.${field}`),
    saveCell: async (id, field, value, baseVersion) => toRow(await api.assortment.update({ id, patch: { [field]: value }, baseVersion })),
    applyChanges: async (updates, creates) => {
      const applied = await api.assortment.applyChanges({ updates, creates: [] })
      const refusedCreates = creates.flatMap((patch, createIndex) =>
        (Object.keys(patch) as EditableAssortmentField[]).map((field) => ({ id: null, createIndex, field, message: t('assortment.pasteNoNewLines') }))
      )
      return {
        updated: toRows(applied.updated),
        created: [],
        refused: [...applied.refused.filter((cell): cell is typeof cell & { field: EditableAssortmentField } => cell.field !== 'accountId' && cell.field !== 'skuId'), ...refusedCreates],
        appliedCount: applied.appliedCount
      }
    },
    deleteRows: async (ids, baseVersions) => (await api.assortment.remove({ ids, baseVersions })).map(({ id, rowVersion }) => ({ id, rowVersion })),
    fetchRows: async (ids) => {
      if (accountId === null || ids.length === 0) return []
      // Lines are listed per account; the grid shows one account, so its lines are read and filtered.
      const wanted = new Set(ids)
      return toRows((await api.assortment.list({ accountId })).filter((line) => wanted.has(line.id)))
    },
    toRow: (stored) => (typeof stored === 'object' && stored !== null && 'skuId' in stored ? toRow(stored as AssortmentLine) : null)
  }
}
