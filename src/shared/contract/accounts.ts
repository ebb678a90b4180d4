/** Accounts (客户): the grid's reads and writes, import from a sheet, export to a file. */
import * as z from 'zod'
import type { AccountsChannel } from '../channels'
import { ACCOUNT_FIELDS, EDITABLE_ACCOUNT_FIELDS, type Account, type EditableAccountField } from '../domain/accounts/account'
import { LANGUAGES } from '../i18n'
import { exportColumns } from '../export-columns'
import { channel, type ChannelDefinition } from './define'
import { storedValuesShape } from './field-schemas'

const accountId = z.number().int().positive()
/** What a cell can hold on the way in: the service parses it with the field's own rules. */
const cellValue = z.union([z.string().max(10_000), z.number(), z.boolean(), z.null()])
const accountPatch = z.partialRecord(z.enum(EDITABLE_ACCOUNT_FIELDS), cellValue)
const fileUpload = {
  fileName: z.string().min(1).max(260),
  /** The file's bytes, base64; 64 MiB of file at most. */
  dataBase64: z.string().max(90_000_000)
}
const columnMapping = z.array(z.enum(EDITABLE_ACCOUNT_FIELDS).nullable()).max(200)

/**
 * A whole account as the service returned it (undo of a delete sends it back), checked field by
 * field with the registry's kinds. The shape is built from the registry at run time, so its
 * static type is stated here; test/integration/accounts-service.test.ts round-trips real rows.
 */
const storedAccount = z.object({
  id: accountId,
  ...storedValuesShape(ACCOUNT_FIELDS),
  updatedAt: z.string()
}) as unknown as z.ZodType<Account, Account>

export interface RefusedCell {
  /** The account changed, or null for a row the change would have created. */
  id: number | null
  /** For creates: the position in `creates`. */
  createIndex?: number
  field: EditableAccountField
  message: string
}

export interface AppliedChanges {
  updated: Account[]
  created: Account[]
  refused: RefusedCell[]
  /** Cells stored. */
  appliedCount: number
}

export interface ImportColumn {
  index: number
  header: string
  samples: string[]
  field: EditableAccountField | null
}

export interface ImportRowError {
  /** Row number as the user sees it in Excel (the header is row 1). */
  row: number
  field: EditableAccountField | null
  message: string
}

export interface ImportPreview {
  fileName: string
  fileType: 'xlsx' | 'csv'
  encoding: 'UTF-8' | 'GB18030' | null
  sheetName: string | null
  columns: ImportColumn[]
  totalRows: number
  validRows: number
  invalidRows: number
  /** The first errors, in file order (at most 200); `errorCount` has them all. */
  errors: ImportRowError[]
  errorCount: number
  missingRequired: EditableAccountField[]
}

/** What an import commit answers: counts and the new rows' ids, never the rows themselves. */
export interface ImportCommitted {
  insertedCount: number
  /** Rows of the file not imported (refused); `accounts:import-refused-rows` writes them to a file. */
  skipped: number
  /** The new accounts' ids, in file order (the grid reads the rows with `accounts:list`). */
  insertedIds: number[]
}

export interface ExportedFile {
  fileName: string
  mimeType: string
  dataBase64: string
  rowCount: number
}

export const accountsContract = {
  'accounts:list': (() => {
    /**
     * `limit`: the first accounts only (by id), so a large workspace shows rows at once.
     * `ids`: these accounts only, in the order given (ids that are gone are left out), e.g. the
     * rows an import inserted.
     */
    const input = z
      .object({ limit: z.number().int().positive().max(1_000_000).optional(), ids: z.array(accountId).max(1_000_000).optional() })
      .strict()
    return channel<typeof input, Account[]>(input)
  })(),
  'accounts:create': (() => {
    const input = z.object({ values: accountPatch.optional() }).strict()
    return channel<typeof input, Account>(input)
  })(),
  'accounts:update': (() => {
    const input = z.object({ id: accountId, patch: accountPatch }).strict()
    return channel<typeof input, Account>(input)
  })(),
  'accounts:apply-changes': (() => {
    const input = z
      .object({
        updates: z.array(z.object({ id: accountId, patch: accountPatch }).strict()).max(100_000),
        creates: z.array(accountPatch).max(100_000).default([])
      })
      .strict()
    return channel<typeof input, AppliedChanges>(input)
  })(),
  'accounts:duplicate': (() => {
    const input = z.object({ ids: z.array(accountId).min(1).max(100_000) }).strict()
    return channel<typeof input, Account[]>(input)
  })(),
  'accounts:delete': (() => {
    const input = z.object({ ids: z.array(accountId).min(1).max(100_000) }).strict()
    return channel<typeof input, Account[]>(input)
  })(),
  'accounts:restore': (() => {
    const input = z.object({ accounts: z.array(storedAccount).min(1).max(100_000) }).strict()
    return channel<typeof input, Account[]>(input)
  })(),
  'accounts:import-preview': (() => {
    const input = z.object({ ...fileUpload, mapping: columnMapping.optional() }).strict()
    return channel<typeof input, ImportPreview>(input)
  })(),
  'accounts:import-commit': (() => {
    const input = z.object({ ...fileUpload, mapping: columnMapping }).strict()
    return channel<typeof input, ImportCommitted>(input)
  })(),
  'accounts:import-refused-rows': (() => {
    const input = z.object({ ...fileUpload, mapping: columnMapping }).strict()
    return channel<typeof input, ExportedFile>(input)
  })(),
  'accounts:export': (() => {
    const input = z
      .object({
        format: z.enum(['xlsx', 'csv']),
        ids: z.array(accountId).max(1_000_000),
        columns: z.array(z.enum(exportColumns)).min(1).max(exportColumns.length),
        language: z.enum(LANGUAGES)
      })
      .strict()
    return channel<typeof input, ExportedFile>(input)
  })()
} satisfies Record<AccountsChannel, ChannelDefinition>
