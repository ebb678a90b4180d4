import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { openTestWorkbench, REPO_ROOT, type TestWorkbench } from '../helpers/workbench'
import {
  accountHeaders,
  csvText,
  encodeGb18030,
  makeAccountRows,
  writeAccountsCsv,
  writeAccountsXlsx,
  writeXlsxTable,
  type FixtureCell
} from '../helpers/account-fixtures'
import { EDITABLE_ACCOUNT_FIELDS, type EditableAccountField } from '../../src/shared/domain/accounts/account'
import type { ImportPreview } from '../../src/shared/contract'

const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures')
const fixture = (name: string): Buffer => fs.readFileSync(path.join(FIXTURES, name))

interface Upload {
  fileName: string
  dataBase64: string
}
const upload = (fileName: string, bytes: Buffer | string): Upload => ({
  fileName,
  dataBase64: (typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes).toString('base64')
})
const utf8Csv = (table: FixtureCell[][]): Buffer => Buffer.from(csvText(table), 'utf8')

async function preview(app: TestWorkbench, file: Upload, mapping?: (EditableAccountField | null)[]): Promise<ImportPreview> {
  return app.call('accounts:import-preview', mapping ? { ...file, mapping } : file)
}

/** Commits, then reads the inserted accounts back by the ids the commit answered (it answers no rows). */
async function commit(app: TestWorkbench, file: Upload, mapping?: (EditableAccountField | null)[]) {
  const confirmed = mapping ?? (await preview(app, file)).columns.map((column) => column.field)
  const committed = await app.call('accounts:import-commit', { ...file, mapping: confirmed })
  const inserted = await app.call('accounts:list', { ids: committed.insertedIds })
  return { ...committed, inserted }
}

const HEADER_ZH = ['客户编码', '客户名称', '业态', '区划代码', '年销售额(元)', '备注']

describe('accounts import: a GBK CSV saved by Chinese Excel', () => {
  const file = () => upload('客户清单.csv', fixture('accounts-gbk.csv'))

  it('previews with the encoding detected, both bad rows named with row number and reason, and writes nothing', async () => {
    const app = openTestWorkbench()
    const result = await preview(app, file())

    expect(result.fileType).toBe('csv')
    expect(result.encoding).toBe('GB18030')
    expect(result.totalRows).toBe(5)
    expect(result.validRows).toBe(3)
    expect(result.invalidRows).toBe(2)
    expect(result.missingRequired).toEqual([])
    expect(result.columns.map((column) => column.field)).toEqual([
      'code',
      'name',
      'format',
      'regionCode',
      'directStores',
      'salesAreaM2',
      'annualSalesFen',
      'employees',
      'dailyTraffic',
      'dailyTransactions',
      'isTopThreeInRegion',
      'notes'
    ])
    expect(result.columns[6]).toMatchObject({ header: '年销售额（万元）', samples: ['52000', '-300', '18000'] })

    expect(result.errorCount).toBe(2)
    expect(result.errors).toEqual([
      { row: 3, field: 'annualSalesFen', message: '“年销售额(元)”不能为负数' },
      { row: 4, field: 'format', message: expect.stringContaining('收到“百货商店”') }
    ])
    expect(result.errors[1]?.message).toContain('须为以下之一')

    expect(await app.call('accounts:list', {})).toEqual([])
  })

  it('commits the good rows only, with 万元 figures scaled and the multi-line note kept', async () => {
    const app = openTestWorkbench()
    const result = await commit(app, file())
    expect(result.inserted).toHaveLength(3)
    expect(result.skipped).toBe(2)

    const accounts = await app.call('accounts:list', {})
    expect(accounts.map((account) => account.name)).toEqual(['联华超市上海', '一心堂成都', '大参林广州'])
    expect(accounts.map((account) => account.code)).not.toContain('SZ-002')
    expect(accounts.map((account) => account.code)).not.toContain('BJ-003')

    const [lianhua, yixintang, dashenlin] = accounts
    expect(lianhua).toMatchObject({
      code: 'SH-001',
      format: 'supermarket',
      regionCode: '310000',
      directStores: 120,
      salesAreaM2: 180_000,
      // 52000 万元 = ¥520,000,000
      annualSalesFen: 52_000_000_000,
      isTopThreeInRegion: true,
      notes: '华东采购中心，月结 60 天'
    })
    // 21000.5 万元, exactly
    expect(yixintang?.annualSalesFen).toBe(21_000_500_000)
    // A figure with its own unit (2.6亿) is taken as written; a region by name becomes its code.
    expect(dashenlin).toMatchObject({ format: 'pharmacy', regionCode: '440100', annualSalesFen: 26_000_000_000, notes: '两票制\n需提前确认' })
  })
})

describe('accounts import: xlsx and CSV variants', () => {
  it('reads an .xlsx with English headers', async () => {
    const app = openTestWorkbench()
    const rows = makeAccountRows(30, 3)
    const file = upload('accounts.xlsx', await writeAccountsXlsx(rows, 'en-US'))

    const result = await preview(app, file)
    expect(result).toMatchObject({ fileType: 'xlsx', encoding: null, sheetName: 'Sheet1', totalRows: 30, validRows: 30, errorCount: 0 })
    expect(result.columns.map((column) => column.header)).toEqual(accountHeaders('en-US'))
    expect(result.columns.map((column) => column.field)).toEqual([...EDITABLE_ACCOUNT_FIELDS])

    const committed = await commit(app, file)
    expect(committed.inserted).toHaveLength(30)
    const accounts = await app.call('accounts:list', {})
    expect(accounts.map((account) => account.code)).toEqual(rows.map((row) => row.code))
    expect(accounts.map((account) => account.name)).toEqual(rows.map((row) => row.name))
    rows.forEach((row, index) => {
      const account = accounts[index]
      expect(account?.directStores).toBe(row.directStores)
      if (typeof row.annualSalesFen === 'number') expect(account?.annualSalesFen).toBe(Math.round(row.annualSalesFen * 100))
      expect(account?.regionCode).toBe(String(row.regionCode))
    })
  })

  it('reads a UTF-8 CSV with a BOM: the BOM is not part of the first header', async () => {
    const app = openTestWorkbench()
    const rows = makeAccountRows(12, 5)
    const bytes = writeAccountsCsv(rows, 'utf-8')
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])

    const result = await preview(app, upload('accounts.csv', bytes))
    expect(result.encoding).toBe('UTF-8')
    expect(result.columns[0]).toMatchObject({ header: '客户编码', field: 'code' })
    expect(result.validRows).toBe(12)

    await commit(app, upload('accounts.csv', bytes))
    const accounts = await app.call('accounts:list', {})
    expect(accounts.map((account) => account.notes)).toEqual(rows.map((row) => row.notes))
  })

  it('detects tab and semicolon delimiters', async () => {
    const app = openTestWorkbench()
    const rows = makeAccountRows(4, 9)
    for (const delimiter of ['\t', ';'] as const) {
      const result = await preview(app, upload('accounts.txt', writeAccountsCsv(rows, 'utf-8', { delimiter })))
      expect(result.columns.map((column) => column.field)).toEqual([...EDITABLE_ACCOUNT_FIELDS])
      expect(result.validRows).toBe(4)
    }
  })

  it('reads a GB18030 CSV written by the fixture helper', async () => {
    const app = openTestWorkbench()
    const rows = makeAccountRows(8, 21)
    const result = await preview(app, upload('gbk.csv', writeAccountsCsv(rows, 'gb18030')))
    expect(result.encoding).toBe('GB18030')
    expect(result.columns.map((column) => column.header)).toEqual(accountHeaders('zh-CN'))
    expect(result.validRows).toBe(8)
  })

  it('keeps a quoted multi-line cell in one row and numbers the rows after it as Excel does', async () => {
    const app = openTestWorkbench()
    const csv = [
      '客户名称,业态,备注',
      '家家悦烟台,连锁超市,"第一行',
      '第二行, 含逗号',
      '第三行 ""引号"""',
      '好德上海,百货,',
      '',
      '罗森上海,便利店,晚班补货'
    ].join('\r\n')
    const result = await preview(app, upload('notes.csv', csv))
    expect(result.totalRows).toBe(3)
    // Excel shows the file as: 1 header, 2 家家悦 (one tall cell), 3 好德, 4 blank, 5 罗森.
    expect(result.errors).toEqual([{ row: 3, field: 'format', message: expect.stringContaining('收到“百货”') }])

    const committed = await commit(app, upload('notes.csv', csv))
    expect(committed.skipped).toBe(1)
    const accounts = await app.call('accounts:list', {})
    expect(accounts.map((account) => account.name)).toEqual(['家家悦烟台', '罗森上海'])
    expect(accounts[0]?.notes).toBe('第一行\n第二行, 含逗号\n第三行 "引号"')
  })

  it('reads xlsx numbers as Excel shows them: exact yuan, 万元 scaled, float noise dropped', async () => {
    const app = openTestWorkbench()
    // What a formula leaves in a cell: binary noise past the 15 digits Excel shows.
    const stores = 0.1 * 3 * 40
    const salesYuan = 1234.56 * 1.0000000000000002
    expect([String(stores), String(salesYuan)]).toEqual(['12.000000000000002', '1234.5600000000002'])
    const bytes = await writeXlsxTable([
      ['客户名称', '业态', '直营门店数', '年销售额(元)', 'Annual sales (CNY 10k)'],
      ['华润万家深圳', '大卖场', stores, salesYuan, null],
      ['物美北京', '大卖场', 35, null, 0.35]
    ])
    const result = await preview(app, upload('numbers.xlsx', bytes))
    expect(result.columns.map((column) => column.field)).toEqual(['name', 'format', 'directStores', 'annualSalesFen', null])
    const mapping: (EditableAccountField | null)[] = ['name', 'format', 'directStores', null, 'annualSalesFen']
    const [first, second] = (await commit(app, upload('numbers.xlsx', bytes), mapping)).inserted
    expect(first).toMatchObject({ directStores: 12, annualSalesFen: null })
    // 0.35 万元 = ¥3,500
    expect(second?.annualSalesFen).toBe(350_000)

    const other = openTestWorkbench()
    const [exact] = (await commit(other, upload('numbers.xlsx', bytes))).inserted
    expect(exact?.annualSalesFen).toBe(123_456)
  })

  it('finds the header under a title line', async () => {
    const app = openTestWorkbench()
    const bytes = await writeXlsxTable([
      ['2026 年重点客户清单', null, null],
      ['客户名称', '业态', '备注'],
      ['大润发杭州', '大卖场', '标题行不是数据']
    ])
    const result = await preview(app, upload('title.xlsx', bytes))
    expect(result.columns.map((column) => [column.header, column.field])).toEqual([
      ['客户名称', 'name'],
      ['业态', 'format'],
      ['备注', 'notes']
    ])
    expect(result).toMatchObject({ totalRows: 1, validRows: 1 })
  })

  it('numbers xlsx rows as Excel does when the table starts lower down', async () => {
    const app = openTestWorkbench()
    const bytes = await writeXlsxTable([
      [null, null],
      ['客户名称', '业态'],
      ['永辉福州', '大卖场'],
      [null, null],
      ['好又多', '杂货铺']
    ])
    const result = await preview(app, upload('offset.xlsx', bytes))
    expect(result.totalRows).toBe(2)
    expect(result.errors).toEqual([{ row: 5, field: 'format', message: expect.stringContaining('杂货铺') }])
  })
})

describe('accounts import: codes', () => {
  it('refuses a code repeated in the file or already in the workspace, and numbers blank codes', async () => {
    const app = openTestWorkbench()
    await app.call('accounts:create', { values: { code: 'WAL-01', name: '沃尔玛华南', format: '大卖场' } })
    const csv = utf8Csv([
      HEADER_ZH,
      ['wal-01', '沃尔玛深圳', '大卖场', '440300', '', ''],
      ['NEW-1', '新客户一', '连锁超市', '', '', ''],
      ['new-1', '新客户一（重复）', '连锁超市', '', '', ''],
      ['', '无编码甲', '便利店', '', '', ''],
      ['', '无编码乙', '药店', '', '', ''],
      ['KA-0001', '占用 KA-0001', '连锁药店', '', '', '']
    ])
    const result = await preview(app, upload('codes.csv', csv))
    expect(result.errors).toEqual([
      { row: 2, field: 'code', message: '客户编码“wal-01”已被使用' },
      { row: 4, field: 'code', message: '客户编码“new-1”在文件中重复（第 3 行已出现）' }
    ])
    expect(result.validRows).toBe(4)

    const committed = await commit(app, upload('codes.csv', csv))
    expect(committed.skipped).toBe(2)
    expect(committed.inserted.map((account) => [account.code, account.name])).toEqual([
      ['NEW-1', '新客户一'],
      ['KA-0002', '无编码甲'],
      ['KA-0003', '无编码乙'],
      ['KA-0001', '占用 KA-0001']
    ])
    const stored = await app.call('accounts:list', {})
    expect(stored).toHaveLength(5)
    expect(stored.slice(1)).toEqual(committed.inserted)
  })
})

describe('accounts import: column mapping', () => {
  it('maps labels, units and synonyms, and leaves computed columns unmapped', async () => {
    const app = openTestWorkbench()
    const csv = utf8Csv([
      ['零售商', '业态类型', '地区', '门店数', '面积', '年销售额(万元)', '坪效(元/m²)', '成交率', '卖场等级', '人数', '客流', '日成交', '说明', 'Updated'],
      ['沃尔玛深圳', 'Hypermarket', '广东省 深圳市', '46', '391,000', '960000', '24552.43', '42.2%', 'A 类', '18400', '414000', '174800', '—', '2026-01-01']
    ])
    const result = await preview(app, upload('synonyms.csv', csv))
    expect(result.columns.map((column) => column.field)).toEqual([
      'name',
      'format',
      'regionCode',
      'directStores',
      'salesAreaM2',
      'annualSalesFen',
      null,
      null,
      null,
      'employees',
      'dailyTraffic',
      'dailyTransactions',
      'notes',
      null
    ])
    expect(result.validRows).toBe(1)
    const [account] = (await commit(app, upload('synonyms.csv', csv))).inserted
    expect(account).toMatchObject({ regionCode: '440300', salesAreaM2: 391_000, annualSalesFen: 960_000_000_000, employees: 18_400 })
  })

  it('matches full-width brackets, spaces and case in headers', async () => {
    const app = openTestWorkbench()
    const csv = utf8Csv([
      [' 客户名称 ', 'FORMAT', '年销售额（元）', 'annual SALES (cny)', 'Division Code'],
      ['华联', '超市', '100.5', '', '310115']
    ])
    const result = await preview(app, upload('case.csv', csv))
    // The second sales column loses: a field goes to the first column that names it.
    expect(result.columns.map((column) => column.field)).toEqual(['name', 'format', 'annualSalesFen', null, 'regionCode'])
  })

  it('uses a region-name column only when there is no code column', async () => {
    const app = openTestWorkbench()
    const both = await preview(app, upload('both.csv', utf8Csv([['客户名称', '业态', '地区', '区划代码'], ['华联', '超市', '上海市', '310000']])))
    expect(both.columns.map((column) => column.field)).toEqual(['name', 'format', null, 'regionCode'])
  })

  it('follows a mapping the user chose, and refuses one field for two columns', async () => {
    const app = openTestWorkbench()
    const csv = utf8Csv([
      ['系统', '类型', '备注'],
      ['大润发华东', '大卖场', '忽略我']
    ])
    const automatic = await preview(app, upload('mine.csv', csv))
    expect(automatic.columns.map((column) => column.field)).toEqual([null, null, 'notes'])
    expect(automatic.missingRequired).toEqual(['name', 'format'])
    expect(automatic.validRows).toBe(0)

    const chosen = await preview(app, upload('mine.csv', csv), ['name', 'format', null])
    expect(chosen).toMatchObject({ validRows: 1, missingRequired: [] })
    const committed = await commit(app, upload('mine.csv', csv), ['name', 'format', null])
    expect(committed.inserted[0]).toMatchObject({ name: '大润发华东', format: 'hypermarket', notes: '', code: 'KA-0001' })

    const refused = await app.callFailing('accounts:import-preview', { ...upload('mine.csv', csv), mapping: ['name', 'name', null] })
    expect(refused.code).toBe('duplicate-mapping')
    expect(refused.message).toContain('客户名称')
  })

  it('refuses to commit when a required column is missing', async () => {
    const app = openTestWorkbench()
    const csv = utf8Csv([['客户名称', '备注'], ['华联', 'x']])
    const result = await preview(app, upload('noformat.csv', csv))
    expect(result).toMatchObject({ missingRequired: ['format'], validRows: 0, invalidRows: 1 })
    const failure = await app.callFailing('accounts:import-commit', { ...upload('noformat.csv', csv), mapping: ['name', 'notes'] })
    expect(failure).toMatchObject({ code: 'nothing-to-import', message: '没有可导入的行' })
    expect(await app.call('accounts:list', {})).toEqual([])
  })

  it('lists the first 200 errors and counts them all, in the workspace language', async () => {
    const app = openTestWorkbench()
    await app.call('settings:set', { key: 'language', value: 'en-US' })
    const rows: FixtureCell[][] = [['Account name', 'Format', 'Daily traffic', 'Daily transactions']]
    for (let i = 0; i < 250; i += 1) rows.push([`Shop ${i}`, 'Hypermarket', '100', '120'])
    rows.push(['Good shop', 'Hypermarket', '120', '100'])
    const result = await preview(app, upload('many.csv', utf8Csv(rows)))
    expect(result).toMatchObject({ totalRows: 251, validRows: 1, invalidRows: 250, errorCount: 250 })
    expect(result.errors).toHaveLength(200)
    expect(result.errors[0]).toEqual({ row: 2, field: 'dailyTransactions', message: 'Daily transactions (120) cannot exceed daily traffic (100)' })
    expect(result.errors[199]?.row).toBe(201)
  })
})

describe('accounts import: files it cannot read', () => {
  const random = (length: number): Buffer => {
    let state = 42
    return Buffer.from(Array.from({ length }, () => (state = (state * 1103515245 + 12345) % 2 ** 31) % 256))
  }
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1')
  // The first bytes of an OLE2 compound file: a legacy .xls, or a password-protected .xlsx.
  const ole2 = (body: Buffer): Buffer => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), body])

  const cases: { what: string; file: Upload; code: string; says: string }[] = [
    { what: 'random bytes named .xlsx', file: upload('客户.xlsx', random(4096)), code: 'unreadable-file', says: '不是有效的 Excel 工作簿' },
    { what: 'a .docx renamed .xlsx', file: upload('方案.xlsx', fixture('renamed-docx.xlsx')), code: 'unreadable-file', says: '不是有效的 Excel 工作簿' },
    { what: 'a .pdf', file: upload('报价单.pdf', pdf), code: 'unsupported-file', says: '请使用 .xlsx 或 .csv' },
    { what: 'a legacy .xls named .xlsx', file: upload('旧表.xlsx', ole2(Buffer.from('Workbook', 'utf16le'))), code: 'unreadable-file', says: '旧版 .xls' },
    { what: 'a password-protected .xlsx', file: upload('加密.xlsx', ole2(Buffer.from('EncryptedPackage', 'utf16le'))), code: 'unreadable-file', says: '打开密码' },
    { what: 'binary bytes named .csv', file: upload('客户.csv', random(4096)), code: 'unreadable-file', says: '内容不是文本' },
    { what: 'an empty .csv', file: upload('空.csv', ''), code: 'empty-file', says: '没有数据行' },
    { what: 'a CSV with an unclosed quote', file: upload('坏.csv', '客户名称,业态\n"华联,超市\n物美,超市\n'), code: 'unreadable-file', says: '第 2 行的引号没有闭合' }
  ]

  for (const { what, file, code, says } of cases) {
    it(`gives a clear error for ${what} and writes nothing`, async () => {
      const app = openTestWorkbench()
      const previewFailure = await app.callFailing('accounts:import-preview', file)
      expect(previewFailure.code).toBe(code)
      expect(previewFailure.message).toContain(file.fileName)
      expect(previewFailure.message).toContain(says)
      expect(previewFailure.message).not.toMatch(/\n\s+at |Error:/)

      const commitFailure = await app.callFailing('accounts:import-commit', { ...file, mapping: ['name', 'format'] })
      expect(commitFailure.code).toBe(code)
      expect(await app.call('accounts:list', {})).toEqual([])
    })
  }

  it('says so when no header is recognised', async () => {
    const app = openTestWorkbench()
    const failure = await app.callFailing('accounts:import-preview', upload('x.csv', 'foo,bar\n1,2\n'))
    expect(failure.code).toBe('no-header-match')
  })

  it('reads an .xlsx saved under a .csv name by its bytes', async () => {
    const app = openTestWorkbench()
    const bytes = await writeAccountsXlsx(makeAccountRows(2, 1), 'zh-CN')
    expect((await preview(app, upload('misnamed.csv', bytes))).fileType).toBe('xlsx')
  })

  it('encodes GB18030 in the fixture helper the way the decoder reads it', () => {
    const text = '营业面积(m²)，“堆头”'
    expect(new TextDecoder('gb18030').decode(encodeGb18030(text))).toBe(text)
  })
})
