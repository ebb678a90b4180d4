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
import { classifyImportRows, findLikelyDuplicates, type ClassifiedRow } from '../files/import-classify'
import { fenToYuanText } from '../../../src/shared/domain/money'
import { readTable, type Table } from '../files/read-table'
import { analyseTable, autoMapping as autoMappingFor, buildHeaderIndex, refusedRowsFile, summariseAnalysis, type AnalyseOptions, type ImportEntity } from '../files/table-import'

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
  const analysis = analyseTable(entity, HEADER_INDEX, context.language(), table, mapping, options)
  return { entity, fileCodes, analysis, classified: classify(context, analysis) }
}

/** Valid rows sorted into new, changed and unchanged by 客户编码 against the live accounts. */
function classify(context: WorkbenchContext, analysis: { columns: { field: EditableAccountField | null }[]; rows: { row: { rowNumber: number }; record: AccountValues | null }[] }) {
  const findStored = storedByCode(context)
  const valid = analysis.rows.flatMap(({ row, record }) => (record ? [{ rowNumber: row.rowNumber, record }] : []))
  return classifyImportRows<EditableAccountField, AccountValues>(valid, {
    mappedFields: analysis.columns.flatMap((column) => (column.field ? [column.field] : [])),
    keyField: 'code',
    findStored: (code) => {
      const stored = findStored(code)
      return stored ? { id: stored.id, rowVersion: stored.rowVersion, values: toAccountValues(stored) } : undefined
    }
  })
}

/** A value as the preview shows it: money in yuan, as a person would type it. */
function valueText(field: EditableAccountField, value: unknown): string {
  if (value === null || value === undefined) return ''
  if (field === 'annualSalesFen' && typeof value === 'number') return fenToYuanText(value)
  return String(value)
}

const MAX_LISTED = 200

/** What the preview tells of the classification: counts, the changed fields (old → new), likely duplicates. */
function describeClassification(context: WorkbenchContext, classified: ClassifiedRow<EditableAccountField, AccountValues>[]) {
  const newRows = classified.flatMap((row) => (row.kind === 'new' ? [row] : []))
  const changed = classified.flatMap((row) => (row.kind === 'changed' ? [row] : []))
  const likeness = (values: AccountValues) => `${values.name.trim().toLowerCase()}|${values.regionCode ?? ''}`
  const storedByLikeness = new Map(context.accounts.list().map((account) => [likeness(account), account.code]))
  const nameOf = new Map(newRows.map((row) => [row.rowNumber, row.record.name]))
  return {
    newRows: newRows.length,
    changedRows: changed.length,
    unchangedRows: classified.length - newRows.length - changed.length,
    changes: changed.slice(0, MAX_LISTED).map((row) => ({
      row: row.rowNumber,
      code: row.record.code,
      name: row.record.name,
      fields: row.changes.map(({ field, before, after }) => ({ field, before: valueText(field, before), after: valueText(field, after) }))
    })),
    duplicates: findLikelyDuplicates(newRows, likeness, storedByLikeness)
      .slice(0, MAX_LISTED)
      .map((found) => ({ row: found.rowNumber, name: nameOf.get(found.rowNumber) ?? '', sameAsRow: found.sameAsRow, sameAsCode: found.sameAsStored }))
  }
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
  const table = await readUpload(context, input)
  // The classification into new / changed / unchanged needs every valid record, so the preview keeps them too.
  const { entity, analysis, classified } = analyse(context, table, input.mapping, { keepRecords: true })
  return {
    ...describeClassification(context, classified),
    fileName: input.fileName,
    fileType: table.fileType,
    encoding: table.encoding,
    sheetName: table.sheetName,
    columns: analysis.columns,
    ...summariseAnalysis(entity, context.language(), analysis),
    missingRequired: analysis.missingRequired
  }
}

/**
 * Inserts every valid row in one transaction and answers counts and ids, never the rows: a
 * commit of millions of rows must not echo them back over the transport.
 */
export async function commitAccountImport(
  context: WorkbenchContext,
  input: ParsedInput<'accounts:import-commit'>
): Promise<ChannelOutput<'accounts:import-commit'>> {
  const table = await readUpload(context, input)
  // Validation runs again inside the transaction, so the codes checked are the codes written.
  const committed = context.db.transaction(() => {
    const { analysis, fileCodes, classified } = analyse(context, table, input.mapping, { keepRecords: true })
    if (classified.length === 0) {
      throw new AppFailure('nothing-to-import', translate(context.language(), 'import.nothingToImport'), {
        missingRequired: analysis.missingRequired
      })
    }
    const now = context.now()
    // Codes named later in the file are taken too: a blank-code row must not claim one.
    const nextFreeCode = codeAllocator(context, (code) => fileCodes.has(code))
    const insertedIds: number[] = []
    const updatedIds: number[] = []
    const previous: Account[] = []
    for (const row of classified) {
      if (row.kind === 'new') insertedIds.push(insertValidatedAccount(context, row.record.code === '' ? { ...row.record, code: nextFreeCode() } : row.record, now, undefined, 'import'))
      else if (row.kind === 'changed') {
        previous.push(context.accounts.get(row.id) as Account)
        updateValidatedAccount(context, row.id, row.record, now)
        updatedIds.push(row.id)
      }
    }
    return {
      insertedCount: insertedIds.length,
      updatedCount: updatedIds.length,
      unchangedCount: classified.length - insertedIds.length - updatedIds.length,
      skipped: analysis.rows.length - classified.length,
      insertedIds,
      updatedIds,
      previous
    }
  })()
  publishAccountChanges(context, { created: committed.insertedIds, changed: committed.updatedIds })
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
