/**
 * A catalogue commit right after the preview of the same file works from the preview's records
 * (the file is not read and parsed twice), yet decides as a commit from the file would: the
 * catalogue is checked again at commit time, and another file or another mapping is read afresh.
 */
import { describe, expect, it } from 'vitest'
import { csvText, type FixtureCell } from '../helpers/account-fixtures'
import { openTestWorkbench } from '../helpers/workbench'

const utf8Csv = (table: FixtureCell[][]): string => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csvText(table), 'utf8')]).toString('base64')

const HEADERS = ['商品编码', '商品名称', '规格', '供货价(元)']

describe('catalogue import: commit after preview', () => {
  it('refuses at commit a code the catalogue took after the preview, and inserts the rest', async () => {
    const { call } = openTestWorkbench()
    const upload = {
      fileName: '目录.csv',
      dataBase64: utf8Csv([HEADERS, ['SKU-0101', '维C泡腾片', '10片/支', '12.50'], ['SKU-0102', '感冒灵', '10袋', '9.80']])
    }
    const preview = await call('catalogue:import-preview', upload)
    expect([preview.validRows, preview.errorCount]).toEqual([2, 0])
    // Someone adds SKU-0102 by hand between the preview and the commit.
    await call('catalogue:create', { values: { code: 'SKU-0102', name: '手工录入', listSupplyPriceFen: '1' } })

    const committed = await call('catalogue:import-commit', { ...upload, mapping: preview.columns.map((column) => column.field) })
    expect([committed.insertedCount, committed.skipped]).toEqual([1, 1])
    const skus = await call('catalogue:list', { ids: committed.insertedIds })
    // 12.50 yuan = 1,250 fen
    expect(skus.map((sku) => [sku.code, sku.name, sku.spec, sku.listSupplyPriceFen])).toEqual([['SKU-0101', '维C泡腾片', '10片/支', 1250]])
    const refused = Buffer.from(committed.refusedRowsFile!.dataBase64, 'base64').toString('utf8')
    expect(committed.refusedRowsFile?.rowCount).toBe(1)
    // Row 3 of the file (SKU-0102), with the commit's reason: the code is now in the catalogue.
    expect(refused).toContain('感冒灵')
    expect(refused).toContain('原第 3 行')
    expect(refused).not.toContain('维C泡腾片')
  })

  it('reads the file afresh when the commit sends another mapping or another file than the preview saw', async () => {
    const { call } = openTestWorkbench()
    const first = { fileName: '目录.csv', dataBase64: utf8Csv([HEADERS, ['SKU-0201', '板蓝根', '20袋', '15']]) }
    const preview = await call('catalogue:import-preview', first)
    const mapping = preview.columns.map((column) => column.field)
    // The user unmaps 规格 (column C) before committing: the spec stays blank, not 20袋.
    const withoutSpec = mapping.map((field) => (field === 'spec' ? null : field))
    const committed = await call('catalogue:import-commit', { ...first, mapping: withoutSpec })
    const [stored] = await call('catalogue:list', { ids: committed.insertedIds })
    expect(stored).toMatchObject({ code: 'SKU-0201', spec: '', listSupplyPriceFen: 1500 })

    await call('catalogue:import-preview', first)
    // Another file under the same name and mapping: its own rows are inserted, not the previewed ones.
    const second = { fileName: '目录.csv', dataBase64: utf8Csv([HEADERS, ['SKU-0202', '藿香正气水', '10支', '8']]) }
    const again = await call('catalogue:import-commit', { ...second, mapping })
    const [other] = await call('catalogue:list', { ids: again.insertedIds })
    expect(other).toMatchObject({ code: 'SKU-0202', name: '藿香正气水', spec: '10支', listSupplyPriceFen: 800 })
  })
})
