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
import { analyseTable, autoMapping as autoMappingFor, buildHeaderIndex, refusedRowsFile, summariseAnalysis, type ImportEntity, type TableAnalysis } from '../files/table-import'

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

export async function previewCatalogueImport(context: WorkbenchContext, input: ParsedInput<'catalogue:import-preview'>): Promise<CatalogueImportPreview> {
  const table = await readUpload(context, input)
  const { entity, analysis } = analyse(context, table, input.mapping)
  return {
    fileName: input.fileName,
    fileType: table.fileType,
    encoding: table.encoding,
    sheetName: table.sheetName,
    sheets: table.sheets,
    columns: analysis.columns,
    ...summariseAnalysis(entity, context.language(), analysis),
    missingRequired: analysis.missingRequired
  }
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

/** Inserts every valid row in one transaction and answers counts and ids, never the rows. */
export async function commitCatalogueImport(context: WorkbenchContext, input: ParsedInput<'catalogue:import-commit'>): Promise<CatalogueImportResult> {
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
