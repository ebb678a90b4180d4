import { describe, expect, it } from 'vitest'
import { extendRangeByKey, fillDownBlock, isInRange, rangeBounds, rangeSize, type CellRange } from '../../src/grid/cell-range'

describe('a rectangular cell range (Shift+click, Shift+arrows)', () => {
  const start: CellRange = { anchor: { rowIndex: 2, columnIndex: 3 }, focus: { rowIndex: 2, columnIndex: 3 } }

  it('grows from the anchor with Shift+arrows, in either direction', () => {
    // Down twice, left once: rows 2–4, columns 2–3 → 3 × 2 cells.
    let range = extendRangeByKey(start, 'ArrowDown', 10, 8) as CellRange
    range = extendRangeByKey(range, 'ArrowDown', 10, 8) as CellRange
    range = extendRangeByKey(range, 'ArrowLeft', 10, 8) as CellRange
    expect(rangeBounds(range)).toEqual({ top: 2, bottom: 4, left: 2, right: 3 })
    expect(rangeSize(range)).toEqual({ rows: 3, columns: 2 })
    expect(isInRange(range, 4, 2)).toBe(true)
    expect(isInRange(range, 5, 2)).toBe(false)
    expect(isInRange(range, 3, 4)).toBe(false)
  })

  it('stops at the edge of the grid and ignores other keys', () => {
    const corner: CellRange = { anchor: { rowIndex: 0, columnIndex: 0 }, focus: { rowIndex: 0, columnIndex: 0 } }
    expect(extendRangeByKey(corner, 'ArrowUp', 10, 8)?.focus).toEqual({ rowIndex: 0, columnIndex: 0 })
    expect(extendRangeByKey(corner, 'Enter', 10, 8)).toBeNull()
  })

  it('fills down: the top row of the range is copied into every row below it', () => {
    const range: CellRange = { anchor: { rowIndex: 1, columnIndex: 0 }, focus: { rowIndex: 3, columnIndex: 1 } }
    const sheet = [
      ['a', 'b'],
      ['12', '华东'],
      ['7', '华北'],
      ['', '']
    ]
    expect(fillDownBlock(range, ({ rowIndex, columnIndex }) => sheet[rowIndex]?.[columnIndex] ?? '')).toEqual([
      ['12', '华东'],
      ['12', '华东'],
      ['12', '华东']
    ])
  })
})
