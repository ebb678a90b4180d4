import type { GridApi } from 'ag-grid-community'
import type { MoneyUnit } from '../shared/domain/money'
import type { UndoEntry } from './undo-stack'

/** A cell's value as the service reads it: text as typed (money in yuan), a number, a flag, or empty. */
export type CellInput = string | number | boolean | null

export interface RowWithId {
  id: number
}

export interface RefusedCellOf<Field extends string> {
  /** The row changed, or null for a row the change would have created. */
  id: number | null
  /** For creates: the position in `creates`. */
  createIndex?: number
  field: Field
  message: string
}

export interface AppliedChangesOf<Row, Field extends string> {
  updated: Row[]
  created: Row[]
  refused: RefusedCellOf<Field>[]
  appliedCount: number
}

export type FieldPatch<Field extends string> = Partial<Record<Field, CellInput>>

/**
 * What the spreadsheet layer needs to know of an entity (accounts now; catalogue, assortment,
 * term sheet… next): how a column maps to a field, how a value is typed and copied, and the
 * service calls that store edits. Everything else (undo, paste, copy, ranges, layout, totals)
 * is the layer's.
 */
export interface SpreadsheetSource<Row extends RowWithId, Field extends string> {
  /** The field a column edits, or null for a computed or read-only column. */
  fieldOf(colId: string): Field | null
  /** Money fields: typed and pasted numbers are read in the grid's money unit. */
  isMoneyField(field: Field): boolean
  /** The stored value as the service reads it (money as yuan text), for undo. */
  serviceValue(row: Row, field: Field): CellInput
  /** A cell as Excel should receive it: labels in the current language, plain numbers in the unit shown. */
  copyText(row: Row, colId: string, moneyUnit: MoneyUnit): string
  fieldLabel(field: Field): string
  saveCell(id: number, field: Field, value: CellInput): Promise<Row>
  applyChanges(updates: { id: number; patch: FieldPatch<Field> }[], creates: FieldPatch<Field>[]): Promise<AppliedChangesOf<Row, Field>>
  deleteRows(ids: number[]): Promise<unknown>
}

/** What a page (its toolbar and row actions) can ask of its grid. */
export interface SpreadsheetController<Row extends RowWithId> {
  api(): GridApi<Row> | undefined
  /** Stored rows back into the grid: updated where they are, or added (at the top, or the end). */
  putRows(rows: Row[], mode: 'update' | 'add-top' | 'add-end'): void
  removeRows(ids: number[]): void
  flashRows(ids: number[], colIds?: string[]): void
  pushUndo(entry: UndoEntry): void
  /** Ticked rows, else the focused cell's row. */
  targetRows(): Row[]
  /** Row ids after filters, in display order. */
  shownRowIds(): number[]
  /** Column ids in display order (the selection column excluded). */
  shownColumnIds(): string[]
  rowById(id: number): Row | undefined
  /** Copies the ticked rows (with a header row) to the clipboard. */
  copyRows(withHeader: boolean): void
}
