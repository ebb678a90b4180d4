/**
 * Export of accounts to .xlsx (exceljs streaming writer) or .csv (UTF-8 with BOM, RFC 4180).
 * Every computed column comes from accountKpis / screenAccount, so a file shows the numbers the
 * grid shows. Files re-import cleanly: labels, yuan figures and codes are what the importer reads.
 */
import { PassThrough } from 'node:stream'
import ExcelJS from 'exceljs'
import type { WorkbenchContext } from '../context'
import type { ChannelOutput, ExportColumn, ParsedInput } from '../../../src/shared/contract'
import type { Account } from '../../../src/shared/domain/accounts/account'
import { accountKpis, type AccountKpis } from '../../../src/shared/domain/accounts/kpis'
import { screenAccount, type Screening } from '../../../src/shared/domain/accounts/screening'
import { fenToYuan, fenToYuanText } from '../../../src/shared/domain/money'
import { translate, type Language } from '../../../src/shared/i18n'
import { readSettings } from '../settings/settings-service'

type ColumnKind = 'text' | 'count' | 'money' | 'decimal' | 'percent'

const COLUMN_KINDS: Record<ExportColumn, ColumnKind> = {
  code: 'text',
  name: 'text',
  format: 'text',
  background: 'text',
  tier: 'text',
  tradeType: 'text',
  regionCode: 'text',
  directStores: 'count',
  franchiseStores: 'count',
  totalStores: 'count',
  salesAreaM2: 'count',
  annualSalesFen: 'money',
  employees: 'count',
  dailyTraffic: 'count',
  dailyTransactions: 'count',
  isTopThreeInRegion: 'text',
  hasStrongHqExecution: 'text',
  notes: 'text',
  storeClass: 'text',
  regionName: 'text',
  averageStoreAreaM2: 'decimal',
  salesPerM2Fen: 'money',
  salesPerEmployeeFen: 'money',
  salesPerM2PerDayFen: 'money',
  salesPerEmployeePerDayFen: 'money',
  averageTicketFen: 'money',
  conversionRate: 'percent',
  directStoresCriterion: 'text',
  screeningVerdict: 'text',
  updatedAt: 'text'
}

const NUMBER_FORMATS: Record<ColumnKind, string | undefined> = {
  text: undefined,
  count: '#,##0',
  money: '#,##0.00',
  decimal: '#,##0.0',
  percent: '0.0%'
}

/** Minimum column widths (characters) by kind; text columns also grow with their content. */
const MIN_WIDTHS: Record<ColumnKind, number> = { text: 10, count: 12, money: 16, decimal: 12, percent: 10 }
const MAX_WIDTH = 60
const WIDTH_SAMPLE_ROWS = 500

const BULK_READ_IDS = 500

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const CSV_MIME = 'text/csv;charset=utf-8'

/** A cell: text, or a number with the text the CSV shows for it (money keeps exactly two decimals). */
type ExportValue = { kind: 'text'; text: string } | { kind: 'number'; value: number; csv: string } | null

interface AccountView {
  account: Account
  kpis: AccountKpis
  screening: Screening
}

const text = (value: string | null | undefined): ExportValue => (value ? { kind: 'text', text: value } : null)
const count = (value: number | null): ExportValue => (value === null ? null : { kind: 'number', value, csv: String(value) })
const money = (fen: number | null): ExportValue => (fen === null ? null : { kind: 'number', value: fenToYuan(fen), csv: fenToYuanText(fen) })

function percentText(ratio: number): string {
  return `${(Math.round(ratio * 1000) / 10).toFixed(1)}%`
}

type LabelOf = (group: string, value: string | null) => ExportValue

/** Enum labels in the export's language, each translated once per export. */
function labelLookup(language: Language): LabelOf {
  const labels = new Map<string, ExportValue>()
  return (group, value) => {
    if (value === null) return null
    const key = `${group}.${value}`
    let label = labels.get(key)
    if (label === undefined) {
      label = text(translate(language, `enums.${key}`))
      labels.set(key, label)
    }
    return label
  }
}

function cellValue(context: WorkbenchContext, label: LabelOf, column: ExportColumn, view: AccountView): ExportValue {
  const { account, kpis, screening } = view
  const flag = (value: boolean | null): ExportValue => (value === null ? null : label('flag', value ? 'yes' : 'no'))
  switch (column) {
    case 'code':
    case 'name':
    case 'notes':
    case 'updatedAt':
    case 'regionCode':
      return text(account[column])
    case 'format':
    case 'background':
    case 'tier':
    case 'tradeType':
      return label(column, account[column])
    case 'directStores':
    case 'franchiseStores':
    case 'salesAreaM2':
    case 'employees':
    case 'dailyTraffic':
    case 'dailyTransactions':
      return count(account[column])
    case 'annualSalesFen':
      return money(account.annualSalesFen)
    case 'isTopThreeInRegion':
    case 'hasStrongHqExecution':
      return flag(account[column])
    case 'storeClass':
      return label('storeClass', kpis.storeClass)
    case 'regionName':
      return text(account.regionCode ? context.regions.byCode(account.regionCode)?.fullName : null)
    case 'totalStores':
      return count(kpis.totalStores)
    case 'averageStoreAreaM2':
      return count(kpis.averageStoreAreaM2)
    case 'salesPerM2Fen':
    case 'salesPerEmployeeFen':
    case 'salesPerM2PerDayFen':
    case 'salesPerEmployeePerDayFen':
    case 'averageTicketFen':
      return money(kpis[column])
    case 'conversionRate':
      return kpis.conversionRate === null ? null : { kind: 'number', value: kpis.conversionRate, csv: percentText(kpis.conversionRate) }
    case 'directStoresCriterion':
      return label('criterion', screening.directStores)
    case 'screeningVerdict':
      return label('verdict', screening.verdict)
  }
}

function localDate(iso: string): string {
  const date = new Date(iso)
  const valid = Number.isNaN(date.getTime()) ? new Date() : date
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${valid.getFullYear()}-${pad(valid.getMonth() + 1)}-${pad(valid.getDate())}`
}

export async function exportAccounts(
  context: WorkbenchContext,
  input: ParsedInput<'accounts:export'>
): Promise<ChannelOutput<'accounts:export'>> {
  const { format, columns, language } = input
  const seen = new Set<number>()
  const views: AccountView[] = []
  // Many ids: one read of the table beats a lookup per id.
  const { screeningFormats } = readSettings(context)
  const byId = input.ids.length > BULK_READ_IDS ? new Map(context.accounts.list().map((account) => [account.id, account])) : null
  for (const id of input.ids) {
    if (seen.has(id)) continue
    seen.add(id)
    const account = byId ? byId.get(id) : context.accounts.get(id)
    if (account) views.push({ account, kpis: accountKpis(account), screening: screenAccount(account, screeningFormats) })
  }
  const headers = columns.map((column) => translate(language, `fields.${column}`))
  // Rows are built one at a time while writing, so a large export holds accounts, not cells.
  const label = labelLookup(language)
  const rowOf = (view: AccountView): ExportValue[] => columns.map((column) => cellValue(context, label, column, view))
  const baseName = `${translate(language, 'export.fileBaseName')}-${localDate(context.now())}`

  if (format === 'csv') {
    return {
      fileName: `${baseName}.csv`,
      mimeType: CSV_MIME,
      dataBase64: Buffer.from(buildCsv(headers, views, rowOf), 'utf8').toString('base64'),
      rowCount: views.length
    }
  }
  const bytes = await buildXlsx(translate(language, 'export.sheetName'), columns, headers, views, rowOf)
  return { fileName: `${baseName}.xlsx`, mimeType: XLSX_MIME, dataBase64: bytes.toString('base64'), rowCount: views.length }
}

// ---------------------------------------------------------------------------------------------
// CSV

/** OWASP CSV injection: text starting with these is prefixed with ' so no spreadsheet runs it. */
const FORMULA_START = /^[=+\-@\t\r]/

function csvField(value: ExportValue): string {
  if (value === null) return ''
  const raw = value.kind === 'number' ? value.csv : FORMULA_START.test(value.text) ? `'${value.text}` : value.text
  return /[",\r\n]/.test(raw) || /^\s|\s$/.test(raw) ? `"${raw.replace(/"/g, '""')}"` : raw
}

function buildCsv(headers: string[], views: AccountView[], rowOf: (view: AccountView) => ExportValue[]): string {
  const lines = [headers.map((header) => csvField(text(header))).join(',')]
  for (const view of views) lines.push(rowOf(view).map(csvField).join(','))
  // The BOM makes Excel read UTF-8; CRLF and doubled quotes are RFC 4180.
  return `\uFEFF${lines.join('\r\n')}\r\n`
}

// ---------------------------------------------------------------------------------------------
// XLSX

/** Display width: CJK and full-width characters take two columns. */
function displayWidth(value: string): number {
  let width = 0
  for (const char of value.split('\n')[0] ?? '') width += /[\u1100-\uffff]/.test(char) ? 2 : 1
  return width
}

function columnWidth(kind: ColumnKind, header: string, sampleRows: ExportValue[][], index: number): number {
  let width = Math.max(MIN_WIDTHS[kind], displayWidth(header) + 4)
  for (const row of sampleRows) {
    const value = row[index]
    if (value) width = Math.max(width, (value.kind === 'text' ? displayWidth(value.text) : value.csv.length + 4) + 2)
  }
  return Math.min(width, MAX_WIDTH)
}

async function buildXlsx(
  sheetName: string,
  columns: ExportColumn[],
  headers: string[],
  views: AccountView[],
  rowOf: (view: AccountView) => ExportValue[]
): Promise<Buffer> {
  const chunks: Buffer[] = []
  const stream = new PassThrough()
  stream.on('data', (chunk: Buffer) => chunks.push(chunk))
  const ended = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve)
    stream.on('error', reject)
  })
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true })
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] })
  const sampleRows = views.slice(0, WIDTH_SAMPLE_ROWS).map(rowOf)
  sheet.columns = columns.map((column, index) => {
    const kind = COLUMN_KINDS[column]
    const numFmt = NUMBER_FORMATS[kind]
    return { width: columnWidth(kind, headers[index] ?? '', sampleRows, index), ...(numFmt ? { style: { numFmt } } : {}) }
  })
  const headerRow = sheet.addRow(headers)
  headerRow.eachCell((cell) => {
    cell.font = { bold: true }
    cell.alignment = { vertical: 'middle' }
  })
  headerRow.commit()
  // exceljs gives every cell its own copy of the column style and then works out each copy's
  // style id; one shared object per column lets it reuse the id it found for the first cell.
  const cellStyles = columns.map((column): Partial<ExcelJS.Style> => {
    const numFmt = NUMBER_FORMATS[COLUMN_KINDS[column]]
    return numFmt ? { numFmt } : {}
  })
  for (const view of views) {
    // Strings are always written as string cells, never as formulas: "=HYPERLINK(…)" stays text.
    const row = sheet.addRow(rowOf(view).map((value) => (value === null ? null : value.kind === 'number' ? value.value : value.text)))
    row.eachCell((cell, columnNumber) => {
      cell.style = cellStyles[columnNumber - 1] ?? {}
    })
    row.commit()
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } }
  sheet.commit()
  await workbook.commit()
  await ended
  return Buffer.concat(chunks)
}
