/**
 * Import of accounts from .xlsx / .csv. Preview reads the file, maps its columns to account
 * fields and validates every row exactly as the grid would (parseAccountField, the per-field rule
 * parseAccountPatch applies; crossFieldIssues; code uniqueness), writing nothing. Commit re-reads the same bytes with the mapping the user
 * confirmed and inserts every valid row in one transaction; invalid rows are skipped and counted.
 */
import type { WorkbenchContext } from '../context'
import type { ChannelOutput, ImportColumn, ImportRowError, ParsedInput } from '../../../src/shared/contract'
import {
  ACCOUNT_FIELDS,
  emptyAccountValues,
  type Account,
  type AccountValues,
  type EditableAccountField
} from '../../../src/shared/domain/accounts/account'
import {
  crossFieldIssues,
  describeFieldIssue,
  parseAccountField,
  type FieldIssue
} from '../../../src/shared/domain/accounts/account-fields'
import { AppFailure } from '../../../src/shared/result'
import { NUMERIC_KINDS, REPEATING_KINDS } from '../../../src/shared/domain/field-registry'
import { codeAllocator, insertValidatedAccount } from './accounts-service'
import { messages, translate, type Language } from '../../../src/shared/i18n'
import { readTable, type Table, type TableCell, type TableRow } from '../files/read-table'

const MAX_LISTED_ERRORS = 200
const SAMPLES_PER_COLUMN = 3
/** Fields a file must have a column for (a blank code is given the next KA code instead). */
const REQUIRED_FIELDS: readonly EditableAccountField[] = ACCOUNT_FIELDS.filter((spec) => spec.isRequired && !('isGeneratedWhenBlank' in spec)).map((spec) => spec.field)
const NUMERIC_FIELDS: ReadonlySet<EditableAccountField> = new Set(ACCOUNT_FIELDS.filter((spec) => NUMERIC_KINDS.has(spec.kind.type)).map((spec) => spec.field))

// ---------------------------------------------------------------------------------------------
// Header → field

/**
 * A header reduced to what identifies it: NFKC (full-width letters and brackets become
 * half-width, m² becomes m2), lower case, bracketed parts (units, "必填") and spaces or
 * punctuation removed. "年销售额（元）", "年销售额(万元)" and " 年销售额 " all become "年销售额".
 */
export function headerKey(header: string): string {
  const key = header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[([【{][^)\]】}]*[)\]】}]/g, '')
    .replace(/[\s\u3000_\-.:：*#'"“”‘’、/\\|]/g, '')
  // A unit written without brackets: 年销售额万元, 年销售额/元.
  const withoutUnit = key.replace(/(亿|千万|百万|十万|万|千)?元$/, '')
  return withoutUnit === '' ? key : withoutUnit
}

function buildHeaderIndex(): { fields: Map<string, EditableAccountField>; regionNames: Set<string> } {
  const fields = new Map<string, EditableAccountField>()
  const regionNames = new Set<string>()
  for (const spec of ACCOUNT_FIELDS) {
    const labels = [messages['zh-CN'].fields[spec.field], messages['en-US'].fields[spec.field], spec.field, ...spec.headerSynonyms]
    for (const label of labels) fields.set(headerKey(label), spec.field)
    if ('placeNameHeaders' in spec) {
      for (const header of [messages['zh-CN'].fields.regionName, messages['en-US'].fields.regionName, ...spec.placeNameHeaders]) regionNames.add(headerKey(header))
    }
  }
  return { fields, regionNames }
}

const HEADER_INDEX = buildHeaderIndex()

/**
 * Powers of ten a header's unit puts on its figures: 年销售额(万元) → 4, 营业面积(万m²) → 4,
 * Annual sales (CNY 10k) → 4, 销售额(千元) → 3. Only numeric fields are scaled.
 */
export function headerScale(header: string): number {
  const text = header.normalize('NFKC').toLowerCase()
  const units = [...text.matchAll(/[([【{]([^)\]】}]*)[)\]】}]/g)].map((m) => m[1] ?? '')
  const trailing = /(亿元|千万元|百万元|十万元|万元|千元)$/.exec(text.replace(/\s/g, ''))
  if (trailing?.[1]) units.push(trailing[1])
  for (const unit of units) {
    if (unit.includes('亿')) return 8
    if (unit.includes('千万')) return 7
    if (unit.includes('百万')) return 6
    if (unit.includes('十万')) return 5
    if (unit.includes('万')) return 4
    if (unit.includes('千')) return 3
    if (/(^|[^\d])10\s*k\b|10,?000/.test(unit)) return 4
    if (/\bmillions?\b|\bmn\b/.test(unit)) return 6
    if (/\bthousands?\b|(^|[^\d.])k\b/.test(unit)) return 3
  }
  return 0
}

/** The automatic mapping: first column wins a field; a region-name column only without a code column. */
export function autoMapping(headers: readonly string[]): (EditableAccountField | null)[] {
  const taken = new Set<EditableAccountField>()
  const mapping = headers.map((header): EditableAccountField | null => {
    const field = HEADER_INDEX.fields.get(headerKey(header))
    if (!field || taken.has(field)) return null
    taken.add(field)
    return field
  })
  if (!taken.has('regionCode')) {
    const index = headers.findIndex((header) => HEADER_INDEX.regionNames.has(headerKey(header)))
    if (index >= 0) mapping[index] = 'regionCode'
  }
  return mapping
}

/**
 * A user's mapping: entry i is column i's field (null: not imported); columns past its end are
 * not imported. A field given to two columns is refused rather than silently dropping one.
 */
function checkedMapping(language: Language, headers: readonly string[], mapping: readonly (EditableAccountField | null)[]) {
  const result = headers.map((_, index) => mapping[index] ?? null)
  const columnsByField = new Map<EditableAccountField, number[]>()
  result.forEach((field, index) => {
    if (field) columnsByField.set(field, [...(columnsByField.get(field) ?? []), index])
  })
  for (const [field, columns] of columnsByField) {
    if (columns.length > 1) {
      const described = columns.map((index) => `${columnLetter(index)} ${headers[index] ?? ''}`.trim()).join('、')
      throw new AppFailure(
        'duplicate-mapping',
        translate(language, 'import.duplicateMapping', { field: translate(language, `fields.${field}`), columns: described }),
        { field, columns }
      )
    }
  }
  return result
}

function columnLetter(index: number): string {
  let letters = ''
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters
  return letters
}

// ---------------------------------------------------------------------------------------------
// Cells → patch

function cellToText(cell: TableCell): string {
  if (cell === null) return ''
  if (cell instanceof Date) return cell.toISOString().slice(0, 10)
  // Line breaks inside a cell are LF, as in Excel; CSV files may carry CRLF inside quotes.
  if (typeof cell !== 'string') return String(cell)
  return cell.includes('\r') ? cell.replace(/\r\n?/g, '\n') : cell
}

/** Our CSV export prefixes text that looks like a formula with ' (formula injection): undo it. */
const ESCAPED_FORMULA = /^'[=+\-@\t\r]/

const PLAIN_DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?$/

/** Exact decimal shift of plain number text ("1.5", 4 → "15000"); null when it is not plain. */
function shiftDecimalText(text: string, exponent: number): string | null {
  const match = PLAIN_DECIMAL.exec(text.replace(/[\s,，]/g, ''))
  if (!match || (match[2] === '' && (match[3] ?? '') === '')) return null
  const [, sign = '', whole = '', fraction = ''] = match
  const digits = whole + fraction.padEnd(exponent, '0')
  const point = whole.length + exponent
  const integer = digits.slice(0, point).replace(/^0+(?=\d)/, '') || '0'
  const rest = digits.slice(point)
  return `${sign}${integer}${rest ? `.${rest}` : ''}`
}

function cellForField(cell: TableCell, field: EditableAccountField, scale: number): string | boolean | null {
  if (cell === null || typeof cell === 'boolean') return cell
  let text = cellToText(cell)
  if (text.charCodeAt(0) === 39 && ESCAPED_FORMULA.test(text)) text = text.slice(1)
  if (scale > 0 && NUMERIC_FIELDS.has(field)) {
    // "1.2亿" in a 万元 column already says what it is; plain figures are in the header's unit.
    const shifted = shiftDecimalText(text.trim(), scale)
    if (shifted !== null) return shifted
    const scientific = /^([+-]?\d+(?:\.\d+)?)e([+-]?\d+)$/i.exec(text.trim())
    if (scientific) return `${scientific[1]}E${Number(scientific[2]) + scale}`
  }
  return text
}

// ---------------------------------------------------------------------------------------------
// Analysis

/** Fields whose cells repeat a few values (labels, flags, regions): parsed once per distinct text. */
const REPEATING_FIELDS: ReadonlySet<EditableAccountField> = new Set(
  ACCOUNT_FIELDS.filter((spec) => REPEATING_KINDS.has(spec.kind.type)).map((spec) => spec.field)
)

type FieldResult = ReturnType<typeof parseAccountField>

/**
 * parseAccountField (what parseAccountPatch runs per field), remembered for the repeating
 * fields: a 10,000-row file has a handful of distinct formats and regions, and resolving a label
 * or a region name is the costly part of parsing a row.
 */
function cachedFieldParser(context: WorkbenchContext) {
  const caches = new Map<EditableAccountField, Map<string | boolean | null, FieldResult>>()
  for (const field of REPEATING_FIELDS) caches.set(field, new Map())
  return (field: EditableAccountField, value: string | boolean | null): FieldResult => {
    const cache = caches.get(field)
    if (!cache) return parseAccountField(field, value, context)
    let result = cache.get(value)
    if (!result) {
      result = parseAccountField(field, value, context)
      cache.set(value, result)
    }
    return result
  }
}

/** Workspaces up to this size have their codes read once; larger ones are asked code by code. */
const MAX_PRELOADED_CODES = 20_000

/** Whether a code is used in the workspace (codes compare case-insensitively, as in the database). */
function workspaceCodeCheck(context: WorkbenchContext): (code: string) => boolean {
  const count = context.accounts.count()
  if (count > MAX_PRELOADED_CODES) return (code) => context.accounts.codeOwner(code) !== undefined
  const codes = new Set(count === 0 ? [] : context.accounts.list().map((account) => account.code.toUpperCase()))
  return (code) => codes.has(code.toUpperCase())
}

interface AnalysedRow {
  rowNumber: number
  /** The complete record when the row is valid (code '' means: assign the next KA code). */
  record: AccountValues | null
  issues: FieldIssue[]
}

interface Analysis {
  table: Table
  columns: ImportColumn[]
  missingRequired: EditableAccountField[]
  rows: AnalysedRow[]
  /** Upper-cased codes written anywhere in the file, valid rows or not. */
  fileCodes: Set<string>
}

/** How far down a header row is looked for, past title lines such as "2026 年重点客户清单". */
const HEADER_SEARCH_ROWS = 10

/**
 * The header row is the first non-blank row, unless that row names fewer than two fields and
 * one of the next few rows names two or more: sheets often open with a title line above the
 * header. Rows above the header are not data. The choice depends on the file alone, so preview
 * and commit agree.
 */
function tableHeaders(table: Table): { headers: string[]; dataRows: TableRow[] } {
  let width = 0
  for (const row of table.rows) width = Math.max(width, lastFilledIndex(row.cells) + 1)
  const headersOf = (row: TableRow | undefined) =>
    Array.from({ length: width }, (_, index) => cellToText(row?.cells[index] ?? null).trim())
  const namesFields = (row: TableRow) => autoMapping(headersOf(row)).filter((field) => field !== null).length >= 2
  const found = table.rows.slice(0, HEADER_SEARCH_ROWS).findIndex(namesFields)
  const headerIndex = found < 0 ? 0 : found
  return { headers: headersOf(table.rows[headerIndex]), dataRows: table.rows.slice(headerIndex + 1) }
}

function lastFilledIndex(cells: readonly TableCell[]): number {
  for (let i = cells.length - 1; i >= 0; i -= 1) {
    const cell = cells[i]
    if (cell !== null && cell !== undefined && !(typeof cell === 'string' && cell.trim() === '')) return i
  }
  return -1
}

function analyse(
  context: WorkbenchContext,
  table: Table,
  requestedMapping: readonly (EditableAccountField | null)[] | undefined
): Analysis {
  const language = context.language()
  const { headers, dataRows } = tableHeaders(table)
  const mapping = requestedMapping ? checkedMapping(language, headers, requestedMapping) : autoMapping(headers)
  if (!requestedMapping && mapping.every((field) => field === null)) {
    throw new AppFailure('no-header-match', translate(language, 'errors.noHeaderMatch'))
  }
  const scales = headers.map(headerScale)
  const mapped = mapping.flatMap((field, index) => (field ? [{ field, index, scale: scales[index] ?? 0 }] : []))
  const missingRequired = REQUIRED_FIELDS.filter((field) => !mapping.includes(field))

  const columns: ImportColumn[] = headers.map((header, index) => {
    const samples: string[] = []
    for (const row of dataRows) {
      if (samples.length >= SAMPLES_PER_COLUMN) break
      const text = cellToText(row.cells[index] ?? null).trim()
      if (text !== '') samples.push(text.length > 100 ? `${text.slice(0, 99)}…` : text)
    }
    return { index, header, samples, field: mapping[index] ?? null }
  })

  const parseField = cachedFieldParser(context)
  const isCodeTaken = workspaceCodeCheck(context)
  const firstRowOfCode = new Map<string, number>()
  const fileCodes = new Set<string>()
  const rows = dataRows.map((row): AnalysedRow => {
    // One object of one shape per row; fields not in the file keep their empty values.
    const record: AccountValues = emptyAccountValues('', '')
    const fields = record as unknown as Record<EditableAccountField, unknown>
    const issues: FieldIssue[] = []
    for (const { field, index, scale } of mapped) {
      const value = cellForField(row.cells[index] ?? null, field, scale)
      // A blank code is not an error: the commit gives the row the next KA-nnnn code.
      if (field === 'code' && (value === null || (typeof value === 'string' && value.trim() === ''))) continue
      const parsed = parseField(field, value)
      if (parsed.ok) fields[field] = parsed.value
      else issues.push(parsed.issue)
    }
    for (const issue of crossFieldIssues(record)) issues.push(issue)
    if (record.code) {
      const key = record.code.toUpperCase()
      fileCodes.add(key)
      const firstRow = firstRowOfCode.get(key)
      if (firstRow !== undefined) {
        issues.push({ field: 'code', code: 'duplicateCodeInFile', params: { value: record.code, firstRow } })
      } else {
        firstRowOfCode.set(key, row.rowNumber)
        if (isCodeTaken(record.code)) {
          issues.push({ field: 'code', code: 'duplicateCode', params: { value: record.code } })
        }
      }
    }
    const isValid = issues.length === 0 && missingRequired.length === 0
    return { rowNumber: row.rowNumber, record: isValid ? record : null, issues }
  })
  return { table, columns, missingRequired, rows, fileCodes }
}

async function readUpload(context: WorkbenchContext, input: { fileName: string; dataBase64: string }): Promise<Table> {
  return readTable(input.fileName, Buffer.from(input.dataBase64, 'base64'), context.language())
}

// ---------------------------------------------------------------------------------------------
// Channels

export async function previewAccountImport(
  context: WorkbenchContext,
  input: ParsedInput<'accounts:import-preview'>
): Promise<ChannelOutput<'accounts:import-preview'>> {
  const language = context.language()
  const table = await readUpload(context, input)
  const analysis = analyse(context, table, input.mapping)
  const errors: ImportRowError[] = []
  let errorCount = 0
  let validRows = 0
  for (const row of analysis.rows) {
    if (row.record) validRows += 1
    errorCount += row.issues.length
    for (const issue of row.issues) {
      if (errors.length >= MAX_LISTED_ERRORS) break
      errors.push({ row: row.rowNumber, field: issue.field, message: describeFieldIssue(language, issue) })
    }
  }
  return {
    fileName: input.fileName,
    fileType: table.fileType,
    encoding: table.encoding,
    sheetName: table.sheetName,
    columns: analysis.columns,
    totalRows: analysis.rows.length,
    validRows,
    invalidRows: analysis.rows.length - validRows,
    errors,
    errorCount,
    missingRequired: analysis.missingRequired
  }
}

export async function commitAccountImport(
  context: WorkbenchContext,
  input: ParsedInput<'accounts:import-commit'>
): Promise<ChannelOutput<'accounts:import-commit'>> {
  const table = await readUpload(context, input)
  // Validation runs again inside the transaction, so the codes checked are the codes written.
  return context.db.transaction(() => {
    const analysis = analyse(context, table, input.mapping)
    const valid = analysis.rows.flatMap((row) => (row.record ? [row.record] : []))
    if (valid.length === 0) {
      throw new AppFailure('nothing-to-import', translate(context.language(), 'import.nothingToImport'), {
        missingRequired: analysis.missingRequired
      })
    }
    const now = context.now()
    // Codes named later in the file are taken too: a blank-code row must not claim one.
    const nextFreeCode = codeAllocator(context, (code) => analysis.fileCodes.has(code))
    const inserted = valid.map((record): Account => {
      const values = record.code === '' ? { ...record, code: nextFreeCode() } : record
      const id = insertValidatedAccount(context, values, now)
      return { id, ...values, updatedAt: now }
    })
    return { inserted, skipped: analysis.rows.length - inserted.length }
  })()
}
