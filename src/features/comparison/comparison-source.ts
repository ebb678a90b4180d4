import type { TFunction } from 'i18next'
import type { SpreadsheetSource } from '../../grid/spreadsheet-source'
import { ACCOUNT_COLUMN_PREFIX } from './comparison-columns'
import { comparisonCopyText, type ComparisonGridRow } from './comparison-rows'

/** Nothing on the comparison is typed: every write of the layer is refused before it is sent. */
const readOnly = (): Promise<never> => Promise.reject(new Error('the comparison is computed, not edited'))

/**
 * The comparison grid's side of the spreadsheet layer: read-only (no column maps to a field), so
 * the layer gives it ranges, copy to Excel, column layout and the money unit, and no edits.
 * `accountIndexOf` maps an account column to its place in the comparison's cells.
 */
export function createComparisonSource(t: TFunction, accountIndexOf: (accountId: number) => number): SpreadsheetSource<ComparisonGridRow, never> {
  return {
    entity: 'terms-comparison',
    fieldOf: () => null,
    isMoneyField: () => false,
    serviceValue: () => null,
    copyText: (row, colId, moneyUnit) => {
      if (colId === 'item') return row.label
      if (colId === 'unit') return row.unitLabel
      if (!colId.startsWith(ACCOUNT_COLUMN_PREFIX)) return ''
      const index = accountIndexOf(Number(colId.slice(ACCOUNT_COLUMN_PREFIX.length)))
      return index < 0 ? '' : comparisonCopyText(row.row, row.row.cells[index] ?? null, moneyUnit)
    },
    fieldLabel: () => t('comparison.item'),
    saveCell: readOnly,
    applyChanges: readOnly,
    deleteRows: readOnly,
    fetchRows: () => Promise.resolve([]),
    toRow: () => null
  }
}
