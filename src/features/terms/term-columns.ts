import type { ITooltipParams } from 'ag-grid-community'
import type { TFunction } from 'i18next'
import type { Language } from '../../shared/i18n'
import { formatCount, formatFen } from '../../lib/format'
import { ppmToPercentText } from '../../shared/domain/sku'
import { FEE_BASES, TERM_SIDES, type TermSheetIssue, type TermSide } from '../../shared/domain/terms'
import type { GridColumn } from '../../grid/grid-columns'
import { isCountedLine, sideOfField, termServiceValue, type TermRow } from './term-rows'
import { termLineLabel } from './terms-format'
import { RebateCell } from './RebateCell'

/** The rebate of one side in a few words: its mode and how many tiers; blank when not entered. */
export function rebateSummary(row: TermRow, side: TermSide, t: TFunction): string {
  if (row.category !== 'conditionalRebate') return ''
  const rebate = row.values[side]
  if (rebate === null) return ''
  return t('terms.page.tierSummary', { mode: t(`terms.page.tierModeShort.${rebate.mode}`), count: rebate.tiers.length })
}

/** What a side's value cell shows: the unit fee, the rate, or the rebate summary. */
function sideValueText(row: TermRow, side: TermSide, t: TFunction, language: Language): string {
  if (row.category === 'fixed') {
    const value = row.values[side]
    return value === null ? '' : formatFen(language, value.unitFen)
  }
  if (row.category === 'percentage') {
    const rate = row.values[side]
    return rate === null ? '' : ppmToPercentText(rate)
  }
  return rebateSummary(row, side, t)
}

function basisText(row: TermRow, t: TFunction): string {
  if (row.category === 'fixed') return t(`terms.bases.${row.basis}`)
  if (row.category === 'percentage') return t('terms.page.percentBasis')
  return t('terms.page.tieredBasis')
}

/** A cell as Excel should receive it (copy): the text shown, in the current language. */
export function termCellText(row: TermRow, colId: string, t: TFunction, language: Language = 'zh-CN'): string {
  if (colId === 'name') return termLineLabel(row, t)
  if (colId === 'category') return t(`terms.categories.${row.category}`)
  if (colId === 'basis') return basisText(row, t)
  for (const side of TERM_SIDES) {
    if (colId === `${side}Amount`) return row.amounts[side] === null ? '' : formatFen(language, row.amounts[side])
  }
  const at = sideOfField(colId as never)
  if (!at) return ''
  if (at.cell === 'value') return sideValueText(row, at.side, t, language)
  return row.category === 'fixed' && isCountedLine(row) && row.values[at.side] !== null ? String(row.values[at.side]?.count ?? '') : ''
}

/**
 * How much of the sheet the grid shows beside the side panel, so it never scrolls sideways:
 * 'full' (panel hidden): every side's value, count and annual amount; 'values' (economics panel
 * open, which carries the totals): every side's value and count; 'offer' (scenarios panel open,
 * whose scenarios are copies of our offer): our offer's value, count and amount only.
 */
export type TermsGridLayout = 'full' | 'values' | 'offer'

interface ColumnContext {
  layout: TermsGridLayout
  t: TFunction
  language: Language
  onEditTiers(row: TermRow, side: TermSide): void
  /** What was typed that the domain marks (negative amounts, tiers out of order…), by line and side. */
  issuesOf(lineId: number, side: TermSide | null): TermSheetIssue[]
  issueText(issue: TermSheetIssue): string
}

/**
 * The term column's width per layout: every default name fits in at most two lines (the longest
 * English ones, "System (information) fee", "Damage / returns allowance", break once), and the
 * sides keep what they need beside the panel at 1280 px (see `fit` below).
 */
const TERM_NAME_WIDTH: Record<TermsGridLayout, number> = { values: 142, offer: 160, full: 170 }

/** The term sheet's columns: the line, its basis, and per side the value, the count and the year's amount. */
export function termColumns({ layout, t, language, onEditTiers, issuesOf, issueText }: ColumnContext): GridColumn<TermRow>[] {
  const isSideShown = (side: TermSide) => layout !== 'offer' || side === 'offer'
  const isAmountShown = layout !== 'values'
  // Beside the economics panel the columns share what it leaves (flex), never below what their
  // figures need: 44 + 142 + 64 + 3 × (96 + 54) = 700 px fit the 712 px the grid keeps at 1280 px
  // beside a vertical scrollbar. The scenarios' grid (44 + 160 + 100 + 118 + 58 + 118 = 598 px)
  // and the full grid keep fixed widths.
  const isNarrow = layout === 'values'
  const fit = (narrowMin: number, flex: number, wide: number) => (isNarrow ? { minWidth: narrowMin, flex } : { width: wide })
  const issueTooltip = (row: TermRow | undefined, side: TermSide | null) => {
    const issues = row ? issuesOf(row.id, side) : []
    return issues.length > 0 ? issues.map(issueText).join('\n') : undefined
  }
  const sideColumns = (side: TermSide): GridColumn<TermRow> => ({
    headerName: t(`terms.sides.${side}`),
    headerClass: `side-header side-${side}`,
    wrapHeaderText: true,
    autoHeaderHeight: true,
    children: [
      {
        colId: `${side}Value`,
        headerName: t('terms.page.columns.value'),
        // The editor opens on the value as typed (yuan for a fee, % for a rate); the cell shows it formatted.
        valueGetter: (params) => (params.data ? termServiceValue(params.data, `${side}Value`) : null),
        valueFormatter: (params) => (params.data ? sideValueText(params.data, side, t, language) : ''),
        editable: (params) => params.data !== undefined && params.data.category !== 'conditionalRebate',
        cellEditor: 'agTextCellEditor',
        cellRendererSelector: (params) => (params.data?.category === 'conditionalRebate' ? { component: RebateCell, params: { side, onEditTiers } } : undefined),
        tooltipValueGetter: (params: ITooltipParams<TermRow>) => issueTooltip(params.data, side),
        cellClassRules: { 'cell-warning': (params) => params.data !== undefined && issuesOf(params.data.id, side).length > 0 },
        type: 'rightAligned',
        hide: !isSideShown(side),
        wrapHeaderText: true,
        autoHeaderHeight: true,
        ...fit(96, 3, 118)
      },
      {
        colId: `${side}Count`,
        headerName: t('terms.page.columns.count'),
        valueGetter: (params) => {
          const row = params.data
          if (!row || row.category !== 'fixed' || !isCountedLine(row)) return null
          return row.values[side]?.count ?? null
        },
        valueFormatter: (params) => formatCount(language, params.value as number | null),
        editable: (params) => params.data !== undefined && isCountedLine(params.data),
        cellEditor: 'agTextCellEditor',
        type: 'rightAligned',
        hide: !isSideShown(side),
        wrapHeaderText: true,
        autoHeaderHeight: true,
        ...fit(54, 1, 58)
      },
      {
        colId: `${side}Amount`,
        headerName: t('terms.page.columns.amount'),
        valueGetter: (params) => (params.data ? params.data.amounts[side] : null),
        valueFormatter: (params) => formatFen(language, params.value as number | null),
        cellClass: 'cell-computed',
        type: 'rightAligned',
        hide: !isSideShown(side) || !isAmountShown,
        wrapHeaderText: true,
        autoHeaderHeight: true,
        ...fit(118, 3, 118)
      }
    ]
  })
  const basisOptions = FEE_BASES.map((basis) => ({ value: basis, label: t(`terms.bases.${basis}`) }))
  // A sheet has a dozen lines in the order they were agreed: filters and sorting would only take
  // room from the figures (the headers then need no room for their icons).
  const noFilter = (column: GridColumn<TermRow>): GridColumn<TermRow> =>
    'children' in column ? { ...column, children: column.children.map(noFilter) } : { ...column, filter: false, floatingFilter: false, sortable: false }
  const columns: GridColumn<TermRow>[] = [
    {
      colId: 'name',
      headerName: t('terms.page.columns.name'),
      // The cell shows the line's label; the editor opens on its own name (blank: the kind's name).
      valueGetter: (params) => (params.data ? termLineLabel(params.data, t) : ''),
      editable: true,
      cellEditor: 'agTextCellEditor',
      // A long name wraps to a second line rather than being cut ("Damage / returns allowance"):
      // the pinned column cannot flex, and one line wide enough for every English name would
      // leave the sides no room at 1280 px. The tooltip still gives the whole label.
      tooltipValueGetter: (params: ITooltipParams<TermRow>) => issueTooltip(params.data, null) ?? (params.data ? termLineLabel(params.data, t) : undefined),
      wrapText: true,
      autoHeight: true,
      cellClass: 'term-wrapped-cell',
      pinned: 'left',
      width: TERM_NAME_WIDTH[layout]
    },
    {
      colId: 'basis',
      headerName: t('terms.page.columns.basis'),
      valueGetter: (params) => (params.data?.category === 'fixed' ? params.data.basis : params.data ? basisText(params.data, t) : ''),
      valueFormatter: (params) => (params.data ? basisText(params.data, t) : ''),
      editable: (params) => params.data?.category === 'fixed',
      cellEditor: 'agSelectCellEditor',
      cellEditorParams: { values: basisOptions.map((option) => option.value) },
      refData: Object.fromEntries(basisOptions.map((option) => [option.value, option.label])),
      wrapHeaderText: true,
      autoHeaderHeight: true,
      // Beside the economics, "% of purchases" and "Per SKU per store" wrap in the narrow column
      // as the term names do; beside the scenarios they may be cut, so the tooltip has them whole.
      tooltipValueGetter: (params: ITooltipParams<TermRow>) => (params.data ? basisText(params.data, t) : undefined),
      ...(isNarrow ? { wrapText: true, autoHeight: true, cellClass: 'term-wrapped-cell' } : {}),
      ...fit(64, 2, 100)
    },
    ...TERM_SIDES.map(sideColumns)
  ]
  return columns.map(noFilter)
}
