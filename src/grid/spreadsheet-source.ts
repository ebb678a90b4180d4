import type { GridApi } from 'ag-grid-community'
import type { MoneyUnit } from '../shared/domain/money'
import type { UndoEntry } from './undo-stack'

/** A cell's value as the service reads it: text as typed (money in yuan), a number, a flag, or empty. */
export type CellInput = string | number | boolean | null

export interface RowWithId {
  id: number
  /** Counts the row's writes: every save sends the version it was based on, and is refused as stale if another window wrote since. */
  rowVersion: number
}

export interface RefusedCellOf<Field extends string> {
  /** The row changed, or null for a row the change would have created. */
  id: number | null
  /** For creates: the position in `creates`. */
  createIndex?: number
  field: Field
  /** 'stale': the row had changed since the version the change was based on. */
  code?: 'stale'
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
  /** The entity's name in workspace changes ('accounts'): the grid follows other windows' writes to it. */
  entity: string
  /** The field a column edits, or null for a computed or read-only column. */
  fieldOf(colId: string): Field | null
  /** Money fields: typed and pasted numbers are read in the grid's money unit. */
  isMoneyField(field: Field): boolean
  /** The stored value as the service reads it (money as yuan text), for undo. */
  serviceValue(row: Row, field: Field): CellInput
  /** A cell as Excel should receive it: labels in the current language, plain numbers in the unit shown. */
  copyText(row: Row, colId: string, moneyUnit: MoneyUnit): string
  fieldLabel(field: Field): string
  /** Stores one cell, refused as stale (code 'stale') unless the row is still at `baseVersion`. */
  saveCell(id: number, field: Field, value: CellInput, baseVersion: number): Promise<Row>
  applyChanges(updates: { id: number; patch: FieldPatch<Field>; baseVersion: number }[], creates: FieldPatch<Field>[]): Promise<AppliedChangesOf<Row, Field>>
  /** Moves rows to the bin; `baseVersions` by position. Answers the rows as binned (their new versions). */
  deleteRows(ids: number[], baseVersions: number[]): Promise<RowWithId[]>
  /** The rows with these ids as stored now (ids gone are left out): a window catching up with another's change. */
  fetchRows(ids: number[]): Promise<Row[]>
  /** A row as the service sent it with a stale refusal (a stored record), ready for the grid. */
  toRow(stored: unknown): Row | null
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
  /**
   * The rows as this window's own action just stored them (a page's bulk action, its undo step).
   * The grid's own edits, pastes and their undo steps are noted already.
   */
  noteOwnWrites(rows: readonly RowWithId[]): void
  /**
   * The version this window itself last wrote to the row, if any. A page's undo step is based on
   * it: the window's own later writes (undone first, the stack being last in first out) never make
   * the step stale, while a write from another window since does.
   */
  ownVersionOf(id: number): number | undefined
  /**
   * Stores one cell as if typed into the grid (a form beside it, e.g. the account detail panel):
   * the same save, the same undo entry, the row updated in the grid. Throws what the save throws.
   */
  editCell(id: number, colId: string, value: CellInput): Promise<Row>
  /** Copies the ticked rows (with a header row) to the clipboard. */
  copyRows(withHeader: boolean): void
}
