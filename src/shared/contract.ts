/**
 * The one contract: every channel's input schema and output type. The handler table, the
 * preload and the renderer client are all typed from it.
 */
import * as z from 'zod'
import { CHANNELS, type Channel } from './channels'
import {
  ACCOUNT_BACKGROUNDS,
  ACCOUNT_FORMATS,
  ACCOUNT_TIERS,
  EDITABLE_ACCOUNT_FIELDS,
  MAX_CODE_LENGTH,
  MAX_COUNT,
  MAX_NAME_LENGTH,
  MAX_NOTES_LENGTH,
  MAX_SALES_FEN,
  TRADE_TYPES,
  type Account,
  type EditableAccountField
} from './domain/accounts/account'
import type { Region } from './domain/regions'
import { MONEY_UNITS, type MoneyUnit } from './domain/money'
import { LANGUAGES, type Language } from './i18n'
import { exportColumns } from './export-columns'

export { exportColumns, type ExportColumn } from './export-columns'

const noInput = z.object({}).strict()
/** A grid's id: lower-case words joined by hyphens ('accounts', 'assortment-matrix'). */
const gridId = z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/).max(40)
const columnState = z.array(z.record(z.string(), z.unknown())).max(500).nullable()
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

const count = z.number().int().min(0).max(MAX_COUNT).nullable()
/** A whole account as the service returned it (undo of a delete sends it back). */
const storedAccount = z.object({
  id: accountId,
  code: z.string().min(1).max(MAX_CODE_LENGTH),
  name: z.string().min(1).max(MAX_NAME_LENGTH),
  format: z.enum(ACCOUNT_FORMATS),
  background: z.enum(ACCOUNT_BACKGROUNDS).nullable(),
  tier: z.enum(ACCOUNT_TIERS).nullable(),
  tradeType: z.enum(TRADE_TYPES).nullable(),
  regionCode: z.string().regex(/^\d{6}$/).nullable(),
  directStores: count,
  salesAreaM2: count,
  annualSalesFen: z.number().int().min(0).max(MAX_SALES_FEN).nullable(),
  employees: count,
  dailyTraffic: count,
  dailyTransactions: count,
  isTopThreeInRegion: z.boolean().nullable(),
  hasStrongHqExecution: z.boolean().nullable(),
  notes: z.string().max(MAX_NOTES_LENGTH),
  updatedAt: z.string()
}) satisfies z.ZodType<Account>


export interface AppInfo {
  version: string
  mode: 'electron' | 'web'
  dataDir: string
  databaseFile: string
  schemaVersion: number
}

export interface WorkspaceStatus {
  isInitialized: boolean
  accountCount: number
}

/** A named view of a grid (e.g. 华东 大卖场 符合): its columns and sort, filters and quick search. */
export interface SavedGridView {
  name: string
  columnState: Record<string, unknown>[] | null
  filterModel: Record<string, unknown> | null
  quickSearch: string
}

/** What a grid remembers: AG Grid column state (order, width, visibility, sort), the money unit and saved views. */
export interface GridLayout {
  columnState: Record<string, unknown>[] | null
  moneyUnit: MoneyUnit
  savedViews: SavedGridView[]
}

export interface Settings {
  language: Language
  /** Each grid's remembered layout, by grid id ('accounts', 'catalogue', …). */
  gridLayouts: Record<string, GridLayout>
}

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
  encoding: 'UTF-8' | 'GB18030' | 'UTF-16LE' | 'UTF-16BE' | null
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

export interface ExportedFile {
  fileName: string
  mimeType: string
  dataBase64: string
  rowCount: number
}

function channel<I extends z.ZodType, O>(input: I) {
  return { input, output: undefined as unknown as O }
}

export const contract = {
  'app:info': channel<typeof noInput, AppInfo>(noInput),
  'workspace:status': channel<typeof noInput, WorkspaceStatus>(noInput),
  'workspace:init': (() => {
    const input = z.object({ kind: z.enum(['demo', 'empty']) }).strict()
    return channel<typeof input, WorkspaceStatus>(input)
  })(),
  'settings:get': channel<typeof noInput, Settings>(noInput),
  'settings:set': (() => {
    const input = z.discriminatedUnion('key', [
      z.object({ key: z.literal('language'), value: z.enum(LANGUAGES) }).strict(),
      z
        .object({
          key: z.literal('gridLayout'),
          gridId: gridId,
          value: z
            .object({
              columnState: columnState,
              moneyUnit: z.enum(MONEY_UNITS),
              savedViews: z
                .array(
                  z
                    .object({
                      name: z.string().trim().min(1).max(60),
                      columnState: columnState,
                      filterModel: z.record(z.string(), z.unknown()).nullable(),
                      quickSearch: z.string().max(200)
                    })
                    .strict()
                )
                .max(50)
                .default([])
            })
            .strict()
            .nullable()
        })
        .strict()
    ])
    return channel<typeof input, Settings>(input)
  })(),
  'regions:list': channel<typeof noInput, Region[]>(noInput),
  'accounts:list': (() => {
    /** `limit`: the first accounts only (by id), so a large workspace shows rows at once. */
    const input = z.object({ limit: z.number().int().positive().max(1_000_000).optional() }).strict()
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
    return channel<typeof input, { inserted: Account[]; skipped: number }>(input)
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
} satisfies Record<Channel, { input: z.ZodType; output: unknown }>

export type Contract = typeof contract
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>
export type ChannelOutput<C extends Channel> = Contract[C]['output']

// The channel list and the contract must name the same channels.
type Missing = Exclude<Channel, keyof Contract> | Exclude<keyof Contract, Channel>
const contractMatchesChannels: Missing extends never ? true : never = true
void contractMatchesChannels
void CHANNELS
