/**
 * Catalogue 产品目录: the supplier's SKUs — the grid's reads and writes, delete with undo, import
 * from a sheet and export to a file. Patch values are cells as a person types them (prices in
 * yuan: "12.5", "1.2万"; flags 是/否), parsed by the service with the SKU registry's rules.
 */
import * as z from 'zod'
import type { CatalogueChannel } from '../channels'
import { EDITABLE_SKU_FIELDS, type EditableSkuField, type Sku } from '../domain/catalogue/sku'
import { MAX_SKU_CODE_LENGTH, MAX_SKU_NAME_LENGTH, MAX_SKU_NOTES_LENGTH, MAX_SKU_TEXT_LENGTH, MAX_UNIT_PRICE_FEN, MAX_CASE_PACK } from '../domain/catalogue/sku-registry'
import { SKU_STATUSES } from '../domain/sku/sku'
import { LANGUAGES } from '../i18n'
import { channel, type ChannelDefinition } from './define'
import type { ExportedFile } from './accounts'
import { storedAssortmentLine, type AssortmentLine } from './assortment-schemas'

export const skuId = z.number().int().positive()
/** What a cell can hold on the way in: the service parses it with the field's own rules. */
export const cellValue = z.union([z.string().max(10_000), z.number(), z.boolean(), z.null()])
const skuPatch = z.partialRecord(z.enum(EDITABLE_SKU_FIELDS), cellValue)
const fileUpload = {
  fileName: z.string().min(1).max(260),
  /** The file's bytes, base64; 64 MiB of file at most. */
  dataBase64: z.string().max(90_000_000),
  /** The worksheet chosen in the preview (Excel allows 31 characters); by default the active visible sheet holding data. */
  sheet: z.string().min(1).max(31).optional()
}
const columnMapping = z.array(z.enum(EDITABLE_SKU_FIELDS).nullable()).max(200)
const price = z.number().int().min(0).max(MAX_UNIT_PRICE_FEN)

/**
 * The row version a write was based on (Sku.rowVersion / AssortmentLine.rowVersion as the window
 * last saw it): a write based on an older version is refused with code 'stale', as for accounts.
 * Optional so a script may write blind; the UI always sends it.
 */
export const baseVersion = z.number().int().positive()
/** Refuses `baseVersions` unless it has one version per id, by position. */
export const withOneVersionPerId = <S extends z.ZodType<{ ids: number[]; baseVersions?: number[] }>>(schema: S) =>
  schema.refine((input) => input.baseVersions === undefined || input.baseVersions.length === input.ids.length, {
    message: 'baseVersions must have one version per id',
    path: ['baseVersions']
  })

/** A whole SKU as the service returned it (undo of a delete sends it back). */
export const storedSku = z
  .object({
    id: skuId,
    code: z.string().min(1).max(MAX_SKU_CODE_LENGTH),
    barcode: z.string().regex(/^(\d{8}|\d{13})$/).nullable(),
    name: z.string().min(1).max(MAX_SKU_NAME_LENGTH),
    spec: z.string().max(MAX_SKU_TEXT_LENGTH),
    unit: z.string().max(MAX_SKU_TEXT_LENGTH),
    category: z.string().max(MAX_SKU_TEXT_LENGTH),
    brand: z.string().max(MAX_SKU_TEXT_LENGTH),
    casePack: z.number().int().positive().max(MAX_CASE_PACK).nullable(),
    unitCostFen: price.nullable(),
    listSupplyPriceFen: price.positive(),
    suggestedRetailPriceFen: price.positive().nullable(),
    isKeySku: z.boolean(),
    status: z.enum(SKU_STATUSES),
    notes: z.string().max(MAX_SKU_NOTES_LENGTH),
    updatedAt: z.string().max(40),
    rowVersion: z.number().int().positive()
  })
  .strict() satisfies z.ZodType<Sku>

export interface CatalogueRefusedCell {
  /** The SKU changed, or null for a row the change would have created. */
  id: number | null
  /** For creates: the position in `creates`. */
  createIndex?: number
  field: EditableSkuField
  /** 'stale' when the SKU had changed since the version the change was based on. */
  code?: 'stale'
  message: string
}

export interface CatalogueAppliedChanges {
  updated: Sku[]
  created: Sku[]
  refused: CatalogueRefusedCell[]
  /** Cells stored. */
  appliedCount: number
}

/** What deleting SKUs takes with them: the assortment lines that carry them, at how many accounts. */
export interface CatalogueDeleteImpact {
  skuCount: number
  assortmentLineCount: number
  accountCount: number
}

/** What a delete removed, whole, so that restore (undo) puts it back. */
export interface RemovedCatalogue {
  skus: Sku[]
  lines: AssortmentLine[]
}

export interface CatalogueImportColumn {
  index: number
  header: string
  samples: string[]
  field: EditableSkuField | null
}

export interface CatalogueImportRowError {
  /** Row number as the user sees it in Excel (the header is row 1). */
  row: number
  field: EditableSkuField | null
  message: string
}

export interface CatalogueImportPreview {
  fileName: string
  fileType: 'xlsx' | 'csv'
  encoding: 'UTF-8' | 'GB18030' | 'UTF-16LE' | 'UTF-16BE' | null
  sheetName: string | null
  /** The worksheets holding data, in tab order: more than one, and the dialog offers a choice. [] for text files. */
  sheets: { name: string; isHidden: boolean }[]
  columns: CatalogueImportColumn[]
  totalRows: number
  validRows: number
  invalidRows: number
  /** The first errors, in file order (at most 200); `errorCount` has them all. */
  errors: CatalogueImportRowError[]
  errorCount: number
  missingRequired: EditableSkuField[]
}

/** As accounts' ImportCommitted, with the refused rows as a file (the catalogue has no channel of its own for them). */
export interface CatalogueImportResult {
  insertedCount: number
  /** Rows of the file not imported (refused). */
  skipped: number
  /** Ids of the inserted SKUs, in file order (the grid reads the rows with `catalogue:list { ids }`). */
  insertedIds: number[]
  /** The refused rows in the upload's format, the file's columns plus the reasons; null when none was refused. */
  refusedRowsFile: ExportedFile | null
}

export const catalogueContract = {
  'catalogue:list': (() => {
    /**
     * `limit`: the first SKUs only (by id), so a large catalogue shows rows at once. `ids`: these
     * SKUs only, in the order given (ids that are gone are left out), e.g. the rows an import inserted.
     */
    const input = z.object({ limit: z.number().int().positive().max(1_000_000).optional(), ids: z.array(skuId).max(1_000_000).optional() }).strict()
    return channel<typeof input, Sku[]>(input)
  })(),
  'catalogue:create': (() => {
    const input = z.object({ values: skuPatch.optional() }).strict()
    return channel<typeof input, Sku>(input)
  })(),
  'catalogue:update': (() => {
    const input = z.object({ id: skuId, patch: skuPatch, baseVersion: baseVersion.optional() }).strict()
    return channel<typeof input, Sku>(input)
  })(),
  'catalogue:apply-changes': (() => {
    const input = z
      .object({
        updates: z.array(z.object({ id: skuId, patch: skuPatch, baseVersion: baseVersion.optional() }).strict()).max(100_000),
        creates: z.array(skuPatch).max(100_000).default([])
      })
      .strict()
    return channel<typeof input, CatalogueAppliedChanges>(input)
  })(),
  'catalogue:delete-impact': (() => {
    const input = z.object({ ids: z.array(skuId).min(1).max(100_000) }).strict()
    return channel<typeof input, CatalogueDeleteImpact>(input)
  })(),
  'catalogue:delete': (() => {
    const input = withOneVersionPerId(z.object({ ids: z.array(skuId).min(1).max(100_000), baseVersions: z.array(baseVersion).max(100_000).optional() }).strict())
    return channel<typeof input, RemovedCatalogue>(input)
  })(),
  'catalogue:restore': (() => {
    const input = z.object({ skus: z.array(storedSku).max(100_000), lines: z.array(storedAssortmentLine).max(1_000_000).default([]) }).strict()
    return channel<typeof input, RemovedCatalogue>(input)
  })(),
  'catalogue:import-preview': (() => {
    const input = z.object({ ...fileUpload, mapping: columnMapping.optional() }).strict()
    return channel<typeof input, CatalogueImportPreview>(input)
  })(),
  'catalogue:import-commit': (() => {
    const input = z.object({ ...fileUpload, mapping: columnMapping }).strict()
    return channel<typeof input, CatalogueImportResult>(input)
  })(),
  'catalogue:export': (() => {
    const input = z
      .object({
        format: z.enum(['xlsx', 'csv']),
        ids: z.array(skuId).max(1_000_000),
        columns: z.array(z.enum(EDITABLE_SKU_FIELDS)).min(1).max(EDITABLE_SKU_FIELDS.length),
        language: z.enum(LANGUAGES)
      })
      .strict()
    return channel<typeof input, ExportedFile>(input)
  })()
} satisfies Record<CatalogueChannel, ChannelDefinition>
