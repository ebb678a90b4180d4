/**
 * Import of accounts from .xlsx / .csv on the table-import skeleton (../files/table-import.ts).
 * Preview reads the file, maps its columns to account fields and validates every row exactly as
 * the grid would (parseAccountField, crossFieldIssues, code uniqueness), writing nothing. Commit
 * re-reads the same bytes with the mapping the user confirmed and inserts every valid row in one
 * transaction; invalid rows are skipped and counted, and can be saved as a file to fix.
 */
import type { WorkbenchContext } from '../context'
import type { ChannelOutput, ParsedInput } from '../../../src/shared/contract'
import { ACCOUNT_FIELDS, emptyAccountValues, type AccountValues, type EditableAccountField } from '../../../src/shared/domain/accounts/account'
import { crossFieldIssues, describeFieldIssue, parseAccountField, type FieldIssue } from '../../../src/shared/domain/accounts/account-fields'
import { AppFailure } from '../../../src/shared/result'
import { messages, translate } from '../../../src/shared/i18n'
import { codeAllocator, insertValidatedAccount } from './accounts-service'
import { readTable, type Table } from '../files/read-table'
import { analyseTable, autoMapping as autoMappingFor, buildHeaderIndex, refusedRowsTable, summariseAnalysis, type ImportEntity } from '../files/table-import'
import { CSV_MIME, writeTable, XLSX_MIME } from '../files/table-writer'

export { headerKey, headerScale } from '../files/table-import'

const labelsOf = (field: EditableAccountField): string[] => [messages['zh-CN'].fields[field], messages['en-US'].fields[field]]

const HEADER_INDEX = buildHeaderIndex<EditableAccountField>(ACCOUNT_FIELDS, labelsOf)

/** The automatic mapping of a header row to account fields. */
export function autoMapping(headers: readonly string[]): (EditableAccountField | null)[] {
  return autoMappingFor(HEADER_INDEX, headers)
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

/** The accounts entity for the skeleton; `fileCodes` collects every code the file names. */
function accountsEntity(context: WorkbenchContext, fileCodes: Set<string>): ImportEntity<EditableAccountField, AccountValues, FieldIssue> {
  return {
    registry: ACCOUNT_FIELDS,
    labelsOf,
    parseField: (field, value) => parseAccountField(field, value, context),
    emptyRecord: () => emptyAccountValues('', ''),
    describeIssue: describeFieldIssue,
    rowChecker() {
      const isCodeTaken = workspaceCodeCheck(context)
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

function analyse(context: WorkbenchContext, table: Table, mapping: readonly (EditableAccountField | null)[] | undefined) {
  const fileCodes = new Set<string>()
  const entity = accountsEntity(context, fileCodes)
  return { entity, fileCodes, analysis: analyseTable(entity, HEADER_INDEX, context.language(), table, mapping) }
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
  const { entity, analysis } = analyse(context, table, input.mapping)
  return {
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
  return context.db.transaction(() => {
    const { analysis, fileCodes } = analyse(context, table, input.mapping)
    const valid = analysis.rows.flatMap((row) => (row.record ? [row.record] : []))
    if (valid.length === 0) {
      throw new AppFailure('nothing-to-import', translate(context.language(), 'import.nothingToImport'), {
        missingRequired: analysis.missingRequired
      })
    }
    const now = context.now()
    // Codes named later in the file are taken too: a blank-code row must not claim one.
    const nextFreeCode = codeAllocator(context, (code) => fileCodes.has(code))
    const insertedIds = valid.map((record) => insertValidatedAccount(context, record.code === '' ? { ...record, code: nextFreeCode() } : record, now))
    return { insertedCount: insertedIds.length, skipped: analysis.rows.length - insertedIds.length, insertedIds }
  })()
}

/** The rows the import would refuse, as a file of the upload's type: its columns plus the reasons. */
export async function exportRefusedAccountRows(
  context: WorkbenchContext,
  input: ParsedInput<'accounts:import-refused-rows'>
): Promise<ChannelOutput<'accounts:import-refused-rows'>> {
  const language = context.language()
  const table = await readUpload(context, input)
  const { entity, analysis } = analyse(context, table, input.mapping)
  const refused = refusedRowsTable(entity, language, analysis)
  const format = table.fileType
  const bytes = await writeTable(format, refused)
  const baseName = input.fileName.replace(/\.[^.]*$/, '')
  return {
    fileName: `${baseName}-${translate(language, 'import.refusedFileSuffix')}.${format}`,
    mimeType: format === 'csv' ? CSV_MIME : XLSX_MIME,
    dataBase64: bytes.toString('base64'),
    rowCount: refused.rows.length
  }
}
