/**
 * Turns an uploaded file (its name and bytes) into rows of cells: .xlsx through our own reader
 * (xlsx-reader.ts), .csv/.tsv/.txt through the delimited-text reader below after detecting
 * UTF-16 (byte-order mark), UTF-8 or GB18030. Files as people really have them: mixed line
 * ends, hidden lookup sheets, Java-style numbers, formulas never calculated, European number
 * formats, bytes the encoding has no character for. A cell that cannot be read truly is null
 * and listed in `cellIssues` (row, column, code) for the caller to refuse that row with a sentence.
 * Nothing here knows about accounts; failures are AppFailures with a sentence a person can act on.
 */
import { AppFailure } from '../../../src/shared/result'
import { translate, type Language } from '../../../src/shared/i18n'
import { hasNumberMarks, isEuropeanNumberText, plainDecimalText } from '../../../src/shared/domain/parse/number-text'
import { openXlsx, XlsxError, type XlsxRow, type XlsxSheet, type XlsxWorkbook } from './xlsx-reader'

/**
 * A cell as read: text (a number is its exact decimal text, a date its calendar text
 * 'YYYY-MM-DD' or 'YYYY-MM-DD HH:MM:SS'), a boolean or nothing. Date stays in the type for
 * callers written before dates became text; the reader no longer returns one.
 */
export type TableCell = string | boolean | Date | null

export interface TableRow {
  /** The row number Excel shows (the first line of the file is row 1). */
  rowNumber: number
  cells: TableCell[]
}

export type TextEncoding = 'UTF-8' | 'GB18030' | 'UTF-16LE' | 'UTF-16BE'

/**
 * Why a cell was read as null although the file has something there:
 * - invalidBytes: bytes the file's encoding has no character for (params.encoding);
 * - formulaWithoutResult: a formula saved without its result (open and save in Excel/WPS first);
 * - ambiguousNumber: a number in a European-locale file, where 1.200 may be 1200 (params.value).
 */
export type TableCellIssueCode = 'invalidBytes' | 'formulaWithoutResult' | 'ambiguousNumber'

export interface TableCellIssue {
  rowNumber: number
  /** 0-based, as in `cells`. */
  column: number
  code: TableCellIssueCode
  params?: Record<string, string | number>
}

export interface TableSheet {
  name: string
  isHidden: boolean
}

export interface Table {
  fileType: 'xlsx' | 'csv'
  encoding: TextEncoding | null
  sheetName: string | null
  /** Non-blank rows only, in file order; the first is the header row. */
  rows: TableRow[]
  /** The worksheets holding data, in tab order (for a sheet picker); [] for text files. */
  sheets: TableSheet[]
  /** Cells read as null for a reason the user must hear, in file order. */
  cellIssues: TableCellIssue[]
}

export interface ReadTableOptions {
  /** The worksheet to read (hidden ones too); by default the active visible sheet holding data. */
  sheetName?: string
}

/** Wider tables are refused: no import has this many fields, and a person must choose the columns. */
export const MAX_TABLE_COLUMNS = 200

const TEXT_EXTENSIONS = new Set(['csv', 'tsv', 'txt'])
const XLSX_EXTENSIONS = new Set(['xlsx', 'xlsm'])

const startsWith = (bytes: Uint8Array, magic: number[]): boolean => magic.every((byte, i) => bytes[i] === byte)
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0]
const UTF8_BOM = [0xef, 0xbb, 0xbf]
const UTF16LE_BOM = [0xff, 0xfe]
const UTF16BE_BOM = [0xfe, 0xff]
/** The stream name an encrypted OOXML file carries inside its OLE2 container (UTF-16LE). */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le')

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.')
  return dot < 0 ? '' : fileName.slice(dot + 1).trim().toLowerCase()
}

function unsupported(language: Language, fileName: string): AppFailure {
  return new AppFailure('unsupported-file', translate(language, 'errors.unsupportedFile', { name: fileName }))
}

function unreadable(language: Language, fileName: string, reasonKey: string, params: Record<string, unknown> = {}): AppFailure {
  const reason = translate(language, reasonKey, params)
  return new AppFailure('unreadable-file', translate(language, 'errors.unreadableFile', { name: fileName, reason }), { reason })
}

function emptyFile(language: Language, fileName: string): AppFailure {
  return new AppFailure('empty-file', translate(language, 'errors.emptyFile', { name: fileName }))
}

function tooManyColumns(language: Language, fileName: string, count: number): AppFailure {
  return unreadable(language, fileName, 'import.reasonTooManyColumns', { count, max: MAX_TABLE_COLUMNS })
}

const isBlankCell = (cell: TableCell): boolean => cell === null || (typeof cell === 'string' && cell.trim() === '')

/** Reads the file; throws AppFailure 'unsupported-file', 'unreadable-file' or 'empty-file'. */
export async function readTable(fileName: string, bytes: Uint8Array, language: Language, options: ReadTableOptions = {}): Promise<Table> {
  const extension = extensionOf(fileName)
  // The bytes decide: an .xlsx saved under a .csv name is still read as a workbook.
  if (isWorkbook(bytes, extension)) return readWorkbook(fileName, bytes, language, options)
  return readTextOrRefuse(fileName, bytes, language, extension)
}

const isWorkbook = (bytes: Uint8Array, extension: string): boolean =>
  startsWith(bytes, ZIP_MAGIC) && (XLSX_EXTENSIONS.has(extension) || TEXT_EXTENSIONS.has(extension))

/** A file that is not a zip: read as delimited text, or refused (unknown extension, a legacy or encrypted workbook, not a workbook). */
function readTextOrRefuse(fileName: string, bytes: Uint8Array, language: Language, extension: string): Table {
  const isKnownExtension = XLSX_EXTENSIONS.has(extension) || TEXT_EXTENSIONS.has(extension)
  if (!isKnownExtension) throw unsupported(language, fileName)
  if (startsWith(bytes, OLE2_MAGIC)) {
    // Excel keeps a password-protected .xlsx in the same container as a legacy .xls.
    const isEncrypted = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ENCRYPTED_PACKAGE)
    throw unreadable(language, fileName, isEncrypted ? 'import.reasonEncrypted' : 'import.reasonLegacyXls')
  }
  if (XLSX_EXTENSIONS.has(extension)) {
    throw bytes.length === 0 ? emptyFile(language, fileName) : unreadable(language, fileName, 'import.reasonNotWorkbook')
  }
  return readDelimitedText(fileName, bytes, extension, language)
}

/** A workbook's XlsxError as the sentence a person reads: too large, or not a workbook at all. */
function workbookFailure(language: Language, fileName: string, error: unknown): AppFailure {
  // The reader's messages are English internals (damaged zip, a renamed .docx, zip64, encrypted
  // entries, broken sheets): one reason covers them, except a file refused for its size.
  if (error instanceof XlsxError && error.code === 'too-large') return unreadable(language, fileName, 'import.reasonTooLarge')
  return unreadable(language, fileName, 'import.reasonNotWorkbook')
}

/**
 * The workbook and the sheets to try, in order (see readWorkbook): the one named in the
 * options, or the active visible tab then the other visible ones.
 */
function openWorkbook(fileName: string, bytes: Uint8Array, language: Language, options: ReadTableOptions): { workbook: XlsxWorkbook; candidates: number[] } {
  let workbook: XlsxWorkbook
  try {
    workbook = openXlsx(bytes, { parseNumber: excelNumberText })
  } catch (error) {
    throw workbookFailure(language, fileName, error)
  }
  const worksheets = workbook.sheets.flatMap((sheet, index) => (sheet.path === null ? [] : [index]))
  if (options.sheetName !== undefined) {
    const named = worksheets.find((index) => workbook.sheets[index]?.name === options.sheetName)
    if (named === undefined) throw unreadable(language, fileName, 'import.reasonNoSuchSheet', { sheet: options.sheetName })
    return { workbook, candidates: [named] }
  }
  const visible = worksheets.filter((index) => !workbook.sheets[index]?.isHidden)
  const active = workbook.activeSheetIndex
  return { workbook, candidates: visible.includes(active) ? [active, ...visible.filter((index) => index !== active)] : visible }
}

/**
 * The sheet read: the one named in the options; otherwise the active tab (the one Excel opens
 * on) when it is visible and holds data, else the first visible sheet holding data, in tab
 * order. Hidden and very hidden sheets (lookup lists) are read only when named.
 */
async function readWorkbook(fileName: string, bytes: Uint8Array, language: Language, options: ReadTableOptions): Promise<Table> {
  const { workbook, candidates } = openWorkbook(fileName, bytes, language, options)

  let found: { index: number; name: string; rows: TableRow[]; cellIssues: TableCellIssue[] } | null = null
  const empty = new Set<number>()
  for (const index of candidates) {
    let sheet: XlsxSheet | null
    try {
      sheet = await workbook.readSheetStreamed(index)
    } catch (error) {
      throw workbookFailure(language, fileName, error)
    }
    if (!sheet) continue
    if (sheet.columnCount > MAX_TABLE_COLUMNS) throw tooManyColumns(language, fileName, sheet.columnCount)
    const read = sheetTable(sheet)
    if (read.rows.length > 0) {
      found = { index, name: sheet.name, ...read }
      break
    }
    empty.add(index)
  }
  if (!found) throw emptyFile(language, fileName)
  return { fileType: 'xlsx', encoding: null, sheetName: found.name, rows: found.rows, sheets: sheetsWithData(workbook, found.index, empty), cellIssues: found.cellIssues }
}

/** The workbook's worksheets worth offering in a sheet picker: the one read, and the others holding a value. */
function sheetsWithData(workbook: XlsxWorkbook, chosen: number, empty: ReadonlySet<number>): TableSheet[] {
  const worksheets = workbook.sheets.flatMap((sheet, index) => (sheet.path === null ? [] : [index]))
  return worksheets.flatMap((index): TableSheet[] => {
    const info = workbook.sheets[index]
    if (!info || empty.has(index)) return []
    let hasData: boolean
    try {
      hasData = index === chosen || workbook.hasCells(index)
    } catch {
      // A broken sheet the user did not ask for is not offered, and does not stop the import.
      hasData = false
    }
    return hasData ? [{ name: info.name, isHidden: info.isHidden }] : []
  })
}

/** What a streamed read tells besides its rows: a Table without `rows` and `cellIssues`. */
export type TableShape = Omit<Table, 'rows' | 'cellIssues'>

/** A non-blank row of a streamed read, with the reader's issues about its cells (usually none). */
export type TableRowVisitor = (row: TableRow, cellIssues: readonly TableCellIssue[]) => void

const NO_ISSUES: readonly TableCellIssue[] = Object.freeze([])

/**
 * As readTable, synchronously (a commit reads inside its transaction), and each non-blank row
 * goes to `visit` as soon as it is read and is not kept:
 * a 100,000-row workbook is never in memory as rows (a text file is: it is decoded whole, and
 * is handed row by row all the same). The rows, issues and failures are readTable's; a failure
 * found in the middle of a sheet (a broken cell, too many columns) comes after the rows before it
 * were visited, so a caller that writes must do so in a transaction.
 */
export function streamTable(fileName: string, bytes: Uint8Array, language: Language, visit: TableRowVisitor, options: ReadTableOptions = {}): TableShape {
  const extension = extensionOf(fileName)
  if (!isWorkbook(bytes, extension)) return replayTable(readTextOrRefuse(fileName, bytes, language, extension), visit)
  const { workbook, candidates } = openWorkbook(fileName, bytes, language, options)
  const empty = new Set<number>()
  for (const index of candidates) {
    let rowCount = 0
    let sheet: XlsxSheet | null
    /** What the visitor (or the column check) threw: passed on as it is, not as a broken workbook. */
    let visitFailure: { error: unknown } | null = null
    try {
      sheet = workbook.streamSheet(index, (row, formulaColumns) => {
        try {
          if (row.cells.length > MAX_TABLE_COLUMNS) throw tooManyColumns(language, fileName, row.cells.length)
          const tableRow = tableRowOf(row)
          if (tableRow === null && formulaColumns.length === 0) return
          rowCount += 1
          const issues = formulaColumns.map((column): TableCellIssue => ({ rowNumber: row.rowNumber, column, code: 'formulaWithoutResult' }))
          visit(tableRow ?? (row as TableRow), issues.length === 0 ? NO_ISSUES : issues)
        } catch (error) {
          visitFailure = { error }
          throw error
        }
      })
    } catch (error) {
      if (visitFailure !== null) throw (visitFailure as { error: unknown }).error
      throw workbookFailure(language, fileName, error)
    }
    if (!sheet) continue
    if (rowCount > 0) return { fileType: 'xlsx', encoding: null, sheetName: sheet.name, sheets: sheetsWithData(workbook, index, empty) }
    empty.add(index)
  }
  throw emptyFile(language, fileName)
}

/** A table already read, handed row by row as streamTable hands them. */
function replayTable(table: Table, visit: TableRowVisitor): TableShape {
  const { rows, cellIssues, ...shape } = table
  let next = 0
  for (const row of rows) {
    // Issues come in file order: this row's are the next ones.
    while (next < cellIssues.length && (cellIssues[next] as TableCellIssue).rowNumber < row.rowNumber) next += 1
    const first = next
    while (next < cellIssues.length && (cellIssues[next] as TableCellIssue).rowNumber === row.rowNumber) next += 1
    visit(row, first === next ? NO_ISSUES : cellIssues.slice(first, next))
  }
  return shape
}

/**
 * A file to read more than once (streamTable each time): a workbook is streamed again on every
 * read, never held; a text file, which is decoded whole anyway, is decoded once and its rows
 * handed again. The file's own failures (unsupported, empty, unreadable text) come at once.
 */
export function rereadableTable(fileName: string, bytes: Uint8Array, language: Language, options: ReadTableOptions = {}): (visit: TableRowVisitor) => TableShape {
  const extension = extensionOf(fileName)
  if (isWorkbook(bytes, extension)) return (visit) => streamTable(fileName, bytes, language, visit, options)
  const table = readTextOrRefuse(fileName, bytes, language, extension)
  return (visit) => replayTable(table, visit)
}

/** A sheet row's cells as table cells, in place (numbers as their text, dates as calendar text); null when all are blank. */
function tableRowOf(row: XlsxRow): TableRow | null {
  const cells = row.cells as TableCell[]
  let isBlank = true
  for (let i = 0; i < cells.length; i += 1) {
    const cell = row.cells[i]
    const value: TableCell = cell === null || cell === undefined ? null : typeof cell === 'number' ? String(cell) : cell instanceof Date ? calendarText(cell) : cell
    cells[i] = value
    if (isBlank && !isBlankCell(value)) isBlank = false
  }
  return isBlank ? null : (row as TableRow)
}

/**
 * A sheet's rows as table rows, in place (the row objects and cell arrays are reused, not
 * copied: a 100,000-row sheet is read once into memory, not twice). Blank rows are dropped,
 * except a row whose only content is a formula without a result: that row is flagged, not lost.
 */
function sheetTable(sheet: XlsxSheet): { rows: TableRow[]; cellIssues: TableCellIssue[] } {
  const cellIssues: TableCellIssue[] = sheet.formulasWithoutResult.map(({ rowNumber, columnIndex }) => ({
    rowNumber,
    column: columnIndex,
    code: 'formulaWithoutResult'
  }))
  const flaggedRows = new Set(cellIssues.map((issue) => issue.rowNumber))
  const rows: TableRow[] = []
  for (const row of sheet.rows) {
    if (tableRowOf(row) !== null || flaggedRows.has(row.rowNumber)) rows.push(row as TableRow)
  }
  return { rows, cellIssues }
}

/**
 * A date cell as the calendar text written in the file: 'YYYY-MM-DD', with ' HH:MM:SS' when it
 * has a time of day. The reader's Date carries the written wall-clock time in its UTC fields, so
 * this reads UTC fields: the same day on a machine at UTC+8 as at UTC.
 */
function calendarText(date: Date): string {
  const iso = date.toISOString()
  const time = iso.slice(11, 19)
  return time === '00:00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${time}`
}

/** Up to 15 significant digits, no exponent, no leading zero and no trailing zero after a point: already plain. */
const PLAIN_SHORT_NUMBER = /^-?(?:0|[1-9]\d{0,14})$|^-?(?=[\d.]{3,16}$)(?:0|[1-9]\d*)\.\d*[1-9]$/

/**
 * A number cell as plain decimal text, so money never passes through a float: binary noise past
 * the 15 significant digits Excel shows is dropped ("12.000000000000002" is the 12 the user
 * sees, "1234.5600000000001" is 1234.56), and what Java exporters write is made plain by moving
 * the point in the digits ("310000.0" → "310000", "2.87654321005E10" → "28765432100.5").
 */
export function excelNumberText(text: string): string {
  // Most cells are short plain numbers: returned as they are, without the temporary strings
  // below (a 100,000-row sheet has about a million of them).
  if (PLAIN_SHORT_NUMBER.test(text)) return text
  const digits = text.replace(/^-/, '').replace('.', '').replace(/^0+/, '')
  const rounded = digits.length <= 15 || !/^-?\d*\.\d+$/.test(text) ? text : String(Number(Number(text).toPrecision(15)))
  return plainDecimalText(rounded) ?? rounded
}

/**
 * The file's text and encoding. A byte-order mark decides (UTF-16LE/BE: Excel's "Unicode 文本",
 * UTF-8); otherwise UTF-8 when the text is UTF-8 but for a few broken bytes (at least four good
 * non-ASCII characters per bad sequence), else GB18030 (GBK, Chinese Excel's "CSV (逗号分隔)").
 * Bad bytes decode to U+FFFD, which the caller turns into cell issues, never into stored text.
 * Null: the bytes are not text.
 */
function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } | null {
  if (startsWith(bytes, UTF16LE_BOM)) return { text: new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes.subarray(2)), encoding: 'UTF-16LE' }
  if (startsWith(bytes, UTF16BE_BOM)) return { text: new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes.subarray(2)), encoding: 'UTF-16BE' }
  const hasUtf8Bom = startsWith(bytes, UTF8_BOM)
  const body = hasUtf8Bom ? bytes.subarray(UTF8_BOM.length) : bytes
  if (looksBinary(body)) return null
  const utf8 = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body)
  if (hasUtf8Bom) return { text: utf8, encoding: 'UTF-8' }
  let replaced = 0
  let otherNonAscii = 0
  for (let i = 0; i < utf8.length; i += 1) {
    const code = utf8.charCodeAt(i)
    if (code === 0xfffd) replaced += 1
    else if (code > 0x7f) otherNonAscii += 1
  }
  if (replaced === 0 || otherNonAscii >= replaced * 4) return { text: utf8, encoding: 'UTF-8' }
  return { text: new TextDecoder('gb18030').decode(body), encoding: 'GB18030' }
}

/** NUL bytes never occur in UTF-8 or GB18030 text (UTF-16 was recognised by its byte-order mark): the file is binary. */
function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 64 * 1024)
  for (let i = 0; i < end; i += 1) if (bytes[i] === 0) return true
  return false
}

const QUOTE = 34
const LF = 10
const CR = 13

/**
 * Delimited text as Excel reads it: a record ends at CRLF, LF or CR alike (files edited by
 * several tools mix them); a field opening with a quote runs to the matching quote, line breaks
 * and doubled quotes included, and text after the closing quote is kept; a quote inside an
 * unquoted field is a character. `unclosedRecord` is the 1-based record where a quote opened and
 * never closed (0: none). Every line counts as a record, blank ones too, so a record's index is
 * the row number Excel shows.
 */
export function parseDelimitedText(text: string, delimiter: string): { records: string[][]; unclosedRecord: number } {
  const records: string[][] = []
  const separator = delimiter.charCodeAt(0)
  const length = text.length
  let record: string[] = []
  let at = 0
  for (;;) {
    let value: string
    if (text.charCodeAt(at) === QUOTE) {
      value = ''
      let from = at + 1
      for (;;) {
        const quote = text.indexOf('"', from)
        if (quote < 0) return { records, unclosedRecord: records.length + 1 }
        if (text.charCodeAt(quote + 1) === QUOTE) {
          value += text.slice(from, quote + 1)
          from = quote + 2
          continue
        }
        value += text.slice(from, quote)
        at = quote + 1
        break
      }
    } else value = ''
    let end = at
    while (end < length) {
      const code = text.charCodeAt(end)
      if (code === separator || code === LF || code === CR) break
      end += 1
    }
    if (end > at) value = value === '' ? text.slice(at, end) : value + text.slice(at, end)
    record.push(value)
    at = end
    if (at >= length) break
    const code = text.charCodeAt(at)
    if (code === separator) {
      at += 1
      continue
    }
    at += code === CR && text.charCodeAt(at + 1) === LF ? 2 : 1
    records.push(record)
    record = []
    if (at >= length) return { records, unclosedRecord: 0 }
  }
  records.push(record)
  return { records, unclosedRecord: 0 }
}

const isBlankRecord = (cells: readonly string[]): boolean => cells.every((cell) => cell.trim() === '')

/**
 * Comma, tab or semicolon: the one that splits the first non-blank lines (up to 20, within the
 * first 64 KB) into the most records as wide as the first, which must have two fields or more;
 * comma when none does. Semicolons are what Excel writes in locales whose decimal mark is a comma.
 */
function guessDelimiter(text: string): string {
  const sample = text.slice(0, 64 * 1024)
  let best = ','
  let bestScore = 0
  for (const candidate of [',', '\t', ';']) {
    const lines = parseDelimitedText(sample, candidate).records.filter((cells) => !isBlankRecord(cells)).slice(0, 20)
    const width = lines[0]?.length ?? 0
    if (width < 2) continue
    const score = lines.filter((cells) => cells.length === width).length
    if (score > bestScore) {
      best = candidate
      bestScore = score
    }
  }
  return best
}

/** A number with a comma and no dot (1250,75; 1,5): in a semicolon-separated file, a decimal comma. */
const COMMA_NUMBER = /^[+-]?\d+(?:,\d+)+$/

/**
 * Whether a text file writes numbers the European way (1.234,5), decided on the whole file so
 * that every row is read alike: one of its cells can only be read that way (28.765.432,5 or
 * 1.234,5), or its fields are separated by semicolons (as Excel does where the comma is the
 * decimal mark) and a number in it has a comma (1250,75). In such a file 1.200 may mean 1200,
 * so every number with a dot or comma is refused as ambiguous rather than guessed. A semicolon
 * file whose numbers only have dots (1234.5) is read as written.
 */
function usesEuropeanNumbers(records: readonly string[][], delimiter: string): boolean {
  return records.some((cells) =>
    cells.some((cell) => isEuropeanNumberText(cell) || (delimiter === ';' && COMMA_NUMBER.test(cell.trim())))
  )
}

function readDelimitedText(fileName: string, bytes: Uint8Array, extension: string, language: Language): Table {
  const decoded = decodeText(bytes)
  if (!decoded) throw unreadable(language, fileName, 'import.reasonNotText')
  const { text, encoding } = decoded
  if (text.trim() === '') throw emptyFile(language, fileName)

  const delimiter = extension === 'tsv' ? '\t' : guessDelimiter(text)
  const { records, unclosedRecord } = parseDelimitedText(text, delimiter)
  if (unclosedRecord > 0) throw unreadable(language, fileName, 'import.reasonUnclosedQuote', { row: unclosedRecord })

  const isEuropean = usesEuropeanNumbers(records, delimiter)
  const hasReplacements = text.includes('\ufffd')
  const rows: TableRow[] = []
  const cellIssues: TableCellIssue[] = []
  let width = 0
  records.forEach((record, index) => {
    if (isBlankRecord(record)) return
    const rowNumber = index + 1
    const cells: TableCell[] = record
    for (let column = 0; column < record.length; column += 1) {
      const cell = record[column] ?? ''
      if (cell.trim() !== '' && column + 1 > width) width = column + 1
      if (hasReplacements && cell.includes('\ufffd')) {
        cells[column] = null
        cellIssues.push({ rowNumber, column, code: 'invalidBytes', params: { encoding } })
      } else if (isEuropean && hasNumberMarks(cell)) {
        cells[column] = null
        cellIssues.push({ rowNumber, column, code: 'ambiguousNumber', params: { value: cell.trim() } })
      }
    }
    rows.push({ rowNumber, cells })
  })
  if (rows.length === 0) throw emptyFile(language, fileName)
  if (width > MAX_TABLE_COLUMNS) throw tooManyColumns(language, fileName, width)
  return { fileType: 'csv', encoding, sheetName: null, rows, sheets: [], cellIssues }
}
