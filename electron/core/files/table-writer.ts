/**
 * Writes a table to .xlsx (exceljs streaming writer) or .csv (UTF-8 with BOM, RFC 4180), for any
 * entity's export and for the rows an import refused. Text is never a formula: in CSV, text that
 * starts like one is prefixed with ' (OWASP CSV injection); in xlsx, strings are string cells.
 */
import { PassThrough } from 'node:stream'
import type ExcelJS from 'exceljs'

export type CellKind = 'text' | 'count' | 'money' | 'decimal' | 'percent'

/**
 * A cell: text, or a number with the text the CSV shows for it (money keeps exactly two decimals).
 * A number may carry its own format where one column mixes kinds (a comparison's rows).
 */
export type TableValue = { kind: 'text'; text: string } | { kind: 'number'; value: number; csv: string; format?: CellKind } | null

export interface TableColumn {
  header: string
  kind: CellKind
}

export interface TableToWrite<Row> {
  sheetName: string
  columns: readonly TableColumn[]
  rows: readonly Row[]
  /** Rows are turned into cells while writing, so a large table holds records, not cells. */
  cellsOf(row: Row): TableValue[]
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
export const CSV_MIME = 'text/csv;charset=utf-8'

export const textValue = (value: string | null | undefined): TableValue => (value ? { kind: 'text', text: value } : null)

export async function writeTable<Row>(format: 'xlsx' | 'csv', table: TableToWrite<Row>): Promise<Buffer> {
  if (format === 'csv') return Buffer.from(buildCsv(table), 'utf8')
  return buildXlsx(table)
}

// ---------------------------------------------------------------------------------------------
// CSV

const FORMULA_START = /^[=+\-@\t\r]/

export function csvField(value: TableValue): string {
  if (value === null) return ''
  const raw = value.kind === 'number' ? value.csv : FORMULA_START.test(value.text) ? `'${value.text}` : value.text
  return /[",\r\n]/.test(raw) || /^\s|\s$/.test(raw) ? `"${raw.replace(/"/g, '""')}"` : raw
}

function buildCsv<Row>(table: TableToWrite<Row>): string {
  const lines = [table.columns.map((column) => csvField(textValue(column.header))).join(',')]
  for (const row of table.rows) lines.push(table.cellsOf(row).map(csvField).join(','))
  // The BOM makes Excel read UTF-8; CRLF and doubled quotes are RFC 4180.
  return `\uFEFF${lines.join('\r\n')}\r\n`
}

// ---------------------------------------------------------------------------------------------
// XLSX

const NUMBER_FORMATS: Record<CellKind, string | undefined> = {
  text: undefined,
  count: '#,##0',
  money: '#,##0.00',
  decimal: '#,##0.0',
  percent: '0.0%'
}

/** Minimum column widths (characters) by kind; text columns also grow with their content. */
const MIN_WIDTHS: Record<CellKind, number> = { text: 10, count: 12, money: 16, decimal: 12, percent: 10 }
const MAX_WIDTH = 60
const WIDTH_SAMPLE_ROWS = 500

/** Display width: CJK and full-width characters take two columns. */
function displayWidth(value: string): number {
  let width = 0
  for (const char of value.split('\n')[0] ?? '') width += /[\u1100-\uffff]/.test(char) ? 2 : 1
  return width
}

function columnWidth(kind: CellKind, header: string, sampleRows: TableValue[][], index: number): number {
  let width = Math.max(MIN_WIDTHS[kind], displayWidth(header) + 4)
  for (const row of sampleRows) {
    const value = row[index]
    if (value) width = Math.max(width, (value.kind === 'text' ? displayWidth(value.text) : value.csv.length + 4) + 2)
  }
  return Math.min(width, MAX_WIDTH)
}

async function buildXlsx<Row>(table: TableToWrite<Row>): Promise<Buffer> {
  // Loaded on first use: exceljs takes longer to load than the rest of the core together, and
  // the host (and a restart after a crash) should not wait for it before the first request.
  const { default: Excel } = await import('exceljs')
  const { columns } = table
  const chunks: Buffer[] = []
  const stream = new PassThrough()
  stream.on('data', (chunk: Buffer) => chunks.push(chunk))
  const ended = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve)
    stream.on('error', reject)
  })
  const workbook = new Excel.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true })
  const sheet = workbook.addWorksheet(table.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] })
  const sampleRows = table.rows.slice(0, WIDTH_SAMPLE_ROWS).map((row) => table.cellsOf(row))
  sheet.columns = columns.map((column, index) => {
    const numFmt = NUMBER_FORMATS[column.kind]
    return { width: columnWidth(column.kind, column.header, sampleRows, index), ...(numFmt ? { style: { numFmt } } : {}) }
  })
  const headerRow = sheet.addRow(columns.map((column) => column.header))
  headerRow.eachCell((cell) => {
    cell.font = { bold: true }
    cell.alignment = { vertical: 'middle' }
  })
  headerRow.commit()
  // exceljs gives every cell its own copy of the column style and then works out each copy's
  // style id; one shared object per column lets it reuse the id it found for the first cell.
  const cellStyles = columns.map((column): Partial<ExcelJS.Style> => {
    const numFmt = NUMBER_FORMATS[column.kind]
    return numFmt ? { numFmt } : {}
  })
  const stylesByFormat = new Map<CellKind, Partial<ExcelJS.Style>>()
  const styleOfFormat = (format: CellKind): Partial<ExcelJS.Style> => {
    let style = stylesByFormat.get(format)
    if (!style) {
      const numFmt = NUMBER_FORMATS[format]
      style = numFmt ? { numFmt } : {}
      stylesByFormat.set(format, style)
    }
    return style
  }
  for (const record of table.rows) {
    const values = table.cellsOf(record)
    // Strings are always written as string cells, never as formulas: "=HYPERLINK(…)" stays text.
    const row = sheet.addRow(values.map((value) => (value === null ? null : value.kind === 'number' ? value.value : value.text)))
    row.eachCell((cell, columnNumber) => {
      const value = values[columnNumber - 1]
      cell.style = value?.kind === 'number' && value.format ? styleOfFormat(value.format) : (cellStyles[columnNumber - 1] ?? {})
    })
    row.commit()
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(columns.length, 1) } }
  sheet.commit()
  await workbook.commit()
  await ended
  return Buffer.concat(chunks)
}
