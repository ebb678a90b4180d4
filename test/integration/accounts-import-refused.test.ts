/**
 * An import answers counts, not rows; the rows it refused can be saved as a file (the same
 * columns plus the reasons), fixed in Excel and imported again.
 */
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { openTestWorkbench } from '../helpers/workbench'
import { csvText, writeXlsxTable, type FixtureCell } from '../helpers/account-fixtures'

const upload = (fileName: string, bytes: Buffer) => ({ fileName, dataBase64: bytes.toString('base64') })
const utf8Csv = (table: FixtureCell[][]): Buffer => Buffer.from(csvText(table), 'utf8')

// Row 2 is good, row 3 has a negative store count, row 4 an unknown format and a fractional count, row 5 is good.
const TABLE: FixtureCell[][] = [
  ['客户名称', '业态', '直营门店数', '备注'],
  ['华联超市', '连锁超市', 120, ''],
  ['好邻居', '便利店', -3, '=HYPERLINK("http://x")'],
  ['百货大楼', '百货', 12.5, ''],
  ['老百姓大药房', '连锁药店', 2000, '']
]
const MAPPING = ['name', 'format', 'directStores', 'notes'] as const

describe('accounts import: counts and refused rows', () => {
  it('answers the commit with counts and the new ids only', async () => {
    const app = openTestWorkbench()
    const committed = await app.call('accounts:import-commit', { ...upload('stores.csv', utf8Csv(TABLE)), mapping: [...MAPPING] })
    const stored = await app.call('accounts:list', {})
    expect(committed).toEqual({ insertedCount: 2, skipped: 2, insertedIds: stored.map((account) => account.id) })
    expect(stored.map((account) => account.name)).toEqual(['华联超市', '老百姓大药房'])
    // The ids read back in the order asked.
    expect((await app.call('accounts:list', { ids: [...committed.insertedIds].reverse() })).map((a) => a.name)).toEqual(['老百姓大药房', '华联超市'])
  })

  it('writes the refused rows as CSV with the file’s columns and the reasons, formula-safe', async () => {
    const app = openTestWorkbench()
    const file = await app.call('accounts:import-refused-rows', { ...upload('stores.csv', utf8Csv(TABLE)), mapping: [...MAPPING] })
    expect(file).toMatchObject({ fileName: 'stores-未导入的行.csv', mimeType: 'text/csv;charset=utf-8', rowCount: 2 })
    const text = Buffer.from(file.dataBase64, 'base64').toString('utf8')
    expect(text.startsWith('\uFEFF')).toBe(true)
    expect(text.slice(1).split('\r\n')).toEqual([
      '客户名称,业态,直营门店数,备注,未导入原因',
      // Cells that start like a formula (-3, =HYPERLINK) get a leading ' (the importer removes it again).
      `好邻居,便利店,'-3,"'=HYPERLINK(""http://x"")",原第 3 行；“直营门店数”不能为负数`,
      '百货大楼,百货,12.5,,原第 4 行；“业态”须为以下之一：大卖场、连锁超市、连锁便利店、连锁药店；收到“百货”；“直营门店数”须为整数，收到“12.5”',
      ''
    ])
  })

  it('writes an xlsx for an xlsx, which imports again once fixed', async () => {
    const app = openTestWorkbench()
    const bytes = await writeXlsxTable(TABLE)
    const file = await app.call('accounts:import-refused-rows', { ...upload('stores.xlsx', bytes), mapping: [...MAPPING] })
    expect(file).toMatchObject({ fileName: 'stores-未导入的行.xlsx', rowCount: 2 })
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(new Uint8Array(Buffer.from(file.dataBase64, 'base64')).buffer)
    const sheet = workbook.worksheets[0]
    if (!sheet) throw new Error('no sheet')
    expect(sheet.getRow(1).values).toEqual([undefined, '客户名称', '业态', '直营门店数', '备注', '未导入原因'])
    expect(sheet.getRow(2).getCell(1).value).toBe('好邻居')
    expect(sheet.getRow(2).getCell(4).value).toBe('=HYPERLINK("http://x")')
    expect(sheet.getRow(2).getCell(4).type).toBe(ExcelJS.ValueType.String)

    // The user fixes the two rows in Excel and imports the same file: the reason column is ignored.
    sheet.getRow(2).getCell(3).value = 3
    sheet.getRow(3).getCell(2).value = '大卖场'
    sheet.getRow(3).getCell(3).value = 12
    const fixed: Buffer = Buffer.concat([new Uint8Array(await workbook.xlsx.writeBuffer())])
    const preview = await app.call('accounts:import-preview', upload('stores-fixed.xlsx', fixed))
    expect(preview).toMatchObject({ totalRows: 2, validRows: 2, errorCount: 0 })
    expect(preview.columns.map((column) => column.field)).toEqual(['name', 'format', 'directStores', 'notes', null])
    const committed = await app.call('accounts:import-commit', { ...upload('stores-fixed.xlsx', fixed), mapping: preview.columns.map((c) => c.field) })
    expect(committed.insertedCount).toBe(2)
  })

  it('gives every row the missing-column reason when a required column is absent', async () => {
    const app = openTestWorkbench()
    const table: FixtureCell[][] = [['客户名称'], ['华联超市']]
    const file = await app.call('accounts:import-refused-rows', { ...upload('names.csv', utf8Csv(table)), mapping: ['name'] })
    const lines = Buffer.from(file.dataBase64, 'base64').toString('utf8').slice(1).split('\r\n')
    expect(lines[1]).toBe('华联超市,原第 2 行；缺少必填列：业态')
  })
})
