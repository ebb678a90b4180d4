import { describe, expect, it } from 'vitest'
import { parseClipboardTable, planPaste, type PasteColumn } from '../../src/features/accounts/clipboard'

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
      { id: 11, patch: { name: '甲', directStores: '5' } },
      { id: 12, patch: { name: '乙', directStores: '6' } }
    ])
    expect(plan.creates).toEqual([{ name: '丙', directStores: '7' }])
    expect(plan.readOnlyColumns).toEqual(['storeClass'])
    expect(plan.cellCount).toBe(6)
  })

  it('ignores cells that fall beyond the last column', () => {
    const plan = planPaste([['9', 'x', 'y']], 1, 3, columns, (index) => ids[index])
    expect(plan.updates).toEqual([{ id: 12, patch: { directStores: '9' } }])
    expect(plan.cellCount).toBe(1)
  })
})
