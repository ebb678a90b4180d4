import Papa from 'papaparse'
import type { EditableAccountField } from '../../shared/domain/accounts/account'

/**
 * A block copied from Excel or WPS: tab-separated, rows by newline, cells with tabs, quotes or
 * newlines quoted. Papaparse handles the quoting; a naive split breaks multi-line cells.
 */
export function parseClipboardTable(text: string): string[][] {
  if (text === '') return []
  const parsed = Papa.parse<string[]>(text.replace(/\r\n?/g, '\n'), { delimiter: '\t', newline: '\n', quoteChar: '"', skipEmptyLines: false })
  const rows = parsed.data.map((row) => row.map((cell) => cell))
  // Excel ends the copy with a newline: drop the empty last row it leaves.
  while (rows.length > 0 && (rows[rows.length - 1] as string[]).every((cell) => cell === '')) rows.pop()
  return rows
}

export interface PasteColumn {
  colId: string
  /** The account field this column edits, or null for a computed column. */
  field: EditableAccountField | null
}

export interface PastePlan {
  updates: { id: number; patch: Partial<Record<EditableAccountField, string>> }[]
  creates: Partial<Record<EditableAccountField, string>>[]
  /** Columns in the block that are computed: their cells are refused. */
  readOnlyColumns: string[]
  cellCount: number
}

/**
 * Lays the block over the grid from the focused cell: columns in display order, rows in display
 * order; rows past the last one become new accounts.
 */
export function planPaste(
  block: string[][],
  startRow: number,
  startColumn: number,
  columns: readonly PasteColumn[],
  rowIdAt: (displayIndex: number) => number | undefined
): PastePlan {
  const updates: PastePlan['updates'] = []
  const creates: PastePlan['creates'] = []
  const readOnly = new Set<string>()
  let cellCount = 0
  block.forEach((cells, offset) => {
    const patch: Partial<Record<EditableAccountField, string>> = {}
    cells.forEach((cell, columnOffset) => {
      const column = columns[startColumn + columnOffset]
      if (!column) return
      if (column.field === null) {
        readOnly.add(column.colId)
        return
      }
      patch[column.field] = cell
      cellCount += 1
    })
    if (Object.keys(patch).length === 0) return
    const id = rowIdAt(startRow + offset)
    if (id === undefined) creates.push(patch)
    else updates.push({ id, patch })
  })
  return { updates, creates, readOnlyColumns: [...readOnly], cellCount }
}
