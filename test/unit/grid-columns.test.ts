import { describe, expect, it } from 'vitest'
import type { ColDef } from 'ag-grid-community'
import { decorateColumns, headerTextWidth } from '../../src/grid/grid-columns'

const decoration = { cellClassRules: {}, pendingText: () => undefined, suppressKeyboardEvent: () => false }

describe('what every grid column gets from the layer', () => {
  it('keeps a computed numeric column right-aligned under a right-aligned header (its own cell class used to drop the alignment)', () => {
    const [column] = decorateColumns<object>([{ colId: 'conversionRate', headerName: '成交率', type: 'rightAligned', cellClass: 'cell-computed', width: 100 }], decoration) as ColDef[]
    expect(column?.cellClass).toEqual(['cell-computed', 'ag-right-aligned-cell'])
    expect(column?.headerClass).toBe('ag-right-aligned-header')
  })

  it('sizes a column to its header in the current language', () => {
    // "Sales per employee (CNY/person)": 31 Latin characters ≈ 236 px of text, plus 60 px for
    // padding, the sort arrow and the filter icon, is wider than the 150 px the page asked for.
    const header = 'Sales per employee (CNY/person)'
    const [english] = decorateColumns<object>([{ colId: 'salesPerEmployeeFen', headerName: header, width: 150 }], decoration) as ColDef[]
    expect(english?.width).toBe(Math.ceil(headerTextWidth(header) + 60))
    expect(english?.width).toBeGreaterThan(150)
    // 人效(元/人): short enough for the page's own width.
    const [chinese] = decorateColumns<object>([{ colId: 'salesPerEmployeeFen', headerName: '人效(元/人)', width: 150 }], decoration) as ColDef[]
    expect(chinese?.width).toBe(150)
  })
})
