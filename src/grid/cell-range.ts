/**
 * A rectangular cell range (AG Grid's range selection is Enterprise): the cell where it started
 * (anchor) and the cell it reaches (focus), in display coordinates.
 */
export interface CellPosition {
  rowIndex: number
  columnIndex: number
}

export interface CellRange {
  anchor: CellPosition
  focus: CellPosition
}

export interface RangeBounds {
  top: number
  bottom: number
  left: number
  right: number
}

export function rangeBounds(range: CellRange): RangeBounds {
  return {
    top: Math.min(range.anchor.rowIndex, range.focus.rowIndex),
    bottom: Math.max(range.anchor.rowIndex, range.focus.rowIndex),
    left: Math.min(range.anchor.columnIndex, range.focus.columnIndex),
    right: Math.max(range.anchor.columnIndex, range.focus.columnIndex)
  }
}

export function isInRange(range: CellRange | null, rowIndex: number, columnIndex: number): boolean {
  if (!range) return false
  const { top, bottom, left, right } = rangeBounds(range)
  return rowIndex >= top && rowIndex <= bottom && columnIndex >= left && columnIndex <= right
}

export function rangeSize(range: CellRange): { rows: number; columns: number } {
  const { top, bottom, left, right } = rangeBounds(range)
  return { rows: bottom - top + 1, columns: right - left + 1 }
}

/** Whether the range covers more than the one focused cell. */
export function isMultiCell(range: CellRange | null): range is CellRange {
  if (!range) return false
  const { rows, columns } = rangeSize(range)
  return rows * columns > 1
}

const STEP: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] }

/**
 * Shift+arrow: the range keeps its anchor and its far corner moves one cell, staying inside the
 * grid (rowCount rows, columnCount columns). Returns null for keys that are not arrows.
 */
export function extendRangeByKey(range: CellRange, key: string, rowCount: number, columnCount: number): CellRange | null {
  const step = STEP[key]
  if (!step) return null
  const clamp = (value: number, max: number) => Math.max(0, Math.min(value, max - 1))
  return {
    anchor: range.anchor,
    focus: { rowIndex: clamp(range.focus.rowIndex + step[0], rowCount), columnIndex: clamp(range.focus.columnIndex + step[1], columnCount) }
  }
}

/** The cells of the range, row by row (display coordinates). */
export function rangeCells(range: CellRange): CellPosition[][] {
  const { top, bottom, left, right } = rangeBounds(range)
  const rows: CellPosition[][] = []
  for (let rowIndex = top; rowIndex <= bottom; rowIndex += 1) {
    const row: CellPosition[] = []
    for (let columnIndex = left; columnIndex <= right; columnIndex += 1) row.push({ rowIndex, columnIndex })
    rows.push(row)
  }
  return rows
}

/** Ctrl+D (fill down): the range's top row copied into every row below it, as a block pasted at the top-left cell. */
export function fillDownBlock(range: CellRange, textAt: (position: CellPosition) => string): string[][] {
  const cells = rangeCells(range)
  const top = (cells[0] ?? []).map(textAt)
  return cells.map(() => [...top])
}
