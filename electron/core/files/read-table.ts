/**
 * Turns an uploaded file (its name and bytes) into rows of cells: .xlsx through our own reader
 * (xlsx-reader.ts, which reads cells as read-excel-file did), .csv/.tsv/.txt through papaparse
 * after detecting UTF-8 or GB18030.
 * Nothing here knows about accounts; failures are AppFailures with a sentence a person can act on.
 */
import Papa from 'papaparse'
import { AppFailure } from '../../../src/shared/result'
import { translate, type Language } from '../../../src/shared/i18n'
import { openXlsx, type XlsxSheet } from './xlsx-reader'

/** A cell as read: text, a number written as exact decimal text (xlsx), a boolean, a date or nothing. */
export type TableCell = string | boolean | Date | null

export interface TableRow {
  /** The row number Excel shows (the first line of the file is row 1). */
  rowNumber: number
  cells: TableCell[]
}

export interface Table {
  fileType: 'xlsx' | 'csv'
  encoding: 'UTF-8' | 'GB18030' | null
  sheetName: string | null
  /** Non-blank rows only, in file order; the first is the header row. */
  rows: TableRow[]
}

const TEXT_EXTENSIONS = new Set(['csv', 'tsv', 'txt'])
const XLSX_EXTENSIONS = new Set(['xlsx', 'xlsm'])

const startsWith = (bytes: Uint8Array, magic: number[]): boolean => magic.every((byte, i) => bytes[i] === byte)
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0]
const UTF8_BOM = [0xef, 0xbb, 0xbf]
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

const isBlankCell = (cell: TableCell): boolean => cell === null || (typeof cell === 'string' && cell.trim() === '')

/** Reads the file; throws AppFailure 'unsupported-file', 'unreadable-file' or 'empty-file'. */
export async function readTable(fileName: string, bytes: Uint8Array, language: Language): Promise<Table> {
  const extension = extensionOf(fileName)
  const isKnownExtension = XLSX_EXTENSIONS.has(extension) || TEXT_EXTENSIONS.has(extension)
  if (!isKnownExtension) throw unsupported(language, fileName)
  // The bytes decide: an .xlsx saved under a .csv name is still read as a workbook.
  if (startsWith(bytes, ZIP_MAGIC)) return readWorkbook(fileName, bytes, language)
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

async function readWorkbook(fileName: string, bytes: Uint8Array, language: Language): Promise<Table> {
  // The first sheet (in tab order) with a non-blank row; later sheets are not even read.
  let found: { sheet: XlsxSheet; rows: TableRow[] } | null = null
  try {
    const workbook = openXlsx(bytes, { parseNumber: excelNumberText })
    for (let index = 0; index < workbook.sheets.length && !found; index += 1) {
      const sheet = workbook.readSheet(index)
      if (!sheet) continue // a chart sheet
      const rows: TableRow[] = []
      for (const { rowNumber, cells } of sheet.rows) {
        const row = cells.map(toTableCell)
        if (!row.every(isBlankCell)) rows.push({ rowNumber, cells: row })
      }
      if (rows.length > 0) found = { sheet, rows }
    }
  } catch {
    // The reader throws for a damaged zip, a zip that is not a workbook (a renamed .docx),
    // zip64 or encrypted entries and broken sheets alike; its messages are English internals,
    // so one reason covers them.
    throw unreadable(language, fileName, 'import.reasonNotWorkbook')
  }
  if (!found) throw emptyFile(language, fileName)
  return { fileType: 'xlsx', encoding: null, sheetName: found.sheet.name, rows: found.rows }
}

/**
 * A number cell as the decimal text stored in the file, so money never passes through a float;
 * binary noise past the 15 significant digits Excel shows is dropped ("12.000000000000002" is
 * the 12 the user sees, "1234.5600000000001" is 1234.56).
 */
export function excelNumberText(text: string): string {
  const digits = text.replace(/^-/, '').replace('.', '').replace(/^0+/, '')
  if (digits.length <= 15 || !/^-?\d*\.\d+$/.test(text)) return text
  return String(Number(Number(text).toPrecision(15)))
}

function toTableCell(value: unknown): TableCell {
  if (value === null || value === undefined) return null
  if (typeof value === 'string' || typeof value === 'boolean' || value instanceof Date) return value
  return String(value)
}

function decodeText(bytes: Uint8Array): { text: string; encoding: 'UTF-8' | 'GB18030' } {
  const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(UTF8_BOM.length) : bytes
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), encoding: 'UTF-8' }
  } catch {
    // Chinese Excel saves "CSV (逗号分隔)" in the ANSI code page: GBK, which GB18030 contains.
    return { text: new TextDecoder('gb18030').decode(body), encoding: 'GB18030' }
  }
}

/** NUL bytes never occur in UTF-8 or GB18030 text: the file is binary (or UTF-16, which we refuse). */
function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 64 * 1024)
  for (let i = 0; i < end; i += 1) if (bytes[i] === 0) return true
  return false
}

function readDelimitedText(fileName: string, bytes: Uint8Array, extension: string, language: Language): Table {
  if (looksBinary(bytes)) throw unreadable(language, fileName, 'import.reasonNotText')
  const { text, encoding } = decodeText(bytes)
  if (text.trim() === '') throw emptyFile(language, fileName)

  // Papaparse's own guess is thrown off by blank lines when they are kept, so guess on a
  // preview without them, then parse everything with blank lines kept: a record's index is then
  // the row number Excel shows, even after a quoted cell that spans several lines.
  const delimiter =
    extension === 'tsv'
      ? '\t'
      : Papa.parse<string[]>(text, { preview: 20, skipEmptyLines: 'greedy', delimitersToGuess: [',', '\t', ';'] }).meta.delimiter
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false })
  const unclosed = parsed.errors.find((error) => error.code === 'MissingQuotes')
  if (unclosed) throw unreadable(language, fileName, 'import.reasonUnclosedQuote', { row: (unclosed.row ?? 0) + 1 })

  const rows: TableRow[] = []
  parsed.data.forEach((cells, index) => {
    if (!cells.every((cell) => cell.trim() === '')) rows.push({ rowNumber: index + 1, cells })
  })
  if (rows.length === 0) throw emptyFile(language, fileName)
  return { fileType: 'csv', encoding, sheetName: null, rows }
}
