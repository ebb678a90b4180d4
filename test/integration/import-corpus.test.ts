/**
 * The import corpus (test/fixtures/import-corpus, made by make-fixtures.ts): files shaped as real
 * tools write them, each for a defect found importing real-world files. What is checked is what
 * a person importing the file would see: which rows and cells arrive, which are refused and why.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readTable, type Table } from '../../electron/core/files/read-table'
import { openTestWorkbench, REPO_ROOT } from '../helpers/workbench'
import { AppFailure } from '../../src/shared/result'
import { translate } from '../../src/shared/i18n'

const CORPUS = path.join(REPO_ROOT, 'test', 'fixtures', 'import-corpus')
const corpus = (name: string): Buffer => fs.readFileSync(path.join(CORPUS, name))
const read = (name: string, options?: { sheetName?: string }): Promise<Table> => readTable(name, corpus(name), 'zh-CN', options)
const cellsOf = (table: Table) => table.rows.map((row) => row.cells)

async function failureOf(promise: Promise<unknown>): Promise<AppFailure> {
  try {
    await promise
  } catch (error) {
    if (error instanceof AppFailure) return error
    throw error
  }
  throw new Error('expected a failure')
}

const upload = (name: string) => ({ fileName: name, dataBase64: corpus(name).toString('base64') })

describe('import corpus: CSV line endings', () => {
  it('reads CRLF, LF-only and CR-only line ends and quoted line breaks in one file as separate records', async () => {
    const table = await read('mixed-line-endings.csv')
    // Six records: the header and five accounts; the quoted "第一行\n第二行" stays one cell.
    expect(cellsOf(table)).toEqual([
      ['客户名称', '业态', '直营门店数', '备注'],
      ['华联超市', '超市', '12', ''],
      ['物美超市', '超市', '30', ''],
      ['永辉超市', '超市', '40', '第一行\n第二行'],
      ['老百姓大药房', '药店', '50', ''],
      ['一心堂', '药店', '60', '引号"内"']
    ])
    expect(table.rows.map((row) => row.rowNumber)).toEqual([1, 2, 3, 4, 5, 6])
  })

  it('imports all five accounts of that file, none lost', async () => {
    const app = openTestWorkbench()
    const preview = await app.call('accounts:import-preview', upload('mixed-line-endings.csv'))
    expect(preview).toMatchObject({ totalRows: 5, validRows: 5 })
  })

  it('still refuses a quote that is really left open, naming the row it opens on', async () => {
    const failure = await failureOf(readTable('x.csv', Buffer.from('名称,备注\r\n华联,"没有闭合\r\n物美,x\r\n'), 'zh-CN'))
    expect(failure.code).toBe('unreadable-file')
    expect(failure.message).toContain(translate('zh-CN', 'import.reasonUnclosedQuote', { row: 2 }))
  })
})

describe('import corpus: which sheet of a workbook', () => {
  it('reads the active visible sheet, never the hidden lookup sheet in front of it, and lists the sheets holding data', async () => {
    const table = await read('hidden-lookup-first.xlsx')
    expect(table.sheetName).toBe('客户清单')
    expect(cellsOf(table)).toEqual([
      ['客户名称', '业态', '直营门店数'],
      ['华联超市', '超市', '12']
    ])
    expect(table.sheets).toEqual([
      { name: '代码表', isHidden: true },
      { name: '隐藏', isHidden: true },
      { name: '说明', isHidden: false },
      { name: '客户清单', isHidden: false }
    ])
  })

  it('reads a sheet named by the user, and refuses a name the workbook does not have', async () => {
    expect(cellsOf(await read('hidden-lookup-first.xlsx', { sheetName: '说明' }))).toEqual([['本表由总部下发']])
    const failure = await failureOf(read('hidden-lookup-first.xlsx', { sheetName: '不存在' }))
    expect(failure.code).toBe('unreadable-file')
    expect(failure.message).toContain('不存在')
  })

  it('offers both sheets of a two-sheet workbook, previews and imports the one the user picks', async () => {
    const app = openTestWorkbench()
    const first = await app.call('accounts:import-preview', upload('two-account-sheets.xlsx'))
    // The active tab (华东, one account) is read first; both sheets are offered.
    expect(first.sheetName).toBe('华东')
    expect(first.sheets).toEqual([
      { name: '华东', isHidden: false },
      { name: '华南', isHidden: false }
    ])
    expect(first).toMatchObject({ totalRows: 1, validRows: 1 })

    const picked = await app.call('accounts:import-preview', { ...upload('two-account-sheets.xlsx'), sheet: '华南' })
    expect(picked.sheetName).toBe('华南')
    expect(picked).toMatchObject({ totalRows: 2, validRows: 2, newRows: 2 })
    const committed = await app.call('accounts:import-commit', {
      ...upload('two-account-sheets.xlsx'),
      sheet: '华南',
      mapping: picked.columns.map((column) => column.field)
    })
    expect(committed.insertedCount).toBe(2)
    // The two accounts of 华南, not 华联超市 of the active tab.
    expect((await app.call('accounts:list', {})).map((account) => account.name).sort()).toEqual(['天虹商场', '百佳超市'].sort())
  })

  it('takes the first visible sheet with data when the active tab is hidden or empty', async () => {
    const app = openTestWorkbench()
    const preview = await app.call('accounts:import-preview', upload('hidden-lookup-first.xlsx'))
    expect(preview.sheetName).toBe('客户清单')
    expect(preview).toMatchObject({ totalRows: 1, validRows: 1 })
  })
})

describe('import corpus: numbers as Java exporters write them', () => {
  it('reads "310000.0", "2.87654321005E10" and "6.912345678901E+12" number cells as their exact plain decimal text', async () => {
    const table = await read('java-numbers.xlsx')
    // 2.87654321005E10 = 28765432100.5 (the point moves 10 places); 6.912345678901E+12 = 6912345678901;
    // 1.1E5 = 110000; 3.0E1 = 30; -2.5E-1 = -0.25.
    expect(cellsOf(table).slice(1)).toEqual([
      ['28765432100.5', '华联超市', '超市', '310000', '12', '6912345678901'],
      ['1234567', '物美超市', '超市', '110000', '30', '-0.25']
    ])
  })

  it('imports the region code, count and sales of those cells, from the workbook and from the same CSV text', async () => {
    const app = openTestWorkbench()
    for (const name of ['java-numbers.xlsx', 'java-numbers.csv']) {
      const preview = await app.call('accounts:import-preview', upload(name))
      // Row 2: the code 2.87654321005E10 is not whole, so it is refused as a code; region, stores and sales are read.
      const row2 = preview.errors.filter((error) => error.row === 2)
      expect(row2.map((error) => error.field), name).toEqual(['code'])
    }
    const csv = await app.call('accounts:import-preview', {
      fileName: 'j.csv',
      dataBase64: Buffer.from('客户编码,客户名称,业态,区划代码,直营门店数\r\n6.912345678901E+12,华联超市,超市,310000.0,12.0\r\n').toString('base64')
    })
    expect(csv).toMatchObject({ validRows: 1, errorCount: 0 })
    const committed = await app.call('accounts:import-commit', {
      fileName: 'j.csv',
      dataBase64: Buffer.from('客户编码,客户名称,业态,区划代码,直营门店数\r\n6.912345678901E+12,华联超市,超市,310000.0,12.0\r\n').toString('base64'),
      mapping: csv.columns.map((column) => column.field)
    })
    expect(committed).toMatchObject({ insertedCount: 1, skipped: 0 })
    const [stored] = await app.call('accounts:list', { ids: committed.insertedIds })
    expect(stored).toMatchObject({ code: '6912345678901', regionCode: '310000', directStores: 12 })
  })
})

describe('import corpus: UTF-16 text', () => {
  it.each([
    ['excel-unicode-text.txt', 'UTF-16LE'],
    ['utf16le-comma.csv', 'UTF-16LE'],
    ['utf16be-comma.csv', 'UTF-16BE']
  ])('reads %s (%s with a byte-order mark), finding its delimiter', async (name, encoding) => {
    const table = await read(name)
    expect(table.encoding).toBe(encoding)
    expect(cellsOf(table)).toEqual([
      ['客户名称', '业态', '直营门店数'],
      ['华联超市', '超市', '12'],
      ['物美超市', '超市', '30']
    ])
  })
})

describe('import corpus: bytes the encoding has no character for', () => {
  it('keeps a UTF-8 file UTF-8 and lists the row and column of the bad byte instead of storing �', async () => {
    const table = await read('utf8-invalid-byte.csv')
    expect(table.encoding).toBe('UTF-8')
    expect(cellsOf(table)[2]).toEqual([null, '超市', '30'])
    expect(cellsOf(table)[3]).toEqual(['永辉超市', '超市', '40'])
    expect(table.cellIssues).toEqual([{ rowNumber: 3, column: 0, code: 'invalidBytes', params: { encoding: 'UTF-8' } }])
  })

  it('does the same for a GBK file, and the import skips that row with a sentence', async () => {
    const table = await read('gbk-invalid-byte.csv')
    expect(table.encoding).toBe('GB18030')
    expect(cellsOf(table)[1]).toEqual(['华联超市', '超市', '12'])
    expect(table.cellIssues).toEqual([{ rowNumber: 3, column: 0, code: 'invalidBytes', params: { encoding: 'GB18030' } }])

    const app = openTestWorkbench()
    const preview = await app.call('accounts:import-preview', upload('gbk-invalid-byte.csv'))
    expect(preview).toMatchObject({ totalRows: 2, validRows: 1, invalidRows: 1 })
    expect(preview.errors).toEqual([
      { row: 3, field: 'name', message: translate('zh-CN', 'import.cellInvalidBytes', { encoding: 'GB18030' }) }
    ])
  })
})

describe('import corpus: formulas saved without a result', () => {
  it('flags the cell with what to do instead of reading it as empty', async () => {
    const table = await read('openpyxl-formula-no-cache.xlsx')
    expect(table.cellIssues).toEqual([
      { rowNumber: 2, column: 2, code: 'formulaWithoutResult' },
      { rowNumber: 3, column: 2, code: 'formulaWithoutResult' }
    ])
    const app = openTestWorkbench()
    const preview = await app.call('accounts:import-preview', upload('openpyxl-formula-no-cache.xlsx'))
    expect(preview).toMatchObject({ totalRows: 3, validRows: 1 })
    const message = translate('zh-CN', 'import.cellFormulaWithoutResult')
    expect(message).toContain('WPS')
    expect(preview.errors).toEqual([
      { row: 2, field: 'directStores', message },
      { row: 3, field: 'directStores', message }
    ])
  })
})

describe('import corpus: dates', () => {
  const printTable = path.join(CORPUS, 'print-table.ts')
  it.each(['Asia/Shanghai', 'UTC', 'America/Los_Angeles'])('gives the calendar day written in the file on a machine at %s', (tz) => {
    // A child process, so the reader runs under that time zone from its first line.
    const output = execFileSync(path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx'), [printTable, path.join(CORPUS, 'dates.xlsx')], {
      cwd: REPO_ROOT,
      env: { ...process.env, TZ: tz },
      encoding: 'utf8'
    })
    // 45352 is 2024-03-01 (days since 1899-12-30); .75 of a day is 18:00.
    expect(JSON.parse(output)).toEqual([
      ['日期', '日期时间'],
      ['2024-03-01', '2024-03-01 08:30:00'],
      ['2024-03-01', '2024-03-01 18:00:00'],
      ['2024-12-31', null]
    ])
  })
})

describe('import corpus: European number format', () => {
  it('refuses 1.200 and 28.765.432,5 as ambiguous rather than reading 1.2 or 28.765', async () => {
    const table = await read('european-locale.csv')
    expect(cellsOf(table)[1]).toEqual(['华联超市', '超市', null, null])
    expect(cellsOf(table)[2]).toEqual(['物美超市', '超市', '30', null])
    expect(table.cellIssues).toEqual([
      { rowNumber: 2, column: 2, code: 'ambiguousNumber', params: { value: '1.200' } },
      { rowNumber: 2, column: 3, code: 'ambiguousNumber', params: { value: '28.765.432,5' } },
      { rowNumber: 3, column: 3, code: 'ambiguousNumber', params: { value: '1250,75' } }
    ])
  })

  it('reads 1.5 and "1,200" as written in an ordinary comma-separated file', async () => {
    const table = await readTable('x.csv', Buffer.from('名称,面积,门店\r\n华联,1.5,"1,200"\r\n'), 'zh-CN')
    expect(cellsOf(table)[1]).toEqual(['华联', '1.5', '1,200'])
    expect(table.cellIssues).toEqual([])
  })
})

describe('import corpus: shapes and limits', () => {
  it('reads a workbook without a styles part', async () => {
    expect(cellsOf(await read('no-styles-part.xlsx'))[1]).toEqual(['华联超市', '超市', '12'])
  })

  it('refuses more than 200 columns with a sentence for a person', async () => {
    const failure = await failureOf(read('wide-260-columns.csv'))
    expect(failure.code).toBe('unreadable-file')
    expect(failure.message).toContain(translate('zh-CN', 'import.reasonTooManyColumns', { count: 260, max: 200 }))
    const app = openTestWorkbench()
    const refused = await app.callFailing('accounts:import-preview', upload('wide-260-columns.csv'))
    expect(refused.code).toBe('unreadable-file')
  })

  it.each(['bomb-dimension.xlsx', 'bomb-ratio.xlsx'])('refuses %s before inflating it, with a message', async (name) => {
    const used = process.memoryUsage().rss
    const failure = await failureOf(read(name))
    expect(failure.code).toBe('unreadable-file')
    expect(failure.message).toContain(translate('zh-CN', 'import.reasonTooLarge'))
    // The 64 MB of the ratio bomb were never inflated.
    expect(process.memoryUsage().rss - used).toBeLessThan(48 * 1024 * 1024)
    const app = openTestWorkbench()
    expect((await app.callFailing('accounts:import-preview', upload(name))).code).toBe('unreadable-file')
  })
})
