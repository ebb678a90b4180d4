/** Accounts (客户): the grid's reads and writes, import from a sheet, export to a file. */
import * as z from 'zod'
import type { AccountsChannel } from '../channels'
import { EDITABLE_ACCOUNT_FIELDS, type Account, type BinnedAccount, type EditableAccountField } from '../domain/accounts/account'
import { LANGUAGES } from '../i18n'
import { MONEY_UNITS } from '../domain/money'
import { exportColumns } from '../export-columns'
import { channel, type ChannelDefinition } from './define'
import { MAX_CELL_TEXT_LENGTH } from '../cell-text'

const accountId = z.number().int().positive()
/** What a cell can hold on the way in: the service parses it with the field's own rules. */
const cellValue = z.union([z.string().max(MAX_CELL_TEXT_LENGTH), z.number(), z.boolean(), z.null()])
const accountPatch = z.partialRecord(z.enum(EDITABLE_ACCOUNT_FIELDS), cellValue)
const fileUpload = {
  fileName: z.string().min(1).max(260),
  /** The file's bytes, base64; 64 MiB of file at most. */
  dataBase64: z.string().max(90_000_000),
  /** The worksheet chosen in the preview (Excel allows 31 characters); by default the active visible sheet holding data. */
  sheet: z.string().min(1).max(31).optional()
}
const columnMapping = z.array(z.enum(EDITABLE_ACCOUNT_FIELDS).nullable()).max(200)

/**
 * The row version a write was based on (Account.rowVersion as the window last saw it): a write
 * based on an older version is refused with code 'stale'. Optional so a script may write blind;
 * the UI always sends it.
 */
const baseVersion = z.number().int().positive()
/** Ids and, by position, the versions they were based on. */
const idsWithVersions = z
  .object({ ids: z.array(accountId).min(1).max(100_000), baseVersions: z.array(baseVersion).max(100_000).optional() })
  .strict()
  .refine((input) => input.baseVersions === undefined || input.baseVersions.length === input.ids.length, {
    message: 'baseVersions must have one version per id',
    path: ['baseVersions']
  })

export interface RefusedCell {
  /** The account changed, or null for a row the change would have created. */
  id: number | null
  /** For creates: the position in `creates`. */
  createIndex?: number
  field: EditableAccountField
  /** 'stale' when the row had changed since the version the change was based on. */
  code?: 'stale'
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
  encoding: 'UTF-8' | 'GB18030' | 'UTF-16LE' | 'UTF-16BE' | null
  sheetName: string | null
  /** The worksheets holding data, in tab order: more than one, and the dialog offers a choice. [] for text files. */
  sheets: { name: string; isHidden: boolean }[]
  columns: ImportColumn[]
  totalRows: number
  validRows: number
  invalidRows: number
  /** The first errors, in file order (at most 200); `errorCount` has them all. */
  errors: ImportRowError[]
  errorCount: number
  missingRequired: EditableAccountField[]
  /** Valid rows by what the commit would do, matched by 客户编码: add, update, leave alone. */
  newRows: number
  changedRows: number
  unchangedRows: number
  /** The first changed rows (at most 200) with each changed field, old → new, as typed (money in yuan). */
  changes: { row: number; code: string; name: string; fields: { field: EditableAccountField; before: string; after: string }[] }[]
  /** New rows with the name and region of an account already there, or of an earlier row (at most 200). */
  duplicates: { row: number; name: string; sameAsRow: number | null; sameAsCode: string | null }[]
}

/** What an import commit answers: counts and the new rows' ids, never the rows themselves. */
export interface ImportCommitted {
  insertedCount: number
  /** Rows of the file not imported (refused); `accounts:import-refused-rows` writes them to a file. */
  skipped: number
  /** The new accounts' ids, in file order (the grid reads the rows with `accounts:list`). */
  insertedIds: number[]
  /** Accounts updated by 客户编码, and how each was before (undo puts those values back). */
  updatedCount: number
  updatedIds: number[]
  previous: Account[]
  /** Rows identical to the stored account: nothing written. */
  unchangedCount: number
}

/** How an account was written, as its change history records it. */
export type AccountWriteAction = 'create' | 'update' | 'import' | 'delete' | 'restore'

/**
 * One line of an account's change history: for an update one changed field with its value
 * before and after (stored values: fen, ppm, codes), for the other actions the event alone.
 */
export interface AccountHistoryEntry {
  /** ISO time of the write. */
  changedAt: string
  action: AccountWriteAction
  field: string | null
  oldValue: string | number | boolean | null
  newValue: string | number | boolean | null
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
    const input = z.object({ id: accountId, patch: accountPatch, baseVersion: baseVersion.optional() }).strict()
    return channel<typeof input, Account>(input)
  })(),
  'accounts:apply-changes': (() => {
    const input = z
      .object({
        updates: z.array(z.object({ id: accountId, patch: accountPatch, baseVersion: baseVersion.optional() }).strict()).max(100_000),
        creates: z.array(accountPatch).max(100_000).default([])
      })
      .strict()
    return channel<typeof input, AppliedChanges>(input)
  })(),
  'accounts:duplicate': (() => {
    const input = z.object({ ids: z.array(accountId).min(1).max(100_000) }).strict()
    return channel<typeof input, Account[]>(input)
  })(),
  /** To the recycle bin (回收站): the accounts come back as binned, with their new versions. */
  'accounts:delete': (() => channel<typeof idsWithVersions, Account[]>(idsWithVersions))(),
  /** Out of the bin (its Restore button, undo of a delete). */
  'accounts:restore': (() => channel<typeof idsWithVersions, Account[]>(idsWithVersions))(),
  'accounts:list-bin': (() => {
    const input = z.object({}).strict()
    return channel<typeof input, BinnedAccount[]>(input)
  })(),
  /** Deletes binned accounts for good: the given ones, or the whole bin. */
  'accounts:empty-bin': (() => {
    const input = z.object({ ids: z.array(accountId).min(1).max(100_000).optional() }).strict()
    return channel<typeof input, { purgedCount: number }>(input)
  })(),
  'accounts:history': (() => {
    const input = z.object({ id: accountId }).strict()
    return channel<typeof input, AccountHistoryEntry[]>(input)
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
        language: z.enum(LANGUAGES),
        /** The unit the grid shows annual sales in; the header says it, so the file re-imports exactly. */
        moneyUnit: z.enum(MONEY_UNITS).default('yuan')
      })
      .strict()
    return channel<typeof input, ExportedFile>(input)
  })()
} satisfies Record<AccountsChannel, ChannelDefinition>
