import { describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { csvText, encodeGb18030, writeXlsxTable, type FixtureCell } from '../helpers/account-fixtures'
import { openTestWorkbench } from '../helpers/workbench'

const base64 = (bytes: Buffer): string => bytes.toString('base64')
const utf8Csv = (table: FixtureCell[][]): Buffer => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csvText(table), 'utf8')])

const HEADERS = ['商品编码', '条形码', '商品名称', '规格', '供货价(元)', '建议零售价', '单位成本', '箱规', '重点SKU', '状态']

describe('catalogue import', () => {
  it('reads an .xlsx whose barcode column holds numbers exactly, writes nothing on preview, and inserts on commit', async () => {
    const { call } = openTestWorkbench()
    const file = await writeXlsxTable([
      HEADERS,
      ['SKU-0001', 6937215000010, '华康复方氨酚烷胺片', '12片/盒', 8.7, 16.8, 4.74, 30, '是', '在售'],
      ['SKU-0002', 6937215000027, '华康小儿氨酚黄那敏颗粒', '6g×10袋', '10.30', '19.50', null, 24, '否', '停产']
    ])
    const upload = { fileName: '目录.xlsx', dataBase64: base64(file) }
    const preview = await call('catalogue:import-preview', upload)
    expect(preview.columns.map((column) => column.field)).toEqual([
      'code',
      'barcode',
      'name',
      'spec',
      'listSupplyPriceFen',
      'suggestedRetailPriceFen',
      'unitCostFen',
      'casePack',
      'isKeySku',
      'status'
    ])
    expect([preview.totalRows, preview.validRows, preview.errorCount]).toEqual([2, 2, 0])
    expect(await call('catalogue:list', {})).toEqual([])

    const committed = await call('catalogue:import-commit', { ...upload, mapping: preview.columns.map((column) => column.field) })
    expect([committed.insertedCount, committed.skipped, committed.refusedRowsFile]).toEqual([2, 0, null])
    const skus = await call('catalogue:list', { ids: committed.insertedIds })
    expect(skus.map((sku) => [sku.code, sku.barcode, sku.listSupplyPriceFen, sku.suggestedRetailPriceFen, sku.unitCostFen, sku.isKeySku, sku.status])).toEqual([
      ['SKU-0001', '6937215000010', 870, 1680, 474, true, 'active'],
      ['SKU-0002', '6937215000027', 1030, 1950, null, false, 'discontinued']
    ])
  })

  it('refuses, row by row with reasons, a GBK CSV barcode Excel turned into 6.90123E+12, codes twice in the file and a used barcode', async () => {
    const { call } = openTestWorkbench()
    await call('catalogue:create', { values: { code: 'SKU-0009', barcode: '6937215000027', name: '已有', listSupplyPriceFen: '1' } })
    const file = encodeGb18030(
      csvText([
        HEADERS,
        ['SKU-0001', '6.90123E+12', '维C', '', '8.70', '', '', '', '', '在售'],
        ['SKU-0002', '6937215000010', '感冒灵', '', '10.30', '', '', '', '', '在售'],
        ['sku-0002', '', '重复编码', '', '5', '', '', '', '', '在售'],
        ['SKU-0003', '6937215000027', '条码已用', '', '5', '', '', '', '', '在售'],
        ['', '', '无编码', '', '0', '', '', '', '', '在售']
      ])
    )
    const upload = { fileName: '目录.csv', dataBase64: base64(file) }
    const preview = await call('catalogue:import-preview', upload)
    expect(preview.encoding).toBe('GB18030')
    expect(preview.errors.map((error) => [error.row, error.field])).toEqual([
      [2, 'barcode'],
      [4, 'code'],
      [5, 'barcode'],
      [6, 'listSupplyPriceFen']
    ])
    expect(preview.errors[0]?.message).toContain('“6.90123E+12”被 Excel 转成了科学计数法')
    expect(preview.errors[1]?.message).toBe('SKU 编码“sku-0002”在文件中重复（第 3 行已出现）')
    expect(preview.errors[2]?.message).toBe('条码“6937215000027”已被 SKU SKU-0009 使用')

    const committed = await call('catalogue:import-commit', { ...upload, mapping: preview.columns.map((column) => column.field) })
    expect([committed.insertedCount, committed.skipped]).toEqual([1, 4])
    expect((await call('catalogue:list', {})).map((sku) => sku.code)).toEqual(['SKU-0009', 'SKU-0002'])
    // the refused rows come back as a CSV to fix: the file's columns and the reasons
    const refused = Buffer.from(committed.refusedRowsFile!.dataBase64, 'base64').toString('utf8')
    expect(committed.refusedRowsFile?.rowCount).toBe(4)
    expect(refused).toContain('原第 2 行；条码“6.90123E+12”被 Excel 转成了科学计数法')
  })

  it('imports 100,000 rows in one commit', { timeout: 240_000 }, async () => {
    const { call } = openTestWorkbench()
    const rows: FixtureCell[][] = [['SKU编码', '品名', '供货价']]
    for (let i = 1; i <= 100_000; i += 1) rows.push([`S${i}`, `商品${i}`, `${(i % 500) + 1}.50`])
    const upload = { fileName: 'big.csv', dataBase64: base64(utf8Csv(rows)) }
    const preview = await call('catalogue:import-preview', upload)
    expect(preview.validRows).toBe(100_000)
    const committed = await call('catalogue:import-commit', { ...upload, mapping: preview.columns.map((column) => column.field) })
    expect(committed.insertedCount).toBe(100_000)
    const [last] = await call('catalogue:list', { ids: [committed.insertedIds[99_999]!] })
    // row 100,000: 100000 % 500 + 1 = 1 → "1.50" = 150 fen
    expect(last).toMatchObject({ code: 'S100000', listSupplyPriceFen: 150 })
  })
})

describe('catalogue export', () => {
  it('writes yuan prices, labels and barcodes as text, and the file imports back unchanged', async () => {
    const { call } = openTestWorkbench()
    await call('catalogue:create', { values: { code: 'SKU-0001', barcode: '6937215000010', name: '维C', listSupplyPriceFen: '8.7', isKeySku: '是' } })
    const exported = await call('catalogue:export', { format: 'xlsx', ids: [], columns: ['code', 'barcode', 'name', 'listSupplyPriceFen', 'isKeySku', 'status'], language: 'zh-CN' })
    expect(exported.rowCount).toBe(0)
    const all = await call('catalogue:list', {})
    const file = await call('catalogue:export', {
      format: 'xlsx',
      ids: all.map((sku) => sku.id),
      columns: ['code', 'barcode', 'name', 'listSupplyPriceFen', 'isKeySku', 'status'],
      language: 'zh-CN'
    })
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer)
    const sheet = workbook.worksheets[0]!
    expect(sheet.getRow(1).values).toEqual([undefined, 'SKU 编码', '条码', '品名', '供货价（目录）', '重点SKU', '状态'])
    expect(sheet.getRow(2).values).toEqual([undefined, 'SKU-0001', '6937215000010', '维C', 8.7, '是', '在售'])

    const csv = await call('catalogue:export', { format: 'csv', ids: all.map((sku) => sku.id), columns: ['code', 'barcode', 'name', 'listSupplyPriceFen'], language: 'en-US' })
    expect(Buffer.from(csv.dataBase64, 'base64').toString('utf8')).toBe('\uFEFFSKU code,Barcode,Name,List supply price\r\nSKU-0001,6937215000010,维C,8.70\r\n')

    const { call: callFresh } = openTestWorkbench()
    const upload = { fileName: file.fileName, dataBase64: file.dataBase64 }
    const preview = await callFresh('catalogue:import-preview', upload)
    await callFresh('catalogue:import-commit', { ...upload, mapping: preview.columns.map((column) => column.field) })
    const [copy] = await callFresh('catalogue:list', {})
    const [original] = all
    expect({ ...copy, id: 0, updatedAt: '' }).toEqual({ ...original, id: 0, updatedAt: '' })
  })
})
