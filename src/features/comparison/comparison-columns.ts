/**
 * The comparison grid's columns: the item and its unit pinned left, then a column per account.
 * Every cell is computed (nothing is typed here); the best and worst account of a row for the
 * supplier get a colour, an icon and a tooltip that says which way is better.
 */
import type { TFunction } from 'i18next'
import type { Language } from '../../shared/i18n'
import type { MoneyUnit } from '../../shared/domain/money'
import type { GridColumn } from '../../grid/grid-columns'
import { comparisonCellText, extremeOf, type ComparisonGridRow } from './comparison-rows'
import { ComparisonCell } from './ComparisonCell'

export const ACCOUNT_COLUMN_PREFIX = 'account-'

interface ComparisonColumnContext {
  t: TFunction
  language: Language
  moneyUnit: MoneyUnit
  accounts: { id: number; name: string }[]
}

export function buildComparisonColumns({ t, language, moneyUnit, accounts }: ComparisonColumnContext): GridColumn<ComparisonGridRow>[] {
  return [
    {
      colId: 'item',
      headerName: t('comparison.item'),
      pinned: 'left',
      width: 220,
      filter: 'agTextColumnFilter',
      sortable: false,
      valueGetter: (params) => params.data?.label ?? '',
      cellClass: (params) => (params.data?.row.rowKind === 'term' ? 'comparison-item comparison-item-term' : 'comparison-item comparison-item-figure'),
      tooltipValueGetter: (params) => (params.data ? t(`comparison.groups.${params.data.row.rowKind}`) : undefined)
    },
    {
      colId: 'unit',
      headerName: t('comparison.unit'),
      pinned: 'left',
      width: 110,
      filter: false,
      floatingFilter: false,
      sortable: false,
      cellClass: 'cell-computed comparison-unit',
      valueGetter: (params) => params.data?.unitLabel ?? ''
    },
    ...accounts.map(
      (account, accountIndex): GridColumn<ComparisonGridRow> => ({
        colId: `${ACCOUNT_COLUMN_PREFIX}${account.id}`,
        headerName: account.name,
        headerTooltip: account.name,
        type: 'rightAligned',
        width: 150,
        filter: false,
        floatingFilter: false,
        sortable: false,
        valueGetter: (params) => params.data?.row.cells[accountIndex] ?? null,
        valueFormatter: (params) => (params.data ? comparisonCellText(language, params.data.row, params.data.row.cells[accountIndex] ?? null, moneyUnit) : ''),
        cellRenderer: ComparisonCell,
        cellRendererParams: { accountIndex, t },
        cellClassRules: {
          'comparison-best': (params) => (params.data ? extremeOf(params.data.row, accountIndex) === 'best' : false),
          'comparison-worst': (params) => (params.data ? extremeOf(params.data.row, accountIndex) === 'worst' : false)
        }
      })
    )
  ]
}
