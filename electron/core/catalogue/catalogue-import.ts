/**
 * Import of the catalogue from .xlsx / .csv (UTF-8 or GBK) on the table-import skeleton
 * (../files/table-import.ts). Preview maps the columns to SKU fields and checks every row as the
 * grid would (parseSkuField, skuRecordIssues, codes and barcodes unique in the file and the
 * catalogue), writing nothing. Commit re-reads the bytes with the confirmed mapping and inserts
 * every valid row in one transaction; refused rows come back as a file with their reasons.
 *
 * Barcodes: an .xlsx numeric cell is read as its exact digits (the reader keeps the decimal text);
 * a CSV that Excel saved with "6.90123E+12" has lost the digits and the row is refused saying so.
 */
import { createHash } from 'node:crypto'
import type { WorkbenchContext } from '../context'
import type { ExportedFile, ParsedInput } from '../../../src/shared/contract'
import type { CatalogueImportPreview, CatalogueImportResult } from '../../../src/shared/contract/catalogue'
import { emptySkuValues, SKU_FIELDS, type EditableSkuField, type SkuValues } from '../../../src/shared/domain/catalogue/sku'
import { describeSkuIssue, parseSkuField, skuRecordIssues, type SkuIssue } from '../../../src/shared/domain/catalogue/sku-fields'
import { AppFailure } from '../../../src/shared/result'
import { messages, translate } from '../../../src/shared/i18n'
import { skuCodeAllocator } from './catalogue-service'
import { catalogueRepositoryOf } from './catalogue-repository'
import { readTable, type Table } from '../files/read-table'
import {
  analyseTable,
  autoMapping as autoMappingFor,
  buildHeaderIndex,
  importSummaryCollector,
  planTableAnalysis,
  refusedRowsFile,
  type ImportEntity,
  type RowIssue,
  type TableAnalysis
} from '../files/table-import'

const labelsOf = (field: EditableSkuField): string[] => [messages['zh-CN'].catalogue.fields[field], messages['en-US'].catalogue.fields[field]]

const HEADER_INDEX = buildHeaderIndex<EditableSkuField>(SKU_FIELDS, labelsOf)

/** The automatic mapping of a header row to SKU fields. */
export function autoMapping(headers: readonly string[]): (EditableSkuField | null)[] {
  return autoMappingFor(HEADER_INDEX, headers)
}

/** The catalogue's codes and barcodes, read once (a catalogue is thousands of SKUs, not millions). */
function catalogueKeys(context: WorkbenchContext) {
  const skus = catalogueRepositoryOf(context.db).list()
  return { codes: new Set(skus.map((sku) => sku.code.toUpperCase())), barcodeOwners: new Map(skus.flatMap((sku) => (sku.barcode ? [[sku.barcode, sku.code] as const] : []))) }
}

/** The catalogue entity for the skeleton; `fileCodes` collects every code the file names. */
function catalogueEntity(context: WorkbenchContext, fileCodes: Set<string>): ImportEntity<EditableSkuField, SkuValues, SkuIssue> {
  return {
    registry: SKU_FIELDS,
    labelsOf,
    parseField: (field, value) => parseSkuField(field, value, context),
    emptyRecord: () => emptySkuValues('', ''),
    describeIssue: describeSkuIssue,
    rowChecker() {
      const { codes, barcodeOwners } = catalogueKeys(context)
      const firstRowOfCode = new Map<string, number>()
      const firstRowOfBarcode = new Map<string, number>()
      return (record, rowNumber) => {
        const issues = skuRecordIssues({ ...record, code: record.code || '-' })
        if (record.code) {
          const key = record.code.toUpperCase()
          fileCodes.add(key)
          const firstRow = firstRowOfCode.get(key)
          if (firstRow !== undefined) issues.push({ field: 'code', code: 'duplicateSkuCodeInFile', params: { value: record.code, firstRow } })
          else {
            firstRowOfCode.set(key, rowNumber)
            if (codes.has(key)) issues.push({ field: 'code', code: 'duplicateSkuCode', params: { value: record.code } })
          }
        }
        if (record.barcode) {
          const firstRow = firstRowOfBarcode.get(record.barcode)
          const owner = barcodeOwners.get(record.barcode)
          if (firstRow !== undefined) issues.push({ field: 'barcode', code: 'duplicateBarcodeInFile', params: { value: record.barcode, firstRow } })
          else {
            firstRowOfBarcode.set(record.barcode, rowNumber)
            if (owner !== undefined) issues.push({ field: 'barcode', code: 'duplicateBarcode', params: { value: record.barcode, owner } })
          }
        }
        return issues
      }
    }
  }
}

function analyse(context: WorkbenchContext, table: Table, mapping: readonly (EditableSkuField | null)[] | undefined) {
  const fileCodes = new Set<string>()
  const entity = catalogueEntity(context, fileCodes)
  return { entity, fileCodes, analysis: analyseTable(entity, HEADER_INDEX, context.language(), table, mapping) }
}

/** The upload as a table: the worksheet the preview chose, else the active visible one holding data. */
async function readUpload(context: WorkbenchContext, input: { fileName: string; dataBase64: string; sheet?: string | undefined }): Promise<Table> {
  const options = input.sheet === undefined ? {} : { sheetName: input.sheet }
  return readTable(input.fileName, Buffer.from(input.dataBase64, 'base64'), context.language(), options)
}

/**
 * What the last preview of a workspace read, for the commit of the same file with the same
 * mapping: each data row's record (complete, valid or not) and the issues its cells had, in
 * file order. The commit then neither re-reads nor re-parses the file; it runs again only the
 * checks that depend on the catalogue and on the file's order (rowChecker), inside its
 * transaction. One per workspace, dropped by the next commit.
 */
interface PreviewedFile {
  /** sha256 of the bytes, the sheet, the mapping the preview used and the language it parsed in. */
  key: string
  fileType: 'xlsx' | 'csv'
  headers: string[]
  missingRequired: EditableSkuField[]
  rows: { rowNumber: number; record: SkuValues; cellIssues: RowIssue<EditableSkuField, SkuIssue>[] }[]
}

const previewedFiles = new WeakMap<WorkbenchContext, PreviewedFile>()

function previewKey(context: WorkbenchContext, bytes: Uint8Array, sheet: string | undefined, mapping: readonly (EditableSkuField | null)[]): string {
  const digest = createHash('sha256').update(bytes).digest('hex')
  return `${digest}|${sheet ?? ''}|${context.language()}|${JSON.stringify(mapping.map((field) => field ?? null))}`
}

/**
 * The catalogue entity with each row's own issues (its cells) told apart from the row
 * checker's: `lastCheckedCount` is how many issues the checker added to the row just analysed
 * (the skeleton puts them last).
 */
function countingEntity(entity: ImportEntity<EditableSkuField, SkuValues, SkuIssue>) {
  const counted = { lastCheckedCount: 0 }
  const wrapped: ImportEntity<EditableSkuField, SkuValues, SkuIssue> = {
    ...entity,
    rowChecker() {
      const check = entity.rowChecker()
      return (record, rowNumber) => {
        const issues = check(record, rowNumber)
        counted.lastCheckedCount = issues.length
        return issues
      }
    }
  }
  return { wrapped, counted }
}

export async function previewCatalogueImport(context: WorkbenchContext, input: ParsedInput<'catalogue:import-preview'>): Promise<CatalogueImportPreview> {
  const bytes = Buffer.from(input.dataBase64, 'base64')
  const table = await readUpload(context, input)
  const { wrapped, counted } = countingEntity(catalogueEntity(context, new Set()))
  const plan = planTableAnalysis(wrapped, HEADER_INDEX, context.language(), table, input.mapping)
  const summary = importSummaryCollector(wrapped, context.language())
  const rows: PreviewedFile['rows'] = []
  plan.forEachRow(
    (row, record) => {
      summary.add(row)
      rows.push({ rowNumber: row.row.rowNumber, record, cellIssues: row.issues.slice(0, row.issues.length - counted.lastCheckedCount) })
    },
    { releaseRows: true }
  )
  const mapping = plan.columns.map((column) => column.field)
  previewedFiles.set(context, { key: previewKey(context, bytes, input.sheet, mapping), fileType: table.fileType, headers: plan.headers, missingRequired: plan.missingRequired, rows })
  return {
    fileName: input.fileName,
    fileType: table.fileType,
    encoding: table.encoding,
    sheetName: table.sheetName,
    sheets: table.sheets,
    columns: plan.columns,
    ...summary.summary(),
    missingRequired: plan.missingRequired
  }
}

/**
 * The commit of a file just previewed with the same mapping, from the preview's records: every
 * row checked again against the catalogue and the file (in this transaction), the valid ones
 * inserted; the refused rows' reasons by row number. Throws 'nothing-to-import' as the full
 * commit does.
 */
function commitPreviewed(context: WorkbenchContext, previewed: PreviewedFile) {
  const fileCodes = new Set<string>()
  const entity = catalogueEntity(context, fileCodes)
  const checkRow = entity.rowChecker()
  const valid: SkuValues[] = []
  const refused = new Map<number, RowIssue<EditableSkuField, SkuIssue>[]>()
  for (const { rowNumber, record, cellIssues } of previewed.rows) {
    const issues = [...cellIssues, ...checkRow(record, rowNumber)]
    if (issues.length === 0 && previewed.missingRequired.length === 0) valid.push(record)
    else refused.set(rowNumber, issues)
  }
  if (valid.length === 0) {
    throw new AppFailure('nothing-to-import', translate(context.language(), 'catalogue.import.nothingToImport'), { missingRequired: previewed.missingRequired })
  }
  const now = context.now()
  const nextFreeCode = skuCodeAllocator(context, (code) => fileCodes.has(code))
  const skus = catalogueRepositoryOf(context.db)
  const insertedIds = valid.map((record) => skus.insert(record.code === '' ? { ...record, code: nextFreeCode() } : record, now))
  return { entity, insertedIds, refused }
}

/** The refused rows of a commit from a preview as a file: the file read again for their cells, with the commit's reasons. */
async function previewedRefusedRowsFile(
  context: WorkbenchContext,
  input: { fileName: string; dataBase64: string; sheet?: string | undefined },
  previewed: PreviewedFile,
  entity: ImportEntity<EditableSkuField, SkuValues, SkuIssue>,
  refused: ReadonlyMap<number, RowIssue<EditableSkuField, SkuIssue>[]>
): Promise<ExportedFile | null> {
  if (refused.size === 0) return null
  const table = await readUpload(context, input)
  const rows = table.rows.flatMap((row) => {
    const issues = refused.get(row.rowNumber)
    return issues ? [{ row, isValid: false, record: null, issues }] : []
  })
  const analysis: TableAnalysis<EditableSkuField, SkuValues, SkuIssue> = { headers: previewed.headers, columns: [], missingRequired: previewed.missingRequired, rows }
  const file = await refusedRowsFile(entity, context.language(), analysis, { fileName: input.fileName, fileType: previewed.fileType })
  return file.rowCount === 0 ? null : file
}

/** The refused rows as a file to fix and import again, or null when no row was refused. */
async function refusedRowsFileOrNull(
  context: WorkbenchContext,
  fileName: string,
  table: Table,
  entity: ImportEntity<EditableSkuField, SkuValues, SkuIssue>,
  analysis: TableAnalysis<EditableSkuField, SkuValues, SkuIssue>
): Promise<ExportedFile | null> {
  // No refused row, no file: writing an empty workbook (and loading its writer) costs the commit time.
  if (analysis.rows.every((row) => row.isValid)) return null
  const file = await refusedRowsFile(entity, context.language(), analysis, { fileName, fileType: table.fileType })
  return file.rowCount === 0 ? null : file
}

/**
 * Inserts every valid row in one transaction and answers counts and ids, never the rows. A file
 * just previewed with the same mapping is committed from the preview's records (see
 * PreviewedFile); any other is read, parsed and checked here.
 */
export async function commitCatalogueImport(context: WorkbenchContext, input: ParsedInput<'catalogue:import-commit'>): Promise<CatalogueImportResult> {
  const previewed = previewedFiles.get(context)
  previewedFiles.delete(context)
  if (previewed) {
    const bytes = Buffer.from(input.dataBase64, 'base64')
    if (previewed.key === previewKey(context, bytes, input.sheet, input.mapping)) {
      const { entity, insertedIds, refused } = context.db.transaction(() => commitPreviewed(context, previewed))()
      return {
        insertedCount: insertedIds.length,
        skipped: previewed.rows.length - insertedIds.length,
        insertedIds,
        refusedRowsFile: await previewedRefusedRowsFile(context, input, previewed, entity, refused)
      }
    }
  }
  const table = await readUpload(context, input)
  // Validation runs again inside the transaction, so the codes checked are the codes written.
  const { entity, analysis, insertedIds } = context.db.transaction(() => {
    const analysed = analyse(context, table, input.mapping)
    const valid = analysed.analysis.rows.flatMap((row) => (row.record ? [row.record] : []))
    if (valid.length === 0) {
      throw new AppFailure('nothing-to-import', translate(context.language(), 'catalogue.import.nothingToImport'), {
        missingRequired: analysed.analysis.missingRequired
      })
    }
    const now = context.now()
    // Codes named later in the file are taken too: a blank-code row must not claim one.
    const nextFreeCode = skuCodeAllocator(context, (code) => analysed.fileCodes.has(code))
    // Every row was checked above in this same transaction (its rules, codes and barcodes against
    // the file and the catalogue), so rows go straight to the table's one prepared insert; the
    // table's UNIQUE constraints still stand behind it.
    const skus = catalogueRepositoryOf(context.db)
    const ids = valid.map((record) => skus.insert(record.code === '' ? { ...record, code: nextFreeCode() } : record, now))
    return { ...analysed, insertedIds: ids }
  })()
  return {
    insertedCount: insertedIds.length,
    skipped: analysis.rows.length - insertedIds.length,
    insertedIds,
    refusedRowsFile: await refusedRowsFileOrNull(context, input.fileName, table, entity, analysis)
  }
}
