/**
 * The one table-import skeleton, generic over an entity registry (accounts now, the catalogue
 * next): header matching from the registry's labels and synonyms, units in headers (万元), the
 * mapping preview, every row parsed field by field with its row number and reasons, and the
 * refused rows written back as a file to fix and import again. What the file reader found wrong
 * with a cell (bad bytes, a formula without its result, an ambiguous number) and numbers as Java
 * exporters write them are handled here, so every entity's import gets them. The entity supplies
 * its parser, its record checks and how to store; the commit runs in the caller's one transaction.
 */
import { AppFailure } from '../../../src/shared/result'
import { translate, type Language } from '../../../src/shared/i18n'
import { NUMERIC_KINDS, REPEATING_KINDS, type FieldKind, type FieldSpec } from '../../../src/shared/domain/field-registry'
import { hasValidThousandsCommas } from '../../../src/shared/domain/parse'
import { javaNumberTextToPlain } from '../../../src/shared/domain/parse/number-text'
import type { Table, TableCell, TableCellIssue, TableCellIssueCode, TableRow, TableRowVisitor } from './read-table'
import { CSV_MIME, textValue, writeTable, XLSX_MIME, type TableToWrite } from './table-writer'
import type { ExportedFile } from '../../../src/shared/contract'

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

/** A mapped cell the file reader could not read truly; its sentence is the reader's, not the field's. */
export interface CellReadIssue<F extends string> {
  field: F
  readIssue: TableCellIssue
}

/** A reason a row is refused: the entity's own issue, or the reader's about one of its cells. */
export type RowIssue<F extends string, I> = I | CellReadIssue<F>

export interface AnalysedRow<F extends string, R, I> {
  row: TableRow
  isValid: boolean
  /** The complete record when the row is valid and records were asked for (see `keepRecords`). */
  record: R | null
  issues: RowIssue<F, I>[]
}

export interface TableAnalysis<F extends string, R, I> {
  headers: string[]
  columns: ImportColumnPreview<F>[]
  missingRequired: F[]
  rows: AnalysedRow<F, R, I>[]
}

const CELL_ISSUE_MESSAGES = {
  invalidBytes: 'import.cellInvalidBytes',
  formulaWithoutResult: 'import.cellFormulaWithoutResult',
  ambiguousNumber: 'import.cellAmbiguousNumber'
} satisfies Record<TableCellIssueCode, string>

function isCellReadIssue<F extends string, I>(issue: RowIssue<F, I>): issue is CellReadIssue<F> {
  return typeof issue === 'object' && issue !== null && 'readIssue' in issue
}

/** The sentence for a row issue in the user's language. */
export function describeRowIssue<F extends string, R, I extends ImportIssue<F>>(
  entity: ImportEntity<F, R, I>,
  language: Language,
  issue: RowIssue<F, I>
): string {
  if (isCellReadIssue(issue)) return translate(language, CELL_ISSUE_MESSAGES[issue.readIssue.code], issue.readIssue.params ?? {})
  return entity.describeIssue(language, issue)
}

/** rowNumber → column → the reader's issue, for the rows that have any. */
function cellIssueIndex(table: Table): Map<number, Map<number, TableCellIssue>> {
  const index = new Map<number, Map<number, TableCellIssue>>()
  for (const issue of table.cellIssues) {
    let columns = index.get(issue.rowNumber)
    if (!columns) index.set(issue.rowNumber, (columns = new Map()))
    columns.set(issue.column, issue)
  }
  return index
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
    if (/(^|[^\d])100\s*m\b|100\s*million|hundred million/.test(unit)) return 8
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

/**
 * How a field's text may be a number as Java exporters (Apache POI, EasyExcel) write it,
 * "310000.0" or "6.912345678901E+12": always for figures and region codes; for a code only when
 * its text could not be a code as written ("1E5" can be one, "6.9E+12" cannot); never for text.
 */
type JavaNumberRule = 'always' | 'unlessCodeLike' | 'never'

function javaNumberRule(kind: FieldKind['type']): JavaNumberRule {
  if (NUMERIC_KINDS.has(kind) || kind === 'region') return 'always'
  return kind === 'code' ? 'unlessCodeLike' : 'never'
}

function cellForField(cell: TableCell, isNumeric: boolean, javaNumbers: JavaNumberRule, scale: number): string | boolean | null {
  if (cell === null || typeof cell === 'boolean') return cell
  let text = cellToText(cell)
  if (text.charCodeAt(0) === 39 && ESCAPED_FORMULA.test(text)) text = text.slice(1)
  if (javaNumbers === 'always' || (javaNumbers === 'unlessCodeLike' && /[.+]/.test(text))) {
    const plain = javaNumberTextToPlain(text)
    if (plain !== null) text = plain
  }
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
  const headersOf = (row: TableRow | undefined) => headerTexts(row, width)
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

export interface AnalyseOptions {
  /**
   * Keep each valid row's record (a commit needs them; the default). A preview only counts valid
   * rows: not keeping 100,000 records keeps its peak memory down.
   */
  keepRecords: boolean
}

/** A mapped column as the row parser reads it. */
interface MappedColumn<F extends string> {
  field: F
  column: number
  scale: number
  isNumeric: boolean
  javaNumbers: JavaNumberRule
  isGeneratedWhenBlank: boolean
}

/**
 * A table's header, mapping and columns, ready to read its data rows one at a time
 * (`forEachRow`): an import of 100,000 rows then holds one record at a time, not 100,000.
 */
export interface TableAnalysisPlan<F extends string, R, I> {
  headers: string[]
  columns: ImportColumnPreview<F>[]
  missingRequired: F[]
  /** The fields the columns are mapped to, in column order. */
  mappedFields: F[]
  /** How many data rows the table has (the header and title lines above it excluded). */
  rowCount: number
  /**
   * Parses every data row in file order and hands it to `visit` with its record (complete,
   * whether valid or not: `row.record` is null). `releaseRows`: each table row is dropped once
   * visited (a commit that needs the file no more), so its memory goes as the records are stored.
   * The row checker is fresh for each call.
   */
  forEachRow(visit: (row: AnalysedRow<F, R, I>, record: R) => void, options?: { releaseRows?: boolean }): void
  /** One field's parsed values, row by row (rows where it is blank, flagged or refused are skipped): a cheap first pass. */
  forEachFieldValue(field: F, visit: (value: unknown, rowNumber: number) => void): void
}

const sampleText = (text: string): string => (text.length > 100 ? `${text.slice(0, 99)}…` : text)

/** The mapping (the user's, checked, or the automatic one), its columns as the row parser reads them, and the required fields left without a column. */
function decideMapping<F extends string, R, I extends ImportIssue<F>>(
  entity: ImportEntity<F, R, I>,
  index: HeaderIndex<F>,
  language: Language,
  headers: readonly string[],
  requestedMapping: readonly (F | null)[] | undefined
): { mapping: (F | null)[]; mapped: MappedColumn<F>[]; missingRequired: F[] } {
  const fieldLabel = (field: F) => entity.labelsOf(field)[language === 'zh-CN' ? 0 : 1] ?? field
  const mapping = requestedMapping ? checkedMapping(language, fieldLabel, headers, requestedMapping) : autoMapping(index, headers)
  if (!requestedMapping && mapping.every((field) => field === null)) {
    throw new AppFailure('no-header-match', translate(language, 'errors.noHeaderMatch'))
  }
  const specs = new Map(entity.registry.map((spec) => [spec.field, spec]))
  const mapped = mapping.flatMap((field, column): MappedColumn<F>[] => {
    const spec = field ? specs.get(field) : undefined
    if (!field || !spec) return []
    return [
      {
        field,
        column,
        scale: headerScale(headers[column] ?? ''),
        isNumeric: NUMERIC_KINDS.has(spec.kind.type),
        javaNumbers: javaNumberRule(spec.kind.type),
        isGeneratedWhenBlank: spec.isGeneratedWhenBlank === true
      }
    ]
  })
  const missingRequired = entity.registry
    .filter((spec) => spec.isRequired && spec.isGeneratedWhenBlank !== true && !mapping.includes(spec.field))
    .map((spec) => spec.field)
  return { mapping, mapped, missingRequired }
}

/** Parses one data row field by field and checks it whole (with one row checker for the whole pass). */
function rowAnalyser<F extends string, R, I extends ImportIssue<F>>(
  entity: ImportEntity<F, R, I>,
  parseField: (field: F, value: string | boolean | null) => FieldOutcome<I>,
  mapped: readonly MappedColumn<F>[],
  missingRequired: readonly F[]
): (row: TableRow, rowReadIssues: ReadonlyMap<number, TableCellIssue> | undefined) => { analysed: AnalysedRow<F, R, I>; record: R } {
  const checkRow = entity.rowChecker()
  return (row, rowReadIssues) => {
    const record = entity.emptyRecord()
    const fields = record as unknown as Record<F, unknown>
    const issues: RowIssue<F, I>[] = []
    for (const { field, column, scale, isNumeric, javaNumbers, isGeneratedWhenBlank } of mapped) {
      // The reader's reason is the one to tell: parsing the null it left would only add "required".
      const readIssue = rowReadIssues?.get(column)
      if (readIssue) {
        issues.push({ field, readIssue })
        continue
      }
      const value = cellForField(row.cells[column] ?? null, isNumeric, javaNumbers, scale)
      // A blank generated field (a code) is not an error: the commit generates it.
      if (isGeneratedWhenBlank && (value === null || (typeof value === 'string' && value.trim() === ''))) continue
      const parsed = parseField(field, value)
      if (parsed.ok) fields[field] = parsed.value
      else issues.push(parsed.issue)
    }
    for (const issue of checkRow(record, row.rowNumber)) issues.push(issue)
    return { analysed: { row, isValid: issues.length === 0 && missingRequired.length === 0, record: null, issues }, record }
  }
}

/** What a streamed analysis knows once the last row is in: a TableAnalysisPlan without its passes. */
export type StreamedTableAnalysis<F extends string> = Pick<TableAnalysisPlan<F, never, never>, 'headers' | 'columns' | 'missingRequired' | 'mappedFields' | 'rowCount'>

export interface TableAnalysisStream<F extends string> {
  /** Takes the file's rows in order (a streamTable visitor). */
  push: TableRowVisitor
  /** The fields the columns are mapped to, in column order; known once the first row reaches the visitor. */
  mappedFields(): F[]
  /** After the last row: the header, the columns with their samples, how many data rows there were. */
  finish(): StreamedTableAnalysis<F>
}

/**
 * The rows of a file as they are pushed, sorted into those above the header, the header and the
 * data rows: the first HEADER_SEARCH_ROWS rows are held until the header is decided among them
 * (as tableHeaders decides it), then every row goes straight to `onDataRow`.
 */
function headerFindingStream<F extends string>(
  index: HeaderIndex<F>,
  onHeader: (headerRow: TableRow | null) => void,
  onDataRow: (row: TableRow, issues: readonly TableCellIssue[]) => void
): { push: TableRowVisitor; finish: () => void } {
  let searching: { row: TableRow; issues: readonly TableCellIssue[] }[] | null = []
  const decide = () => {
    const buffered = searching ?? []
    searching = null
    const found = buffered.findIndex(({ row }) => autoMapping(index, headerTexts(row, row.cells.length)).filter((field) => field !== null).length >= 2)
    const headerAt = found < 0 ? 0 : found
    onHeader(buffered[headerAt]?.row ?? null)
    for (const { row, issues } of buffered.slice(headerAt + 1)) onDataRow(row, issues)
  }
  return {
    push(row, issues) {
      if (searching === null) return onDataRow(row, issues)
      searching.push({ row, issues })
      if (searching.length >= HEADER_SEARCH_ROWS) decide()
    },
    finish() {
      if (searching !== null) decide()
    }
  }
}

/** The header row's width for the mapping: its own, or the requested mapping's when that is longer. */
const mappingWidth = (headerRow: TableRow | null, requestedMapping: readonly unknown[] | undefined): number =>
  Math.max(headerRow ? lastFilledIndex(headerRow.cells) + 1 : 0, requestedMapping?.length ?? 0)

/**
 * planTableAnalysis and one forEachRow in a single pass over rows pushed as the file is read
 * (streamTable), holding at most the few rows above and under the header: the header row is the
 * same (the first HEADER_SEARCH_ROWS rows decide it), and so are the mapping, the records, the
 * issues and the column previews. Only the width differs where no one sees it: the requested
 * mapping is taken at its own length rather than cut at the file's widest row.
 */
export function streamTableAnalysis<F extends string, R, I extends ImportIssue<F>>(
  entity: ImportEntity<F, R, I>,
  index: HeaderIndex<F>,
  language: Language,
  requestedMapping: readonly (F | null)[] | undefined,
  visit: (row: AnalysedRow<F, R, I>, record: R) => void
): TableAnalysisStream<F> {
  const parseField = cachedFieldParser(entity)
  let headerRow: TableRow | null = null
  let mapping: (F | null)[] = []
  let missingRequired: F[] = []
  let mappedFields: F[] = []
  let analyseRow: ReturnType<typeof rowAnalyser<F, R, I>> | null = null
  let width = 0
  let rowCount = 0
  const samples: string[][] = []

  const rows = headerFindingStream(
    index,
    (header) => {
      headerRow = header
      const decided = decideMapping(entity, index, language, headerTexts(header, mappingWidth(header, requestedMapping)), requestedMapping)
      mapping = decided.mapping
      missingRequired = decided.missingRequired
      mappedFields = decided.mapped.map(({ field }) => field)
      analyseRow = rowAnalyser(entity, parseField, decided.mapped, missingRequired)
    },
    (row, issues) => {
      rowCount += 1
      for (let column = 0; column < row.cells.length; column += 1) {
        const columnSamples = (samples[column] ??= [])
        if (columnSamples.length >= SAMPLES_PER_COLUMN) continue
        const text = cellToText(row.cells[column] ?? null).trim()
        if (text !== '') columnSamples.push(sampleText(text))
      }
      const readIssues = issues.length === 0 ? undefined : new Map(issues.map((issue) => [issue.column, issue]))
      const { analysed, record } = (analyseRow as NonNullable<typeof analyseRow>)(row, readIssues)
      visit(analysed, record)
    }
  )

  return {
    push(row, issues) {
      width = Math.max(width, lastFilledIndex(row.cells) + 1)
      rows.push(row, issues)
    },
    mappedFields: () => mappedFields,
    finish() {
      rows.finish()
      const headers = headerTexts(headerRow, width)
      const columns = headers.map((header, column): ImportColumnPreview<F> => ({ index: column, header, samples: samples[column] ?? [], field: mapping[column] ?? null }))
      return { headers, columns, missingRequired, mappedFields, rowCount }
    }
  }
}

/**
 * TableAnalysisPlan.forEachFieldValue over rows pushed as the file is read: one field's parsed
 * values (blank, flagged or refused cells skipped), nothing else parsed or checked. A cheap first
 * pass for a commit that must know every code of the file before it stores a row.
 */
export function streamFieldValues<F extends string, R, I extends ImportIssue<F>>(
  entity: ImportEntity<F, R, I>,
  index: HeaderIndex<F>,
  language: Language,
  requestedMapping: readonly (F | null)[] | undefined,
  field: F,
  visit: (value: unknown, rowNumber: number) => void
): { push: TableRowVisitor; finish: () => void } {
  const parseField = cachedFieldParser(entity)
  let column: MappedColumn<F> | undefined
  return headerFindingStream(
    index,
    (header) => {
      column = decideMapping(entity, index, language, headerTexts(header, mappingWidth(header, requestedMapping)), requestedMapping).mapped.find(
        (candidate) => candidate.field === field
      )
    },
    (row, issues) => {
      if (!column || issues.some((issue) => issue.column === column?.column)) return
      const value = cellForField(row.cells[column.column] ?? null, column.isNumeric, column.javaNumbers, column.scale)
      if (value === null || (typeof value === 'string' && value.trim() === '')) return
      const parsed = parseField(field, value)
      if (parsed.ok) visit(parsed.value, row.rowNumber)
    }
  )
}

/** A header row's texts, `width` of them (blank past its end). */
function headerTexts(row: TableRow | null | undefined, width: number): string[] {
  return Array.from({ length: width }, (_, index) => cellToText(row?.cells[index] ?? null).trim())
}

/**
 * The header and mapping of a table for the entity (the user's mapping, checked, or the
 * automatic one), its column previews and the required fields without a column; no data row is
 * parsed yet.
 */
export function planTableAnalysis<F extends string, R, I extends ImportIssue<F>>(
  entity: ImportEntity<F, R, I>,
  index: HeaderIndex<F>,
  language: Language,
  table: Table,
  requestedMapping: readonly (F | null)[] | undefined
): TableAnalysisPlan<F, R, I> {
  const { headers, dataRows } = tableHeaders(index, table)
  const { mapping, mapped, missingRequired } = decideMapping(entity, index, language, headers, requestedMapping)

  const columns = headers.map((header, column): ImportColumnPreview<F> => {
    const samples: string[] = []
    for (const row of dataRows) {
      if (samples.length >= SAMPLES_PER_COLUMN) break
      const text = cellToText(row.cells[column] ?? null).trim()
      if (text !== '') samples.push(sampleText(text))
    }
    return { index: column, header, samples, field: mapping[column] ?? null }
  })

  const parseField = cachedFieldParser(entity)
  const readIssues = cellIssueIndex(table)
  // Held here, not in `table.rows`, so that releasing a visited row frees it.
  const rows: (TableRow | undefined)[] = dataRows
  const rowCount = rows.length

  const forEachRow: TableAnalysisPlan<F, R, I>['forEachRow'] = (visit, { releaseRows = false } = {}) => {
    if (releaseRows) table.rows = []
    const analyseRow = rowAnalyser(entity, parseField, mapped, missingRequired)
    for (let at = 0; at < rows.length; at += 1) {
      const row = rows[at]
      if (!row) throw new Error('forEachRow: the table rows were released by an earlier pass')
      if (releaseRows) rows[at] = undefined
      const { analysed, record } = analyseRow(row, readIssues.get(row.rowNumber))
      visit(analysed, record)
    }
  }

  const forEachFieldValue: TableAnalysisPlan<F, R, I>['forEachFieldValue'] = (field, visit) => {
    const column = mapped.find((candidate) => candidate.field === field)
    if (!column) return
    for (const row of rows) {
      if (!row || readIssues.get(row.rowNumber)?.has(column.column)) continue
      const value = cellForField(row.cells[column.column] ?? null, column.isNumeric, column.javaNumbers, column.scale)
      if (value === null || (typeof value === 'string' && value.trim() === '')) continue
      const parsed = parseField(field, value)
      if (parsed.ok) visit(parsed.value, row.rowNumber)
    }
  }

  return { headers, columns, missingRequired, mappedFields: mapped.map(({ field }) => field), rowCount, forEachRow, forEachFieldValue }
}

/**
 * Reads every row of the table as the entity's records, writing nothing: each mapped cell is
 * parsed by its field (or refused with the reader's reason when the reader flagged it), each
 * complete row checked; a row is valid when it has no issue and the file has a column for every
 * required field.
 */
export function analyseTable<F extends string, R, I extends ImportIssue<F>>(
  entity: ImportEntity<F, R, I>,
  index: HeaderIndex<F>,
  language: Language,
  table: Table,
  requestedMapping: readonly (F | null)[] | undefined,
  { keepRecords }: AnalyseOptions = { keepRecords: true }
): TableAnalysis<F, R, I> {
  const plan = planTableAnalysis(entity, index, language, table, requestedMapping)
  const rows: AnalysedRow<F, R, I>[] = []
  plan.forEachRow((row, record) => {
    rows.push(row.isValid && keepRecords ? { ...row, record } : row)
  })
  return { headers: plan.headers, columns: plan.columns, missingRequired: plan.missingRequired, rows }
}

export interface ImportSummary<F extends string> {
  totalRows: number
  validRows: number
  invalidRows: number
  /** The first errors, in file order; `errorCount` has them all. */
  errors: { row: number; field: F | null; message: string }[]
  errorCount: number
}

/**
 * The preview's counts and first errors, gathered row by row (`add`) so that a streamed
 * analysis never holds its rows; `summary()` answers what `summariseAnalysis` does.
 */
export function importSummaryCollector<F extends string, R, I extends ImportIssue<F>>(entity: ImportEntity<F, R, I>, language: Language) {
  const errors: ImportSummary<F>['errors'] = []
  let errorCount = 0
  let validRows = 0
  let totalRows = 0
  return {
    add(row: AnalysedRow<F, R, I>): void {
      totalRows += 1
      if (row.isValid) validRows += 1
      errorCount += row.issues.length
      for (const issue of row.issues) {
        if (errors.length >= MAX_LISTED_ERRORS) break
        errors.push({ row: row.row.rowNumber, field: issue.field, message: describeRowIssue(entity, language, issue) })
      }
    },
    summary(): ImportSummary<F> {
      return { totalRows, validRows, invalidRows: totalRows - validRows, errors, errorCount }
    }
  }
}

export function summariseAnalysis<F extends string, R, I extends ImportIssue<F>>(
  entity: ImportEntity<F, R, I>,
  language: Language,
  analysis: TableAnalysis<F, R, I>
): ImportSummary<F> {
  const collector = importSummaryCollector(entity, language)
  for (const row of analysis.rows) collector.add(row)
  return collector.summary()
}

/**
 * The rows an import refused, as a table to save and fix: the file's own columns, as read, and
 * a last column with the reasons (the row number in the original file first).
 */
export function refusedRowsTable<F extends string, R, I extends ImportIssue<F>>(
  entity: ImportEntity<F, R, I>,
  language: Language,
  analysis: TableAnalysis<F, R, I>
): TableToWrite<AnalysedRow<F, R, I>> {
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
    rows: analysis.rows.filter((row) => !row.isValid),
    cellsOf: (row) => {
      const reasons = row.issues.map((issue) => describeRowIssue(entity, language, issue))
      if (missing) reasons.push(missing)
      const reason = `${translate(language, 'import.rowLabel', { row: row.row.rowNumber })}${separator}${reasons.join(separator)}`
      return [...analysis.headers.map((_, column) => textValue(cellToText(row.row.cells[column] ?? null))), textValue(reason)]
    }
  }
}

/**
 * `refusedRowsTable` written as a file of the upload's own type, named after it
 * ("客户-未导入的行.xlsx"), ready to download: every entity's import offers the same file.
 */
export async function refusedRowsFile<F extends string, R, I extends ImportIssue<F>>(
  entity: ImportEntity<F, R, I>,
  language: Language,
  analysis: TableAnalysis<F, R, I>,
  upload: { fileName: string; fileType: 'xlsx' | 'csv' }
): Promise<ExportedFile> {
  const refused = refusedRowsTable(entity, language, analysis)
  const format = upload.fileType
  const bytes = await writeTable(format, refused)
  return {
    fileName: `${upload.fileName.replace(/\.[^.]*$/, '')}-${translate(language, 'import.refusedFileSuffix')}.${format}`,
    mimeType: format === 'csv' ? CSV_MIME : XLSX_MIME,
    dataBase64: bytes.toString('base64'),
    rowCount: refused.rows.length
  }
}
