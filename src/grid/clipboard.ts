import Papa from 'papaparse'

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

/** One cell as Excel writes it to the clipboard: quoted when it holds a tab, a newline or a quote. */
export function quoteClipboardCell(text: string): string {
  return /[\t\r\n"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** A block of cells as Excel puts it on the clipboard (tabs, CRLF between rows), so Excel and the grid read it back cell for cell. */
export function formatClipboardTable(cells: readonly (readonly string[])[]): string {
  return cells.map((row) => row.map(quoteClipboardCell).join('\t')).join('\r\n')
}

export interface PasteColumn<Field extends string = string> {
  colId: string
  /** The field this column edits, or null for a computed column. */
  field: Field | null
}

export interface PastePlan<Field extends string = string> {
  updates: { id: number; patch: Partial<Record<Field, string>>; displayRow: number }[]
  creates: Partial<Record<Field, string>>[]
  /** Columns in the block that are computed: their cells are refused. */
  readOnlyColumns: string[]
  cellCount: number
}

/**
 * Lays the block over the grid from the focused cell: columns in display order, rows in display
 * order; rows past the last one become new rows. A block of one cell pasted over a selected
 * range fills the range, as in Excel.
 */
export function planPaste<Field extends string>(
  block: string[][],
  startRow: number,
  startColumn: number,
  columns: readonly PasteColumn<Field>[],
  rowIdAt: (displayIndex: number) => number | undefined
): PastePlan<Field> {
  const updates: PastePlan<Field>['updates'] = []
  const creates: PastePlan<Field>['creates'] = []
  const readOnly = new Set<string>()
  let cellCount = 0
  block.forEach((cells, offset) => {
    const patch: Partial<Record<Field, string>> = {}
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
    else updates.push({ id, patch, displayRow: startRow + offset + 1 })
  })
  return { updates, creates, readOnlyColumns: [...readOnly], cellCount }
}

/** One block repeated to fill a range (a single copied cell pasted over 3 × 2 cells fills all 6). */
export function fillBlock(block: string[][], rowCount: number, columnCount: number): string[][] {
  const only = block.length === 1 && block[0]?.length === 1 ? block[0][0] : undefined
  if (only === undefined || rowCount * columnCount <= 1) return block
  return Array.from({ length: rowCount }, () => Array.from({ length: columnCount }, () => only))
}

/**
 * The 1-based row number a person sees for a cell of the paste: an existing row keeps its
 * display row; a row the paste created follows the rows that were there BEFORE the paste (the
 * count must be taken before the new rows are added, or every number is too high).
 */
export function pasteRowNumber(cell: { id: number | null; createIndex?: number }, displayRowOf: ReadonlyMap<number, number>, rowCountBeforePaste: number): number | null {
  if (cell.id !== null) return displayRowOf.get(cell.id) ?? null
  return rowCountBeforePaste + (cell.createIndex ?? 0) + 1
}
