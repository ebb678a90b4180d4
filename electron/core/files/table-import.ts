/**
 * The one table-import skeleton, generic over an entity registry (accounts now, the catalogue
 * next): header matching from the registry's labels and synonyms, units in headers (万元), the
 * mapping preview, every row parsed field by field with its row number and reasons, and the
 * refused rows written back as a file to fix and import again. The entity supplies its parser,
 * its record checks and how to store; the commit runs in the caller's one transaction.
 */
import { AppFailure } from '../../../src/shared/result'
import { translate, type Language } from '../../../src/shared/i18n'
import { NUMERIC_KINDS, REPEATING_KINDS, type FieldSpec } from '../../../src/shared/domain/field-registry'
import { hasValidThousandsCommas } from '../../../src/shared/domain/parse'
import type { Table, TableCell, TableRow } from './read-table'
import { textValue, type TableToWrite } from './table-writer'

const SAMPLES_PER_COLUMN = 3
const MAX_LISTED_ERRORS = 200

export interface ImportIssue<F extends string> {
  field: F | null
}

export type FieldOutcome<I> = { ok: true; value: unknown } | { ok: false; issue: I }

/** What an entity tells the skeleton. */
export interface ImportEntity<F extends string, R, I extends ImportIssue<F>> {
  registry: readonly (FieldSpec & { field: F })[]
  /** The labels a field is known by in the UI (both languages). */
  labelsOf(field: F): string[]
  parseField(field: F, value: string | boolean | null): FieldOutcome<I>
  /** A blank record of one shape; fields not in the file keep these values. */
  emptyRecord(): R
  /** A fresh checker of complete rows (cross-field rules, values taken in the file or the workspace). */
  rowChecker(): (record: R, rowNumber: number) => I[]
  describeIssue(language: Language, issue: I): string
}

export interface ImportColumnPreview<F extends string> {
  index: number
  header: string
  samples: string[]
  field: F | null
}

export interface AnalysedRow<R, I> {
  row: TableRow
  /** The complete record when the row is valid. */
  record: R | null
  issues: I[]
}

export interface TableAnalysis<F extends string, R, I> {
  headers: string[]
  columns: ImportColumnPreview<F>[]
  missingRequired: F[]
  rows: AnalysedRow<R, I>[]
}

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

export interface HeaderIndex<F extends string> {
  fields: Map<string, F>
  /** Headers naming a place rather than its code, with the field they fill when no code column exists. */
  placeNames: Map<string, F>
}

export function buildHeaderIndex<F extends string>(registry: readonly (FieldSpec & { field: F })[], labelsOf: (field: F) => string[]): HeaderIndex<F> {
  const fields = new Map<string, F>()
  const placeNames = new Map<string, F>()
  for (const spec of registry) {
    for (const label of [...labelsOf(spec.field), spec.field, ...spec.headerSynonyms]) fields.set(headerKey(label), spec.field)
    for (const header of spec.placeNameHeaders ?? []) placeNames.set(headerKey(header), spec.field)
  }
  return { fields, placeNames }
}

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

/** The automatic mapping: first column wins a field; a place-name column only without a code column. */
export function autoMapping<F extends string>(index: HeaderIndex<F>, headers: readonly string[]): (F | null)[] {
  const taken = new Set<F>()
  const mapping = headers.map((header): F | null => {
    const field = index.fields.get(headerKey(header))
    if (!field || taken.has(field)) return null
    taken.add(field)
    return field
  })
  for (const field of new Set(index.placeNames.values())) {
    if (taken.has(field)) continue
    const column = headers.findIndex((header) => index.placeNames.get(headerKey(header)) === field)
    if (column >= 0 && mapping[column] === null) mapping[column] = field
  }
  return mapping
}

/**
 * A user's mapping: entry i is column i's field (null: not imported); columns past its end are
 * not imported. A field given to two columns is refused rather than silently dropping one.
 */
function checkedMapping<F extends string>(
  language: Language,
  fieldLabel: (field: F) => string,
  headers: readonly string[],
  mapping: readonly (F | null)[]
): (F | null)[] {
  const result = headers.map((_, index) => mapping[index] ?? null)
  const columnsByField = new Map<F, number[]>()
  result.forEach((field, index) => {
    if (field) columnsByField.set(field, [...(columnsByField.get(field) ?? []), index])
  })
  for (const [field, columns] of columnsByField) {
    if (columns.length > 1) {
      const described = columns.map((index) => `${columnLetter(index)} ${headers[index] ?? ''}`.trim()).join('、')
      throw new AppFailure('duplicate-mapping', translate(language, 'import.duplicateMapping', { field: fieldLabel(field), columns: described }), {
        field,
        columns
      })
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
// Cells → values

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
  // "1,2" is not a thousands grouping: leave it to the field's parser, which refuses it.
  if (!hasValidThousandsCommas(text)) return null
  const match = PLAIN_DECIMAL.exec(text.replace(/[\s,，]/g, ''))
  if (!match || (match[2] === '' && (match[3] ?? '') === '')) return null
  const [, sign = '', whole = '', fraction = ''] = match
  const digits = whole + fraction.padEnd(exponent, '0')
  const point = whole.length + exponent
  const integer = digits.slice(0, point).replace(/^0+(?=\d)/, '') || '0'
  const rest = digits.slice(point)
  return `${sign}${integer}${rest ? `.${rest}` : ''}`
}

function cellForField(cell: TableCell, isNumeric: boolean, scale: number): string | boolean | null {
  if (cell === null || typeof cell === 'boolean') return cell
  let text = cellToText(cell)
  if (text.charCodeAt(0) === 39 && ESCAPED_FORMULA.test(text)) text = text.slice(1)
  if (scale > 0 && isNumeric) {
    // "1.2亿" in a 万元 column already says what it is; plain figures are in the header's unit.
    const shifted = shiftDecimalText(text.trim(), scale)
    if (shifted !== null) return shifted
    const scientific = /^([+-]?\d+(?:\.\d+)?)e([+-]?\d+)$/i.exec(text.trim())
    if (scientific) return `${scientific[1]}E${Number(scientific[2]) + scale}`
  }
  return text
}

/**
 * The entity's parser, remembered for the repeating fields (options, regions, flags): a
 * 10,000-row file has a handful of distinct formats and regions, and resolving a label or a
 * region name is the costly part of parsing a row.
 */
function cachedFieldParser<F extends string, R, I extends ImportIssue<F>>(entity: ImportEntity<F, R, I>) {
  const caches = new Map<F, Map<string | boolean | null, FieldOutcome<I>>>()
  for (const spec of entity.registry) if (REPEATING_KINDS.has(spec.kind.type)) caches.set(spec.field, new Map())
  return (field: F, value: string | boolean | null): FieldOutcome<I> => {
    const cache = caches.get(field)
    if (!cache) return entity.parseField(field, value)
    let result = cache.get(value)
    if (!result) {
      result = entity.parseField(field, value)
      cache.set(value, result)
    }
    return result
  }
}

// ---------------------------------------------------------------------------------------------
// Analysis

/** How far down a header row is looked for, past title lines such as "2026 年重点客户清单". */
const HEADER_SEARCH_ROWS = 10

/**
 * The header row is the first non-blank row, unless that row names fewer than two fields and
 * one of the next few rows names two or more: sheets often open with a title line above the
 * header. Rows above the header are not data. The choice depends on the file alone, so preview
 * and commit agree.
 */
function tableHeaders<F extends string>(index: HeaderIndex<F>, table: Table): { headers: string[]; dataRows: TableRow[] } {
  let width = 0
  for (const row of table.rows) width = Math.max(width, lastFilledIndex(row.cells) + 1)
  const headersOf = (row: TableRow | undefined) =>
    Array.from({ length: width }, (_, index) => cellToText(row?.cells[index] ?? null).trim())
  const namesFields = (row: TableRow) => autoMapping(index, headersOf(row)).filter((field) => field !== null).length >= 2
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

/**
 * Reads every row of the table as the entity's records, writing nothing: each mapped cell is
 * parsed by its field, each complete row checked; a row is valid when it has no issue and the
 * file has a column for every required field.
 */
export function analyseTable<F extends string, R, I extends ImportIssue<F>>(
  entity: ImportEntity<F, R, I>,
  index: HeaderIndex<F>,
  language: Language,
  table: Table,
  requestedMapping: readonly (F | null)[] | undefined
): TableAnalysis<F, R, I> {
  const { headers, dataRows } = tableHeaders(index, table)
  const fieldLabel = (field: F) => entity.labelsOf(field)[language === 'zh-CN' ? 0 : 1] ?? field
  const mapping = requestedMapping ? checkedMapping(language, fieldLabel, headers, requestedMapping) : autoMapping(index, headers)
  if (!requestedMapping && mapping.every((field) => field === null)) {
    throw new AppFailure('no-header-match', translate(language, 'errors.noHeaderMatch'))
  }
  const specs = new Map(entity.registry.map((spec) => [spec.field, spec]))
  const mapped = mapping.flatMap((field, column) => {
    const spec = field ? specs.get(field) : undefined
    if (!field || !spec) return []
    return [{ field, column, scale: headerScale(headers[column] ?? ''), isNumeric: NUMERIC_KINDS.has(spec.kind.type), isGeneratedWhenBlank: spec.isGeneratedWhenBlank === true }]
  })
  const missingRequired = entity.registry
    .filter((spec) => spec.isRequired && spec.isGeneratedWhenBlank !== true && !mapping.includes(spec.field))
    .map((spec) => spec.field)

  const columns = headers.map((header, column): ImportColumnPreview<F> => {
    const samples: string[] = []
    for (const row of dataRows) {
      if (samples.length >= SAMPLES_PER_COLUMN) break
      const text = cellToText(row.cells[column] ?? null).trim()
      if (text !== '') samples.push(text.length > 100 ? `${text.slice(0, 99)}…` : text)
    }
    return { index: column, header, samples, field: mapping[column] ?? null }
  })

  const parseField = cachedFieldParser(entity)
  const checkRow = entity.rowChecker()
  const rows = dataRows.map((row): AnalysedRow<R, I> => {
    const record = entity.emptyRecord()
    const fields = record as unknown as Record<F, unknown>
    const issues: I[] = []
    for (const { field, column, scale, isNumeric, isGeneratedWhenBlank } of mapped) {
      const value = cellForField(row.cells[column] ?? null, isNumeric, scale)
      // A blank generated field (a code) is not an error: the commit generates it.
      if (isGeneratedWhenBlank && (value === null || (typeof value === 'string' && value.trim() === ''))) continue
      const parsed = parseField(field, value)
      if (parsed.ok) fields[field] = parsed.value
      else issues.push(parsed.issue)
    }
    for (const issue of checkRow(record, row.rowNumber)) issues.push(issue)
    const isValid = issues.length === 0 && missingRequired.length === 0
    return { row, record: isValid ? record : null, issues }
  })
  return { headers, columns, missingRequired, rows }
}

export interface ImportSummary<F extends string> {
  totalRows: number
  validRows: number
  invalidRows: number
  /** The first errors, in file order; `errorCount` has them all. */
  errors: { row: number; field: F | null; message: string }[]
  errorCount: number
}

export function summariseAnalysis<F extends string, R, I extends ImportIssue<F>>(
  entity: ImportEntity<F, R, I>,
  language: Language,
  analysis: TableAnalysis<F, R, I>
): ImportSummary<F> {
  const errors: ImportSummary<F>['errors'] = []
  let errorCount = 0
  let validRows = 0
  for (const row of analysis.rows) {
    if (row.record) validRows += 1
    errorCount += row.issues.length
    for (const issue of row.issues) {
      if (errors.length >= MAX_LISTED_ERRORS) break
      errors.push({ row: row.row.rowNumber, field: issue.field, message: entity.describeIssue(language, issue) })
    }
  }
  return { totalRows: analysis.rows.length, validRows, invalidRows: analysis.rows.length - validRows, errors, errorCount }
}

/**
 * The rows an import refused, as a table to save and fix: the file's own columns, as read, and
 * a last column with the reasons (the row number in the original file first).
 */
export function refusedRowsTable<F extends string, R, I extends ImportIssue<F>>(
  entity: ImportEntity<F, R, I>,
  language: Language,
  analysis: TableAnalysis<F, R, I>
): TableToWrite<AnalysedRow<R, I>> {
  const missing =
    analysis.missingRequired.length > 0
      ? translate(language, 'import.missingRequired', {
          fields: analysis.missingRequired.map((field) => entity.labelsOf(field)[language === 'zh-CN' ? 0 : 1] ?? field).join('、')
        })
      : null
  const separator = language === 'zh-CN' ? '；' : '; '
  return {
    sheetName: translate(language, 'import.refusedSheetName'),
    columns: [...analysis.headers.map((header) => ({ header, kind: 'text' as const })), { header: translate(language, 'import.refusedReason'), kind: 'text' }],
    rows: analysis.rows.filter((row) => row.record === null),
    cellsOf: (row) => {
      const reasons = row.issues.map((issue) => entity.describeIssue(language, issue))
      if (missing) reasons.push(missing)
      const reason = `${translate(language, 'import.rowLabel', { row: row.row.rowNumber })}${separator}${reasons.join(separator)}`
      return [...analysis.headers.map((_, column) => textValue(cellToText(row.row.cells[column] ?? null))), textValue(reason)]
    }
  }
}
