import { describe, expect, it } from 'vitest'
import type { ColDef } from 'ag-grid-community'
import { decorateColumns, headerTextWidth } from '../../src/grid/grid-columns'
import { MAX_CELL_TEXT_LENGTH } from '../../src/shared/cell-text'
import { MAX_NOTES_LENGTH } from '../../src/shared/domain/accounts/account'

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

  it('lets a wrapping header of a column that neither sorts nor filters be as narrow as its longest word', () => {
    // "Annual amount" on one line with the icons: 13 × 7.6 = 98.8 + 60 → 159 px, wider than the
    // 96 px the term sheet gives it beside the economics panel. Wrapped, without icons: "amount"
    // 6 × 7.6 = 45.6 + 26 px of padding → 72 px, so the page's 96 px stand.
    const plain = { sortable: false, filter: false, wrapHeaderText: true }
    const [wrapped, sorting] = decorateColumns<object>(
      [
        { colId: 'offerAmount', headerName: 'Annual amount', width: 96, ...plain },
        { colId: 'offerAmount', headerName: 'Annual amount', width: 96, wrapHeaderText: true }
      ],
      decoration
    ) as ColDef[]
    expect(wrapped?.width).toBe(96)
    expect(wrapped?.minWidth).toBe(72)
    // Still sortable: the arrow and the filter icon need their 60 px beside the longest word.
    expect(sorting?.width).toBe(Math.ceil(6 * 7.6 + 60))
    // 单价/比例 wraps after the slash: "单价/" is 2 × 13.5 + 7.6 = 34.6 px of text.
    const [chinese] = decorateColumns<object>([{ colId: 'offerValue', headerName: '单价/比例', width: 40, ...plain }], decoration) as ColDef[]
    expect(chinese?.width).toBe(Math.ceil(2 * 13.5 + 7.6 + 26))
  })

  it('lets text editors take more than any field allows, so an over-long note is refused by the service with its message instead of cut short', () => {
    // AG Grid's large-text editor cut a 2,001-character note to its maxLength (2,000, or 200 by
    // default) without a word; the layer now lets it through to the service's "最多 2000 个字符".
    const [notes, name, region] = decorateColumns<object>(
      [
        { colId: 'notes', headerName: '备注', cellEditor: 'agLargeTextCellEditor', cellEditorParams: { maxLength: MAX_NOTES_LENGTH, rows: 6 } },
        { colId: 'name', headerName: '客户名称' },
        { colId: 'region', headerName: '地区', cellEditor: 'regionEditor', cellEditorParams: { maxLength: 6 } }
      ],
      decoration
    ) as ColDef[]
    expect(notes?.cellEditorParams).toEqual({ maxLength: MAX_CELL_TEXT_LENGTH, rows: 6 })
    expect(MAX_CELL_TEXT_LENGTH).toBeGreaterThan(MAX_NOTES_LENGTH)
    expect(name?.cellEditorParams).toEqual({ maxLength: MAX_CELL_TEXT_LENGTH })
    // An editor of the page's own is left as it is.
    expect(region?.cellEditorParams).toEqual({ maxLength: 6 })
  })
})
