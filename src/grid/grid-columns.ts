import type { CellClassParams, ColDef, ColGroupDef, SuppressKeyboardEventParams, ValueFormatterParams } from 'ag-grid-community'
import { MAX_CELL_TEXT_LENGTH } from '../shared/cell-text'

export type GridColumn<Row> = ColDef<Row> | ColGroupDef<Row>

/** Header text width at the grid's header font, roughly: CJK characters are about twice as wide. */
export function headerTextWidth(text: string): number {
  let width = 0
  for (const char of text) width += /[\u2e80-\uffff]/.test(char) ? 13.5 : 7.6
  return width
}

/** Room a header needs beside its text: padding, the sort arrow and the filter icon. */
const HEADER_CHROME_PX = 60
/** …and for a header that neither sorts nor filters: its padding alone. */
const HEADER_PADDING_PX = 26

/** What a header needs: its whole text, or its longest word when it wraps (wrapHeaderText). */
function headerNeeds<Row>(column: ColDef<Row>): number {
  const text = column.headerName ?? ''
  const pieces = column.wrapHeaderText ? text.split(/(?<=[\s/])/) : [text]
  const chrome = column.sortable === false && column.filter === false ? HEADER_PADDING_PX : HEADER_CHROME_PX
  return Math.ceil(Math.max(0, ...pieces.map((piece) => headerTextWidth(piece.trim()))) + chrome)
}

/** AG Grid's text editors cut what is typed or pasted at `maxLength` (200 unless told), silently. */
const TEXT_EDITORS: readonly unknown[] = ['agTextCellEditor', 'agLargeTextCellEditor']

const asList = (value: unknown): string[] => (typeof value === 'string' ? [value] : Array.isArray(value) ? (value as string[]) : [])

export interface ColumnDecoration<Row> {
  /** Extra cell classes every column gets (range highlight, unsaved mark). */
  cellClassRules: Record<string, (params: CellClassParams<Row>) => boolean>
  /** A value shown instead of the stored one (an unsaved edit), or undefined. */
  pendingText(params: ValueFormatterParams<Row>): string | undefined
  /** Keys the layer handles itself (Shift+arrows, Delete on a range), on top of the column's own. */
  suppressKeyboardEvent(params: SuppressKeyboardEventParams<Row>): boolean
}

/**
 * What every grid's columns need, applied once here rather than in each page: a width (and a
 * minimum) that fits the header in the current language, right-aligned numbers under
 * right-aligned headers even when a column has its own cell class, and the layer's cell classes.
 * Text editors take as much as the transport does: a note past its field's limit reaches the
 * service and is refused with the same message a paste gets, never cut short in the editor.
 */
export function decorateColumns<Row>(columns: readonly GridColumn<Row>[], decoration: ColumnDecoration<Row>): GridColumn<Row>[] {
  return columns.map((column): GridColumn<Row> => {
    if ('children' in column) return { ...column, children: decorateColumns(column.children, decoration) }
    const needed = headerNeeds(column)
    const isRightAligned = column.type === 'rightAligned' || (Array.isArray(column.type) && column.type.includes('rightAligned'))
    const formatter = column.valueFormatter
    const ownSuppress = column.suppressKeyboardEvent
    const isTextEditor = TEXT_EDITORS.includes(column.cellEditor ?? 'agTextCellEditor')
    return {
      ...column,
      cellEditorParams: isTextEditor ? { ...(column.cellEditorParams as object | undefined), maxLength: MAX_CELL_TEXT_LENGTH } : column.cellEditorParams,
      suppressKeyboardEvent: (params) => decoration.suppressKeyboardEvent(params) || (ownSuppress?.(params) ?? false),
      // A flex column is sized by the grid between its minimum and what the row leaves.
      ...(column.flex ? {} : { width: Math.max(column.width ?? 120, needed) }),
      minWidth: Math.max(column.minWidth ?? 0, Math.min(needed, 260)),
      cellClass: isRightAligned && typeof column.cellClass !== 'function' ? [...asList(column.cellClass), 'ag-right-aligned-cell'] : column.cellClass,
      headerClass: isRightAligned ? 'ag-right-aligned-header' : column.headerClass,
      cellClassRules: { ...column.cellClassRules, ...decoration.cellClassRules },
      valueFormatter: (params: ValueFormatterParams<Row>) => {
        const pending = decoration.pendingText(params)
        if (pending !== undefined) return pending
        if (typeof formatter === 'function') return formatter(params)
        if (column.refData && typeof params.value === 'string') return column.refData[params.value] ?? params.value
        return params.value === null || params.value === undefined ? '' : String(params.value)
      }
    }
  })
}
