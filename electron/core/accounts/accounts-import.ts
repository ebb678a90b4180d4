/**
 * Import of accounts from .xlsx / .csv on the table-import skeleton (../files/table-import.ts).
 * Preview reads the file, maps its columns to account fields and validates every row exactly as
 * the update service validates an edit typed or pasted in the grid (parseAccountField,
 * crossFieldIssues, code uniqueness), writing nothing. Commit
 * re-reads the same bytes with the mapping the user confirmed and inserts every valid row in one
 * transaction; invalid rows are skipped and counted, and can be saved as a file to fix.
 */
import type { WorkbenchContext } from '../context'
import type { ChannelOutput, ParsedInput } from '../../../src/shared/contract'
import { ACCOUNT_FIELDS, emptyAccountValues, type Account, type AccountValues, type EditableAccountField } from '../../../src/shared/domain/accounts/account'
import { crossFieldIssues, describeFieldIssue, parseAccountField, type FieldIssue } from '../../../src/shared/domain/accounts/account-fields'
import { AppFailure } from '../../../src/shared/result'
import { messages, translate } from '../../../src/shared/i18n'
import { codeAllocator, insertValidatedAccount, publishAccountChanges, toAccountValues, updateValidatedAccount } from './accounts-service'
import { classifyImportRow, likelyDuplicateChecker, type ClassifiedRow } from '../files/import-classify'
import { fenToYuanText } from '../../../src/shared/domain/money'
import { readTable, rereadableTable, streamTable, type Table } from '../files/read-table'
import { releaseMemory } from '../files/release-memory'
import {
  analyseTable,
  autoMapping as autoMappingFor,
  buildHeaderIndex,
  importSummaryCollector,
  refusedRowsFile,
  streamFieldValues,
  streamTableAnalysis,
  type AnalyseOptions,
  type AnalysedRow,
  type ImportEntity
} from '../files/table-import'

export { headerKey, headerScale } from '../files/table-import'

const labelsOf = (field: EditableAccountField): string[] => [messages['zh-CN'].fields[field], messages['en-US'].fields[field]]

const HEADER_INDEX = buildHeaderIndex<EditableAccountField>(ACCOUNT_FIELDS, labelsOf)

/** The automatic mapping of a header row to account fields. */
export function autoMapping(headers: readonly string[]): (EditableAccountField | null)[] {
  return autoMappingFor(HEADER_INDEX, headers)
}

/** Workspaces up to this size have their accounts read once; larger ones are asked code by code. */
const MAX_PRELOADED_CODES = 20_000

/** The live account holding a code (codes compare case-insensitively, as in the database). */
function storedByCode(context: WorkbenchContext): (code: string) => Account | undefined {
  const count = context.accounts.count()
  if (count > MAX_PRELOADED_CODES) {
    return (code) => {
      const id = context.accounts.codeOwner(code)
      return id === undefined ? undefined : context.accounts.get(id)
    }
  }
  const byCode = new Map(count === 0 ? [] : context.accounts.list().map((account) => [account.code.toUpperCase(), account]))
  return (code) => byCode.get(code.toUpperCase())
}

/** The accounts entity for the skeleton; `fileCodes` collects every code the file names. */
function accountsEntity(context: WorkbenchContext, fileCodes: Set<string>): ImportEntity<EditableAccountField, AccountValues, FieldIssue> {
  return {
    registry: ACCOUNT_FIELDS,
    labelsOf,
    parseField: (field, value) => parseAccountField(field, value, context),
    emptyRecord: () => emptyAccountValues('', ''),
    describeIssue: describeFieldIssue,
    rowChecker() {
      const findStored = storedByCode(context)
      // A code of a live account is an update of it; only a code held in the recycle bin is taken.
      const isCodeTaken = (code: string) => findStored(code) === undefined && context.accounts.codeOwner(code) !== undefined
      const firstRowOfCode = new Map<string, number>()
      return (record, rowNumber) => {
        const issues: FieldIssue[] = crossFieldIssues(record)
        if (!record.code) return issues
        const key = record.code.toUpperCase()
        fileCodes.add(key)
        const firstRow = firstRowOfCode.get(key)
        if (firstRow !== undefined) {
          issues.push({ field: 'code', code: 'duplicateCodeInFile', params: { value: record.code, firstRow } })
        } else {
          firstRowOfCode.set(key, rowNumber)
          if (isCodeTaken(record.code)) issues.push({ field: 'code', code: 'duplicateCode', params: { value: record.code } })
        }
        return issues
      }
    }
  }
}

function analyse(context: WorkbenchContext, table: Table, mapping: readonly (EditableAccountField | null)[] | undefined, options: AnalyseOptions) {
  const fileCodes = new Set<string>()
  const entity = accountsEntity(context, fileCodes)
  return { entity, analysis: analyseTable(entity, HEADER_INDEX, context.language(), table, mapping, options) }
}

/**
 * The file's rows analysed as the file is read (streamTable), each handed to `visit` with its
 * record and a classifier of valid rows: no row of the file and no record is held after its turn.
 */
function streamAnalysis(
  context: WorkbenchContext,
  entity: ImportEntity<EditableAccountField, AccountValues, FieldIssue>,
  mapping: readonly (EditableAccountField | null)[] | undefined,
  visit: (row: AnalysedRow<EditableAccountField, AccountValues, FieldIssue>, record: AccountValues, classify: RowClassifier) => void
) {
  let classify: RowClassifier | null = null
  const stream = streamTableAnalysis(entity, HEADER_INDEX, context.language(), mapping, (row, record) => {
    // The mapped fields are known once the header is: the first row to arrive comes after it.
    classify ??= rowClassifier(context, stream.mappedFields())
    visit(row, record, classify)
  })
  return stream
}

type RowClassifier = ReturnType<typeof rowClassifier>

/** A valid row sorted into new, changed or unchanged by 客户编码 against the live accounts. */
function rowClassifier(context: WorkbenchContext, mappedFields: readonly EditableAccountField[]) {
  const findStored = storedByCode(context)
  const options = {
    mappedFields,
    keyField: 'code' as const,
    findStored: (code: string) => {
      const stored = findStored(code)
      return stored ? { id: stored.id, rowVersion: stored.rowVersion, values: toAccountValues(stored) } : undefined
    }
  }
  return (rowNumber: number, record: AccountValues): ClassifiedRow<EditableAccountField, AccountValues> => classifyImportRow(rowNumber, record, options)
}

/** A value as the preview shows it: money in yuan, as a person would type it. */
function valueText(field: EditableAccountField, value: unknown): string {
  if (value === null || value === undefined) return ''
  if (field === 'annualSalesFen' && typeof value === 'number') return fenToYuanText(value)
  return String(value)
}

const MAX_LISTED = 200

/**
 * How often a commit has its garbage collected (each row's record, the statements' parameters,
 * the file rows it dropped): left alone, V8 grows the heap with it by about 80 MB per 100,000 rows.
 */
const RELEASE_EVERY_ROWS = 10_000

/** Below this many rows (about 1.5 MB of .xlsx) a full collection costs more than the memory it frees. */
const LARGE_IMPORT_ROWS = 10_000
/** The same size as a request's base64 text, before the file is read. */
const LARGE_UPLOAD_BASE64_CHARS = 2_000_000

const releaseMemoryAfter = (rowCount: number): void => {
  if (rowCount >= LARGE_IMPORT_ROWS) releaseMemory()
}

type ClassificationSummary = Pick<ChannelOutput<'accounts:import-preview'>, 'newRows' | 'changedRows' | 'unchangedRows' | 'changes' | 'duplicates'>

/**
 * What the preview tells of the classification, gathered row by row: counts, the first changed
 * rows (old → new), the first likely duplicates. Only the likeness keys of new rows are kept.
 */
function classificationCollector(context: WorkbenchContext) {
  const likeness = (values: AccountValues) => `${values.name.trim().toLowerCase()}|${values.regionCode ?? ''}`
  const storedByLikeness = new Map(context.accounts.list().map((account) => [likeness(account), account.code]))
  const checkDuplicate = likelyDuplicateChecker(likeness, storedByLikeness)
  const described: ClassificationSummary = { newRows: 0, changedRows: 0, unchangedRows: 0, changes: [], duplicates: [] }
  return {
    add(row: ClassifiedRow<EditableAccountField, AccountValues>): void {
      if (row.kind === 'unchanged') described.unchangedRows += 1
      else if (row.kind === 'changed') {
        described.changedRows += 1
        if (described.changes.length < MAX_LISTED) {
          described.changes.push({
            row: row.rowNumber,
            code: row.record.code,
            name: row.record.name,
            fields: row.changes.map(({ field, before, after }) => ({ field, before: valueText(field, before), after: valueText(field, after) }))
          })
        }
      } else {
        described.newRows += 1
        const found = checkDuplicate(row.rowNumber, row.record)
        if (found && described.duplicates.length < MAX_LISTED) {
          described.duplicates.push({ row: found.rowNumber, name: row.record.name, sameAsRow: found.sameAsRow, sameAsCode: found.sameAsStored })
        }
      }
    },
    summary: (): ClassificationSummary => described
  }
}

/**
 * The upload as a table. The garbage of the read (and of the request before it: an import's
 * preview is followed by its commit) is collected before the rows are analysed, so that the
 * analysis and the database writes do not grow the heap on top of it.
 */
async function readUpload(context: WorkbenchContext, input: { fileName: string; dataBase64: string; sheet?: string | undefined }): Promise<Table> {
  if (input.dataBase64.length >= LARGE_UPLOAD_BASE64_CHARS) releaseMemory()
  const table = await readTable(input.fileName, Buffer.from(input.dataBase64, 'base64'), context.language(), sheetOption(input))
  releaseMemoryAfter(table.rows.length)
  return table
}

const sheetOption = (input: { sheet?: string | undefined }) => (input.sheet === undefined ? {} : { sheetName: input.sheet })

/** The upload's bytes, the request's garbage collected first when it is large (see readUpload). */
function uploadBytes(input: { dataBase64: string }): Buffer {
  if (input.dataBase64.length >= LARGE_UPLOAD_BASE64_CHARS) releaseMemory()
  return Buffer.from(input.dataBase64, 'base64')
}

// ---------------------------------------------------------------------------------------------
// Channels

export async function previewAccountImport(
  context: WorkbenchContext,
  input: ParsedInput<'accounts:import-preview'>
): Promise<ChannelOutput<'accounts:import-preview'>> {
  const bytes = uploadBytes(input)
  const entity = accountsEntity(context, new Set())
  const summary = importSummaryCollector(entity, context.language())
  const classification = classificationCollector(context)
  // One row at a time as the file is read: the preview of 100,000 rows holds counts and the
  // first few changes, never the file's rows nor their records.
  let rowCount = 0
  const stream = streamAnalysis(context, entity, input.mapping, (row, record, classify) => {
    // As in the commit: the read's garbage is collected as it goes, not left to grow the heap.
    if (++rowCount % RELEASE_EVERY_ROWS === 0) releaseMemory()
    summary.add(row)
    if (row.isValid) classification.add(classify(row.row.rowNumber, record))
  })
  const table = streamTable(input.fileName, bytes, context.language(), stream.push, sheetOption(input))
  const planned = stream.finish()
  releaseMemoryAfter(planned.rowCount)
  return {
    ...classification.summary(),
    fileName: input.fileName,
    fileType: table.fileType,
    encoding: table.encoding,
    sheetName: table.sheetName,
    sheets: table.sheets,
    columns: planned.columns,
    ...summary.summary(),
    missingRequired: planned.missingRequired
  }
}

/**
 * Inserts or updates every valid row in one transaction and answers counts and ids, never the
 * rows: a commit of millions of rows must not echo them back over the transport. The file is
 * read twice as it inflates, never held: first for the codes it names, then, inside the
 * transaction, each row stored as soon as it is read and checked.
 */
export async function commitAccountImport(
  context: WorkbenchContext,
  input: ParsedInput<'accounts:import-commit'>
): Promise<ChannelOutput<'accounts:import-commit'>> {
  const language = context.language()
  const bytes = uploadBytes(input)
  const fileCodes = new Set<string>()
  const entity = accountsEntity(context, fileCodes)
  // Codes named anywhere in the file are taken before the first row is stored: a blank-code
  // row must not claim a code that a later row names. The file alone says which: read outside
  // the transaction, parsing the code column only.
  let codeCount = 0
  const codes = streamFieldValues(entity, HEADER_INDEX, language, input.mapping, 'code', (code) => {
    if (typeof code === 'string') fileCodes.add(code.toUpperCase())
    if (++codeCount % RELEASE_EVERY_ROWS === 0) releaseMemory()
  })
  const readRows = rereadableTable(input.fileName, bytes, language, sheetOption(input))
  readRows(codes.push)
  codes.finish()
  // The first read's garbage (its decoded text, its cells) goes before the second read piles on it.
  if (input.dataBase64.length >= LARGE_UPLOAD_BASE64_CHARS) releaseMemory()
  // Validation runs inside the transaction, so the codes checked are the codes written.
  const committed = context.db.transaction(() => {
    const nextFreeCode = codeAllocator(context, (code) => fileCodes.has(code))
    const now = context.now()
    const insertedIds: number[] = []
    const updatedIds: number[] = []
    const previous: Account[] = []
    let validRows = 0
    const stream = streamAnalysis(context, entity, input.mapping, (row, record, classify) => {
      if (!row.isValid) return
      validRows += 1
      if (validRows % RELEASE_EVERY_ROWS === 0) releaseMemory()
      const classified = classify(row.row.rowNumber, record)
      if (classified.kind === 'new') {
        const values = classified.record.code === '' ? { ...classified.record, code: nextFreeCode() } : classified.record
        insertedIds.push(insertValidatedAccount(context, values, now, undefined, 'import'))
      } else if (classified.kind === 'changed') {
        previous.push(context.accounts.get(classified.id) as Account)
        updateValidatedAccount(context, classified.id, classified.record, now)
        updatedIds.push(classified.id)
      }
    })
    readRows(stream.push)
    const planned = stream.finish()
    if (validRows === 0) {
      throw new AppFailure('nothing-to-import', translate(language, 'import.nothingToImport'), {
        missingRequired: planned.missingRequired
      })
    }
    return {
      insertedCount: insertedIds.length,
      updatedCount: updatedIds.length,
      unchangedCount: validRows - insertedIds.length - updatedIds.length,
      skipped: planned.rowCount - validRows,
      insertedIds,
      updatedIds,
      previous
    }
  })()
  publishAccountChanges(context, { created: committed.insertedIds, changed: committed.updatedIds })
  releaseMemoryAfter(committed.insertedCount + committed.updatedCount + committed.unchangedCount + committed.skipped)
  return committed
}

/** The rows the import would refuse, as a file of the upload's type: its columns plus the reasons. */
export async function exportRefusedAccountRows(
  context: WorkbenchContext,
  input: ParsedInput<'accounts:import-refused-rows'>
): Promise<ChannelOutput<'accounts:import-refused-rows'>> {
  const language = context.language()
  const table = await readUpload(context, input)
  const { entity, analysis } = analyse(context, table, input.mapping, { keepRecords: false })
  return refusedRowsFile(entity, language, analysis, { fileName: input.fileName, fileType: table.fileType })
}
