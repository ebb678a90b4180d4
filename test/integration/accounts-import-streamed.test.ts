/**
 * The accounts import reads an .xlsx as it inflates, row by row, never as a table: what a user
 * checks must be what it was when the file was held whole. A title line above the header, blank
 * codes numbered around a code a later row names, an update whose old values undo puts back.
 */
import { describe, expect, it } from 'vitest'
import { writeXlsxTable } from '../helpers/account-fixtures'
import { openTestWorkbench } from '../helpers/workbench'

const HEADER_ZH = ['客户编码', '客户名称', '业态', '区划代码', '年销售额(元)', '备注']

describe('accounts import of a streamed .xlsx', () => {
  it('finds the header under a title, numbers blank codes past a code named later, and answers the old values of an update', async () => {
    const { call } = openTestWorkbench()
    await call('accounts:create', { values: { code: 'WAL-01', name: '沃尔玛华南', format: '大卖场', annualSalesFen: '1000' } })
    const bytes = await writeXlsxTable([
      ['2026 年重点客户清单'],
      HEADER_ZH,
      ['', '无编码甲', '便利店', '', '', ''],
      ['WAL-01', '沃尔玛深圳', '大卖场', '440300', '2500', ''],
      // KA-0001 is named after the blank-code row: the blank row must not take it.
      ['KA-0001', '占用 KA-0001', '连锁药店', '', '', '']
    ])
    const upload = { fileName: '客户.xlsx', dataBase64: bytes.toString('base64') }
    const preview = await call('accounts:import-preview', upload)
    expect(preview.columns.map((column) => column.header)).toEqual(HEADER_ZH)
    expect(preview).toMatchObject({ totalRows: 3, validRows: 3, newRows: 2, changedRows: 1 })

    const committed = await call('accounts:import-commit', { ...upload, mapping: preview.columns.map((column) => column.field) })
    expect([committed.insertedCount, committed.updatedCount, committed.skipped]).toEqual([2, 1, 0])
    const inserted = await call('accounts:list', { ids: committed.insertedIds })
    // In file order: the blank-code row first, numbered KA-0002 since the file names KA-0001.
    expect(inserted.map((account) => [account.code, account.name])).toEqual([
      ['KA-0002', '无编码甲'],
      ['KA-0001', '占用 KA-0001']
    ])
    // What undo writes back: the account as it was, 1,000 yuan = 100,000 fen, no region.
    expect(committed.previous).toHaveLength(1)
    expect(committed.previous[0]).toMatchObject({ code: 'WAL-01', name: '沃尔玛华南', annualSalesFen: 100_000, regionCode: null })
    const [updated] = await call('accounts:list', { ids: committed.updatedIds })
    // 2,500 yuan = 250,000 fen
    expect(updated).toMatchObject({ code: 'WAL-01', name: '沃尔玛深圳', regionCode: '440300', annualSalesFen: 250_000 })
  })
})
