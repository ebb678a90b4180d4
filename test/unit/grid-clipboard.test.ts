import { describe, expect, it } from 'vitest'
import { fillBlock, formatClipboardTable, parseClipboardTable, pasteRowNumber, planPaste, type PasteColumn } from '../../src/grid/clipboard'

describe('parseClipboardTable (a block copied from Excel or WPS)', () => {
  it('splits rows and tab-separated cells and drops the trailing newline Excel adds', () => {
    expect(parseClipboardTable('46\t391000\r\n22\t202400\r\n')).toEqual([
      ['46', '391000'],
      ['22', '202400']
    ])
  })

  it('keeps a quoted cell with a newline, a tab and doubled quotes as one cell', () => {
    const text = 'KA-1\t"第一行\n第二行"\n"a\tb"\t"说""好"的"\n'
    expect(parseClipboardTable(text)).toEqual([
      ['KA-1', '第一行\n第二行'],
      ['a\tb', '说"好"的']
    ])
  })

  it('keeps empty cells in the middle of a row', () => {
    expect(parseClipboardTable('1\t\t3')).toEqual([['1', '', '3']])
  })

  it('returns no rows for empty text', () => {
    expect(parseClipboardTable('')).toEqual([])
  })
})

describe('planPaste', () => {
  const columns: PasteColumn[] = [
    { colId: 'code', field: 'code' },
    { colId: 'name', field: 'name' },
    { colId: 'storeClass', field: null },
    { colId: 'directStores', field: 'directStores' }
  ]
  const ids = [11, 12]

  it('lays the block over the grid from the focused cell and creates rows past the end', () => {
    const plan = planPaste(
      [
        ['甲', 'A', '5'],
        ['乙', 'B', '6'],
        ['丙', 'C', '7']
      ],
      0,
      1,
      columns,
      (index) => ids[index]
    )
    expect(plan.updates).toEqual([
      { id: 11, patch: { name: '甲', directStores: '5' }, displayRow: 1 },
      { id: 12, patch: { name: '乙', directStores: '6' }, displayRow: 2 }
    ])
    expect(plan.creates).toEqual([{ name: '丙', directStores: '7' }])
    expect(plan.readOnlyColumns).toEqual(['storeClass'])
    expect(plan.cellCount).toBe(6)
  })

  it('ignores cells that fall beyond the last column', () => {
    const plan = planPaste([['9', 'x', 'y']], 1, 3, columns, (index) => ids[index])
    expect(plan.updates).toEqual([{ id: 12, patch: { directStores: '9' }, displayRow: 2 }])
    expect(plan.cellCount).toBe(1)
  })
})

describe('copy gives Excel what it expects, and the grid reads it back', () => {
  it('quotes only cells with a tab, a newline or a quote, and separates rows with CRLF', () => {
    const cells = [
      ['KA-001', '华联超市', '12500.00'],
      ['KA-002', '第一行\n第二行', '说"好"']
    ]
    const text = formatClipboardTable(cells)
    expect(text).toBe('KA-001\t华联超市\t12500.00\r\nKA-002\t"第一行\n第二行"\t"说""好"""')
    // Copy → paste inside the grid restores the same values.
    expect(parseClipboardTable(text)).toEqual(cells)
  })
})

describe('a single copied cell pasted over a selected range', () => {
  it('fills every cell of the range; a larger block is pasted as it is', () => {
    expect(fillBlock([['5']], 2, 3)).toEqual([
      ['5', '5', '5'],
      ['5', '5', '5']
    ])
    expect(fillBlock([['5', '6']], 2, 3)).toEqual([['5', '6']])
  })
})

describe('paste report row numbers', () => {
  it('numbers the rows a paste created after the rows that were there before it', () => {
    // 25 rows shown; a 3-row block pasted at row 24 updates rows 24 and 25 and creates 1 row.
    // The created row is row 26 (25 + createIndex 0 + 1), not 25 + 1 (created) + 1 = 27.
    const displayRowOf = new Map([
      [101, 24],
      [102, 25]
    ])
    expect(pasteRowNumber({ id: 102 }, displayRowOf, 25)).toBe(25)
    expect(pasteRowNumber({ id: null, createIndex: 0 }, displayRowOf, 25)).toBe(26)
    expect(pasteRowNumber({ id: null, createIndex: 2 }, displayRowOf, 25)).toBe(28)
  })
})
