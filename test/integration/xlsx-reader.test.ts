/**
 * The dependency-free .xlsx reader (electron/core/files/xlsx-reader.ts) against read-excel-file,
 * the library it replaced, kept here as an oracle: on the same bytes both must give the same
 * sheets, rows, row numbers and cell values, and readTable must give the Table (or the failure)
 * the read-excel-file version gave.
 */
import fs from 'node:fs'
import path from 'node:path'
import { PassThrough } from 'node:stream'
import zlib from 'node:zlib'
import ExcelJS from 'exceljs'
import readXlsxFile from 'read-excel-file/node'
import { describe, expect, it } from 'vitest'
import { excelNumberText, readTable, type Table, type TableCell, type TableRow } from '../../electron/core/files/read-table'
import { decodeXmlEntities, openXlsx, readXlsx, XlsxError, type XlsxErrorCode } from '../../electron/core/files/xlsx-reader'
import { makeAccountRows, writeAccountsXlsx, writeXlsxTable, type FixtureCell } from '../helpers/account-fixtures'
import { REPO_ROOT } from '../helpers/workbench'
import { AppFailure } from '../../src/shared/result'
import { translate, type Language } from '../../src/shared/i18n'

// ---------------------------------------------------------------------------------------------
// The oracle: read-excel-file, as read-table.ts used it before

type NumberMode = 'text' | 'number'
interface SheetRows {
  name: string
  rows: { rowNumber: number; cells: unknown[] }[]
}

async function oracleSheets(bytes: Buffer, numbers: NumberMode): Promise<SheetRows[]> {
  const sheets = (await readXlsxFile(bytes, numbers === 'text' ? { parseNumber: excelNumberText } : {})) as unknown as {
    sheet: string
    data: unknown[][]
  }[]
  return sheets.map(({ sheet, data }) => ({
    name: sheet,
    rows: data.map((cells, index) => ({ rowNumber: index + 1, cells })).filter((row) => row.cells.some((cell) => cell !== null))
  }))
}

function ourSheets(bytes: Buffer, numbers: NumberMode): SheetRows[] {
  return readXlsx(bytes, numbers === 'text' ? { parseNumber: excelNumberText } : {}).map(({ name, rows }) => ({ name, rows }))
}

async function expectSameSheets(bytes: Buffer): Promise<SheetRows[]> {
  for (const numbers of ['number', 'text'] as const) {
    expect(ourSheets(bytes, numbers)).toStrictEqual(await oracleSheets(bytes, numbers))
  }
  return ourSheets(bytes, 'text')
}

function unreadableNotWorkbook(language: Language, fileName: string): AppFailure {
  const reason = translate(language, 'import.reasonNotWorkbook')
  return new AppFailure('unreadable-file', translate(language, 'errors.unreadableFile', { name: fileName, reason }), { reason })
}

/** What read-excel-file's Table had; `sheets` and `cellIssues` came later (see import-corpus.test.ts). */
type OracleTable = Pick<Table, 'fileType' | 'encoding' | 'sheetName' | 'rows'>

/** A date as calendar text, as readTable now gives it (read-excel-file gave the Date). */
function calendarText(date: Date): string {
  const iso = date.toISOString()
  return iso.slice(11, 19) === '00:00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 19)}`
}

/** read-table.ts's .xlsx branch as it was, on read-excel-file (dates as calendar text since). */
async function oracleTable(fileName: string, bytes: Buffer, language: Language): Promise<OracleTable> {
  let sheets: { sheet: string; data: unknown[][] }[]
  try {
    sheets = (await readXlsxFile(bytes, { parseNumber: excelNumberText })) as unknown as { sheet: string; data: unknown[][] }[]
  } catch {
    throw unreadableNotWorkbook(language, fileName)
  }
  const toCell = (value: unknown): TableCell =>
    value === null || value === undefined
      ? null
      : value instanceof Date
        ? calendarText(value)
        : typeof value === 'string' || typeof value === 'boolean'
          ? value
          : String(value)
  const isBlank = (cell: TableCell) => cell === null || (typeof cell === 'string' && cell.trim() === '')
  for (const { sheet, data } of sheets) {
    const rows: TableRow[] = []
    data.forEach((cells, index) => {
      const row = cells.map(toCell)
      if (!row.every(isBlank)) rows.push({ rowNumber: index + 1, cells: row })
    })
    if (rows.length > 0) return { fileType: 'xlsx', encoding: null, sheetName: sheet, rows }
  }
  throw new AppFailure('empty-file', translate(language, 'errors.emptyFile', { name: fileName }))
}

async function outcome(
  promise: Promise<OracleTable>
): Promise<{ table: OracleTable } | { failure: { code: string; message: string; details: unknown } }> {
  try {
    const { fileType, encoding, sheetName, rows } = await promise
    return { table: { fileType, encoding, sheetName, rows } }
  } catch (error) {
    if (!(error instanceof AppFailure)) throw error
    return { failure: { code: error.code, message: error.message, details: error.details } }
  }
}

/** readTable now and read-table on read-excel-file before give the same table, or the same failure. */
async function expectSameTable(fileName: string, bytes: Buffer, language: Language = 'zh-CN') {
  const now = await outcome(readTable(fileName, bytes, language))
  expect(now).toStrictEqual(await outcome(oracleTable(fileName, bytes, language)))
  return now
}

// ---------------------------------------------------------------------------------------------
// Workbooks

/** Cells that exercise text and numbers: entities, whitespace, Chinese, decimals, big and tiny numbers. */
const MIXED_TABLE: FixtureCell[][] = [
  ['客户编码', '客户名称', '年销售额(元)', '比例', '区域前三甲', '备注'],
  ['C-001', '华联 & 物美 <超市> "引号" \'单引号\'', 1234.56, 0.1 + 0.2, true, '第一行\n第二行'],
  ['C-002', '  前后空格  ', -0.000001, Number('12345678901234567890'), false, null],
  ['C-003', null, 1e21, 1e-7, null, '尾部为空'],
  [null, null, null, null, null, null],
  ['C-004', '', '   ', 42, 'Yes', 'tab\there'],
  ['C-005', '😀 表情 ＡＢＣ（全角）', Number('9007199254740993'), Number('1234.5600000000001'), '否', '_x000D_ 下划线转义'],
  ['C-006', '&amp; 字面', 0, -17, true, null, null, null],
  ['C-007']
]

async function streamedWorkbook(table: readonly (readonly FixtureCell[])[], useSharedStrings: boolean): Promise<Buffer> {
  const chunks: Buffer[] = []
  const stream = new PassThrough()
  stream.on('data', (chunk: Buffer) => chunks.push(chunk))
  const ended = new Promise<void>((resolve) => stream.on('end', resolve))
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings })
  const sheet = workbook.addWorksheet('Sheet1')
  for (const row of table) sheet.addRow([...row]).commit()
  // Without shared strings exceljs writes text as t="str" and rich text as t="inlineStr" runs.
  sheet.addRow(['rich', { richText: [{ text: '内联' }, { font: { bold: true }, text: ' 富文本 & <b>' }] }]).commit()
  sheet.commit()
  await workbook.commit()
  await ended
  return Buffer.concat(chunks)
}

/** Several sheets, the data not on the first; rich text, formulas, errors, dates, gaps, skipped rows. */
async function richWorkbook(options: { date1904?: boolean } = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  if (options.date1904) workbook.properties.date1904 = true
  workbook.addWorksheet('空白')
  const sheet = workbook.addWorksheet('数据 & "客户" <1>')
  sheet.getCell('A2').value = '客户名称'
  sheet.getCell('B2').value = '门店数'
  sheet.getCell('D2').value = '备注'
  sheet.getCell('A3').value = {
    richText: [{ text: '华联' }, { font: { bold: true }, text: ' 超市 ' }, { font: { italic: true }, text: '& 物美 <东区>' }]
  }
  sheet.getCell('B3').value = { formula: '1+1', result: 2 }
  sheet.getCell('C3').value = { formula: '"a"&"b"', result: 'ab' }
  sheet.getCell('D3').value = { formula: 'A1' } as ExcelJS.CellFormulaValue
  sheet.getCell('E3').value = { error: '#N/A' } as ExcelJS.CellErrorValue
  sheet.getCell('F3').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue
  sheet.getCell('G3').value = { formula: '1=1', result: true }
  sheet.getCell('A5').value = new Date(Date.UTC(2024, 2, 1))
  sheet.getCell('A5').numFmt = 'yyyy-mm-dd'
  sheet.getCell('B5').value = new Date(Date.UTC(2023, 11, 31, 12, 30))
  sheet.getCell('B5').numFmt = 'yyyy"年"m"月"d"日" hh:mm'
  sheet.getCell('C5').value = 0.256
  sheet.getCell('C5').numFmt = '0.00%'
  sheet.getCell('D5').value = 5200000000.55
  sheet.getCell('D5').numFmt = '#,##0.00'
  sheet.getCell('E5').value = { text: '链接', hyperlink: 'https://example.com/?a=1&b=2' }
  sheet.getCell('AB9').value = '远处的单元格'
  sheet.getCell('A12').value = 'merged'
  sheet.mergeCells('A12:C13')
  sheet.getCell('A1000').value = 123456789012
  const second = workbook.addWorksheet('Second')
  second.getCell('B2').value = '第二页'
  second.getCell('C4').value = 3.5
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

async function emptyWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.addWorksheet('Sheet1')
  workbook.addWorksheet('Sheet2').getCell('A1').value = '   '
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

// ---------------------------------------------------------------------------------------------
// Hand-made zips, for what exceljs never writes

interface ZipFile {
  name: string
  content: string | Buffer
  /** 0: stored, 8: deflate (default), anything else is written as is (and stored). */
  method?: number
  flags?: number
}

function zip(files: ZipFile[], options: { zip64Count?: boolean } = {}): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const file of files) {
    const data = typeof file.content === 'string' ? Buffer.from(file.content, 'utf8') : file.content
    const method = file.method ?? 8
    const stored = method === 8 ? zlib.deflateRawSync(data) : data
    const name = Buffer.from(file.name, 'utf8')
    const crc = zlib.crc32(data)
    const flags = (file.flags ?? 0) | 0x800
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(flags, 6)
    local.writeUInt16LE(method, 8)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(stored.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(name.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(flags, 8)
    central.writeUInt16LE(method, 10)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(stored.length, 20)
    central.writeUInt32LE(data.length, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, stored)
    centrals.push(central, name)
    offset += local.length + name.length + stored.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(options.zip64Count ? 0xffff : files.length, 8)
  end.writeUInt16LE(options.zip64Count ? 0xffff : files.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const PROLOG = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

function relationships(entries: [id: string, type: string, target: string][]): string {
  return (
    `${PROLOG}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    entries.map(([id, type, target]) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`).join('') +
    '</Relationships>'
  )
}

/** A workbook written by hand: x: prefixes, phonetic runs, _xHHHH_ escapes, styles with date formats, stored entries. */
function handmadeWorkbook(): Buffer {
  const workbook =
    `${PROLOG}<x:workbook xmlns:x="${MAIN_NS}" xmlns:r="${REL}"><x:workbookPr date1904="0"/><x:sheets>` +
    '<x:sheet name="客户 &amp; 门店" sheetId="1" r:id="rId1"/><x:sheet name="Two_x0020_Words" sheetId="7" r:id="rId2"/>' +
    '</x:sheets></x:workbook>'
  const rels = relationships([
    ['rId1', 'worksheet', 'worksheets/sheet1.xml'],
    ['rId2', 'worksheet', '/xl/worksheets/second.xml'],
    ['rId3', 'sharedStrings', 'strings.xml'],
    ['rId4', 'styles', 'styles.xml']
  ])
  const styles =
    `${PROLOG}<styleSheet xmlns="${MAIN_NS}"><numFmts count="3">` +
    '<numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>' +
    '<numFmt numFmtId="165" formatCode="#,##0.00&quot;元&quot;"/>' +
    '<numFmt numFmtId="166" formatCode="[$-804]aaaa;@"/></numFmts>' +
    '<cellStyleXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellStyleXfs>' +
    '<cellXfs count="6"><xf numFmtId="0" xfId="0"/><xf numFmtId="164" xfId="0" applyNumberFormat="1"/><xf numFmtId="165"/>' +
    '<xf xfId="1"/><xf numFmtId="14" xfId="0"><alignment horizontal="left"/></xf><xf numFmtId="166"/></cellXfs></styleSheet>'
  const strings =
    `${PROLOG}<sst xmlns="${MAIN_NS}" count="8" uniqueCount="8">` +
    '<si><t>名称</t></si>' +
    '<si><t xml:space="preserve">  前后空格  </t></si>' +
    '<si><r><rPr><b/><rFont val="宋体"/><sz val="11"/></rPr><t>富</t></r><r><t xml:space="preserve"> </t></r><r><rPr><i/></rPr><t>文本&amp;&lt;&gt;&quot;&apos;</t></r></si>' +
    '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>' +
    '<si><t>line_x000D_\nbreak &#20013;&#x6587;</t></si>' +
    '<si/>' +
    '<si><t></t></si>' +
    '<si>\n  <t>缩进的 XML</t>\n</si>' +
    '</sst>'
  const sheet1 =
    `${PROLOG}<x:worksheet xmlns:x="${MAIN_NS}"><x:dimension ref="A1:F9"/><x:sheetData>` +
    '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c><x:c r="C1" t="s"><x:v>2</x:v></x:c>' +
    '<x:c r="D1" t="s"><x:v>3</x:v></x:c><x:c r="E1" t="s"><x:v>4</x:v></x:c><x:c r="F1" t="s"><x:v>7</x:v></x:c></x:row>' +
    '<x:row r="3" spans="1:6"><x:c t="inlineStr" r="A3"><x:is><x:r><x:t>内联</x:t></x:r><x:r><x:rPr><x:i/></x:rPr>' +
    '<x:t xml:space="preserve"> 富文本</x:t></x:r><x:rPh sb="0" eb="1"><x:t>ないん</x:t></x:rPh></x:is></x:c>' +
    '<x:c r="B3" s="1"><x:v>45352</x:v></x:c><x:c r="C3" s="2"><x:v>1234.5</x:v></x:c><x:c r="D3" s="3"><x:v>45352.5</x:v></x:c>' +
    '<x:c r="E3" t="d"><x:v>2024-03-01T08:00:00Z</x:v></x:c><x:c r="F3" t="b"><x:v>0</x:v></x:c></x:row>' +
    '<x:row r="4"><x:c r="B4" t="str"><x:f>A1&amp;"x"</x:f><x:v>名称x_x0021_</x:v></x:c><x:c r="C4" t="e"><x:f>1/0</x:f><x:v>#DIV/0!</x:v></x:c>' +
    '<x:c r="D4"><x:f>1+1</x:f></x:c><x:c r="E4" t="s"><x:v>5</x:v></x:c>\n  <x:c\tr="F4"\n t="n" s="5"><x:v>45000</x:v></x:c></x:row>' +
    '<x:row r="6"><x:c r="A6" t="s"><x:v>6</x:v></x:c><x:c r="B6" t="str"><x:v></x:v></x:c><x:c r="C6" t="b"/></x:row>' +
    '<x:row r="9"><x:c r="C9" t="inlineStr"><x:is><x:t>a &lt;b&gt; &amp; c</x:t></x:is></x:c><x:c r="D9"/><x:c r="E9" s="4"/>' +
    '<x:c r="F9" s="4"><x:v>0.75</x:v></x:c></x:row>' +
    '<x:row r="10"/>' +
    '</x:sheetData><x:mergeCells count="1"><x:mergeCell ref="A9:B9"/></x:mergeCells></x:worksheet>'
  const second =
    `${PROLOG}<worksheet xmlns="${MAIN_NS}">\n  <sheetData>\n    <row r="2">\n      <c r="A2" t="s"><v>0</v></c>\n` +
    '      <c r="B2"><v>1E-3</v></c>\n      <c r="C2"><v>12345678901234567890</v></c>\n      <c r="D2"><v> 7 </v></c>\n    </row>\n' +
    '    <row r="5"><c r="A5" t="inlineStr"><is><t>_x005F_x0041_</t></is></c><c r="B5" t="s"><v>7</v></c></row>\n  </sheetData>\n</worksheet>'
  return zip([
    { name: '[Content_Types].xml', content: `${PROLOG}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>` },
    { name: 'xl/workbook.xml', content: workbook },
    { name: 'xl/_rels/workbook.xml.rels', content: rels, method: 0 },
    { name: 'xl/styles.xml', content: styles },
    { name: 'xl/strings.xml', content: strings, method: 0 },
    { name: 'xl/worksheets/sheet1.xml', content: sheet1 },
    { name: 'xl/worksheets/second.xml', content: second }
  ])
}

/** A minimal one-sheet workbook around the given <sheetData> content (with xl/styles.xml when given). */
function workbookWithSheet(sheetData: string, extra: Partial<Record<'flags' | 'method', number>> = {}, styles?: string): Buffer {
  return zip([
    ...(styles === undefined ? [] : [{ name: 'xl/styles.xml', content: styles }]),
    {
      name: 'xl/workbook.xml',
      content: `${PROLOG}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`
    },
    { name: 'xl/_rels/workbook.xml.rels', content: relationships([['rId1', 'worksheet', 'worksheets/sheet1.xml']]) },
    { name: 'xl/worksheets/sheet1.xml', content: `${PROLOG}<worksheet xmlns="${MAIN_NS}"><sheetData>${sheetData}</sheetData></worksheet>`, ...extra }
  ])
}

function xlsxErrorCode(read: () => unknown): XlsxErrorCode | 'no error' {
  try {
    read()
    return 'no error'
  } catch (error) {
    if (error instanceof XlsxError) return error.code
    throw error
  }
}

// ---------------------------------------------------------------------------------------------

describe('xlsx reader: the same cells as read-excel-file', () => {
  it('reads shared strings, numbers, booleans, gaps and row ends as read-excel-file does', async () => {
    const bytes = await writeXlsxTable(MIXED_TABLE)
    const [sheet] = await expectSameSheets(bytes)
    // Spot checks of what "the same" means.
    expect(sheet?.rows[1]).toEqual({
      rowNumber: 2,
      cells: ['C-001', '华联 & 物美 <超市> "引号" \'单引号\'', '1234.56', '0.3', true, '第一行\n第二行']
    })
    expect(sheet?.rows[2]?.cells).toEqual(['C-002', '前后空格', '-0.000001', '12345678901234567000', false, null])
    // The all-blank row 5 is not there; later rows keep their numbers.
    expect(sheet?.rows.map((row) => row.rowNumber)).toEqual([1, 2, 3, 4, 6, 7, 8, 9])
    expect(sheet?.rows[4]?.cells).toEqual(['C-004', null, null, '42', 'Yes', 'tab\there'])
    expect(sheet?.rows[7]?.cells).toEqual(['C-007', null, null, null, null, null])
    await expectSameTable('mixed.xlsx', bytes)
  })

  it('reads strings written in the sheet (t="str", t="inlineStr" runs; no shared strings) the same', async () => {
    const bytes = await streamedWorkbook(MIXED_TABLE, false)
    const [sheet] = await expectSameSheets(bytes)
    expect(sheet?.rows.at(-1)?.cells.slice(0, 2)).toEqual(['rich', '内联 富文本 & <b>'])
    await expectSameTable('inline.xlsx', bytes)
  })

  it('reads rich text, formulas with cached results, errors, dates, far columns and skipped rows on every sheet the same', async () => {
    const bytes = await richWorkbook()
    const sheets = await expectSameSheets(bytes)
    expect(sheets.map((sheet) => sheet.name)).toEqual(['空白', '数据 & "客户" <1>', 'Second'])
    const data = sheets[1]
    expect(data?.rows.map((row) => row.rowNumber)).toEqual([2, 3, 5, 9, 12, 1000])
    expect(data?.rows[1]?.cells.slice(0, 7)).toEqual(['华联 超市 & 物美 <东区>', '2', 'ab', null, null, null, true])
    expect(data?.rows[2]?.cells[0]).toEqual(new Date(Date.UTC(2024, 2, 1)))
    expect(data?.rows[3]?.cells[27]).toBe('远处的单元格')
    expect(data?.rows.every((row) => row.cells.length === 28)).toBe(true)

    // readTable takes the first sheet with data and keeps Excel's row numbers.
    const result = await expectSameTable('多页.xlsx', bytes)
    expect('table' in result && result.table.sheetName).toBe('数据 & "客户" <1>')
    expect('table' in result && result.table.rows[0]?.rowNumber).toBe(2)
  })

  it('reads dates of a 1904-based workbook the same', async () => {
    await expectSameSheets(await richWorkbook({ date1904: true }))
  })

  it('reads namespace prefixes, phonetic runs, _xHHHH_ escapes, character references, date styles and stored entries the same', async () => {
    const bytes = handmadeWorkbook()
    const sheets = await expectSameSheets(bytes)
    expect(sheets.map((sheet) => sheet.name)).toEqual(['客户 & 门店', 'Two Words'])
    expect(sheets[0]?.rows[0]?.cells).toEqual(['名称', '前后空格', '富 文本&<>"\'', '東京', 'line\r\nbreak 中文', '缩进的 XML'])
    expect(sheets[0]?.rows[1]?.cells).toEqual([
      '内联 富文本',
      new Date(Date.UTC(2024, 2, 1)),
      '1234.5',
      new Date(Date.UTC(2024, 2, 1, 12)),
      new Date('2024-03-01T08:00:00Z'),
      false
    ])
    expect(sheets[0]?.rows[2]?.cells).toEqual([null, '名称x!', null, null, null, new Date(Date.UTC(2023, 2, 15))])
    expect(sheets[0]?.rows.map((row) => row.rowNumber)).toEqual([1, 3, 4, 9])
    expect(sheets[1]?.rows).toEqual([
      // 1E-3 is made plain by excelNumberText (read-excel-file with it: the same), " 7 " is not a number text.
      { rowNumber: 2, cells: ['名称', '0.001', '12345678901234567890', ' 7 '] },
      { rowNumber: 5, cells: ['_x0041_', '缩进的 XML', null, null] }
    ])
    await expectSameTable('手写.xlsx', bytes)
  })

  it('reads the 10,000-row accounts file the same, and the table readTable gives is the one it gave before', async () => {
    const bytes = await writeAccountsXlsx(makeAccountRows(10_000, 7), 'zh-CN')
    await expectSameSheets(bytes)
    const result = await expectSameTable('客户导入-10000.xlsx', bytes)
    expect('table' in result && result.table.rows.length).toBe(10_001)
  })
})

describe('xlsx reader: files it refuses', () => {
  const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures')

  it('refuses a .docx renamed .xlsx with the same error as before', async () => {
    const bytes = fs.readFileSync(path.join(FIXTURES, 'renamed-docx.xlsx'))
    expect(xlsxErrorCode(() => openXlsx(bytes))).toBe('missing-part')
    for (const language of ['zh-CN', 'en-US'] as const) {
      const expected = unreadableNotWorkbook(language, '方案.xlsx')
      expect(await expectSameTable('方案.xlsx', bytes, language)).toStrictEqual({
        failure: { code: 'unreadable-file', message: expected.message, details: expected.details }
      })
    }
  })

  it('gives the same failures as before for a truncated zip, a workbook without data and a sheet with a broken cell', async () => {
    const whole = await writeXlsxTable([['名称'], ['华联']])
    const truncated = whole.subarray(0, Math.floor(whole.length / 2))
    expect(xlsxErrorCode(() => openXlsx(truncated))).toBe('not-zip')
    expect(await expectSameTable('截断.xlsx', truncated)).toMatchObject({ failure: { code: 'unreadable-file' } })

    expect(await expectSameTable('空.xlsx', await emptyWorkbook())).toMatchObject({ failure: { code: 'empty-file' } })

    // A style that does not exist, in a workbook that has styles (without a styles part no cell is a date).
    const oneStyle = `<styleSheet xmlns="${MAIN_NS}"><cellXfs count="1"><xf numFmtId="0"/></cellXfs></styleSheet>`
    const badStyle = workbookWithSheet('<row r="1"><c r="A1" s="9"><v>1</v></c></row>', {}, oneStyle)
    expect(xlsxErrorCode(() => readXlsx(badStyle))).toBe('invalid-sheet')
    expect(await expectSameTable('坏.xlsx', badStyle)).toMatchObject({ failure: { code: 'unreadable-file' } })

    for (const broken of [
      '<row r="1"><c r="A1" t="s"><v>3</v></c></row>', // a shared string that does not exist
      '<row r="1"><c r="A1" t="b"><v>yes</v></c></row>', // a boolean that is not 0 or 1
      '<row r="1"><c r="A1" t="zz"><v>1</v></c></row>', // an unknown type
      '<row r="2"><c r="A2"><v>1</v></c></row><row r="1"><c r="A1"><v>1</v></c></row>', // rows out of order
      '<row r="1"><c r="B1"><v>1</v></c><c r="A1"><v>1</v></c></row>' // cells out of order
    ]) {
      const bytes = workbookWithSheet(broken)
      expect(xlsxErrorCode(() => readXlsx(bytes)), broken).toBe('invalid-sheet')
      expect(await expectSameTable('坏.xlsx', bytes), broken).toMatchObject({ failure: { code: 'unreadable-file' } })
    }
  })

  it('refuses zip64, encrypted entries and unknown compression with a clear error (readTable: not a workbook)', async () => {
    const plainSheet = '<row r="1"><c r="A1" t="inlineStr"><is><t>名称</t></is></c></row>'
    const cases: [XlsxErrorCode, Buffer][] = [
      ['zip64', zip([{ name: 'xl/workbook.xml', content: '<workbook/>' }], { zip64Count: true })],
      ['encrypted', workbookWithSheet(plainSheet, { flags: 0x1 })],
      ['compression', workbookWithSheet(plainSheet, { method: 12 })]
    ]
    for (const [code, bytes] of cases) {
      const error = (() => {
        try {
          readXlsx(bytes)
        } catch (caught) {
          return caught
        }
      })()
      expect(error).toBeInstanceOf(XlsxError)
      expect((error as XlsxError).code).toBe(code)
      expect((error as XlsxError).message).toMatch(code === 'zip64' ? /zip64/ : code === 'encrypted' ? /encrypted/ : /compression method 12/)
      const result = await outcome(readTable('x.xlsx', bytes, 'zh-CN'))
      expect(result).toMatchObject({ failure: { code: 'unreadable-file', details: { reason: translate('zh-CN', 'import.reasonNotWorkbook') } } })
    }
    // The same sheet, stored plainly, reads.
    expect(readXlsx(workbookWithSheet(plainSheet, { method: 0 }))[0]?.rows).toEqual([{ rowNumber: 1, cells: ['名称'] }])
  })
})

describe('xlsx reader: beyond read-excel-file', () => {
  it('places cells without a reference after the previous one (read-excel-file could not read them)', async () => {
    const bytes = workbookWithSheet(
      '<row r="2"><c t="inlineStr"><is><t>a</t></is></c><c><v>5</v></c></row><row><c r="C3"><v>7</v></c></row><row><c t="b"><v>1</v></c></row>'
    )
    expect(readXlsx(bytes, { parseNumber: excelNumberText })[0]?.rows).toEqual([
      { rowNumber: 2, cells: ['a', '5', null] },
      { rowNumber: 3, cells: [null, null, '7'] },
      { rowNumber: 4, cells: [true, null, null] }
    ])
    await expect(readXlsxFile(bytes)).rejects.toThrow()
  })

  it('decodes character references beyond U+FFFF and CDATA sections (read-excel-file garbles or drops them)', async () => {
    expect(decodeXmlEntities('&#128512;&#x1F600; &AMP; &nbsp; &#x110000;')).toBe('😀😀 & &nbsp; &#x110000;')
    const bytes = workbookWithSheet(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>&#128512;</t></is></c><c r="B1" t="inlineStr"><is><t><![CDATA[a<b & c]]></t></is></c></row>'
    )
    expect(readXlsx(bytes)[0]?.rows).toEqual([{ rowNumber: 1, cells: ['😀', 'a<b & c'] }])
    const [oracle] = await oracleSheets(bytes, 'number')
    expect(oracle?.rows[0]?.cells).not.toEqual(['😀', 'a<b & c'])
  })

  it('reads only the sheets asked for: a broken later sheet does not stop the first', async () => {
    const bytes = zip([
      {
        name: 'xl/workbook.xml',
        content: `<workbook xmlns:r="${REL}"><sheets><sheet name="A" sheetId="1" r:id="rId1"/><sheet name="B" sheetId="2" r:id="rId2"/><sheet name="C" sheetId="3" r:id="rId3"/></sheets></workbook>`
      },
      {
        name: 'xl/_rels/workbook.xml.rels',
        content: relationships([
          ['rId1', 'worksheet', 'worksheets/sheet1.xml'],
          ['rId2', 'worksheet', 'worksheets/missing.xml'],
          ['rId3', 'chartsheet', 'chartsheets/sheet1.xml']
        ])
      },
      { name: 'xl/worksheets/sheet1.xml', content: '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>' }
    ])
    const workbook = openXlsx(bytes)
    expect(workbook.sheets).toEqual([
      { name: 'A', path: 'xl/worksheets/sheet1.xml', isHidden: false },
      { name: 'B', path: 'xl/worksheets/missing.xml', isHidden: false },
      { name: 'C', path: null, isHidden: false }
    ])
    expect(workbook.readSheet(0)?.rows).toEqual([{ rowNumber: 1, cells: [1] }])
    expect(xlsxErrorCode(() => workbook.readSheet(1))).toBe('missing-part')
    expect(workbook.readSheet(2)).toBeNull()
    const table = await readTable('x.xlsx', bytes, 'zh-CN')
    // Sheet B's part is missing: it is not offered in `sheets`, and does not stop the import.
    expect(table).toEqual({
      fileType: 'xlsx',
      encoding: null,
      sheetName: 'A',
      rows: [{ rowNumber: 1, cells: ['1'] }],
      sheets: [{ name: 'A', isHidden: false }],
      cellIssues: []
    })
    await expect(readXlsxFile(bytes)).rejects.toThrow()
  })
})
