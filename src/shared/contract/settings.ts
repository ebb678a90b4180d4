/** Workspace settings: the UI language, how accounts are screened and read, and each grid's remembered layout. */
import * as z from 'zod'
import type { SettingsChannel } from '../channels'
import { MONEY_UNITS, type MoneyUnit } from '../domain/money'
import { ACCOUNT_FORMATS, type AccountFormat } from '../domain/accounts/account'
import { KPI_PERIODS, SALES_TAX_BASES, type KpiPeriod, type SalesTaxBasis } from '../domain/accounts/kpis'
import { LANGUAGES, type Language } from '../i18n'
import { channel, noInput, type ChannelDefinition } from './define'

/** A grid's id: lower-case words joined by hyphens ('accounts', 'assortment-matrix'). */
const gridId = z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/).max(40)
const columnState = z.array(z.record(z.string(), z.unknown())).max(500).nullable()

/** A named view of a grid (e.g. 华东 大卖场 符合): its columns and sort, filters and quick search. */
export interface SavedGridView {
  name: string
  columnState: Record<string, unknown>[] | null
  filterModel: Record<string, unknown> | null
  quickSearch: string
}

/**
 * What a grid remembers: AG Grid column state (order, width, visibility, sort), the money unit,
 * whether per-year figures are shown per day, and saved views.
 */
export interface GridLayout {
  columnState: Record<string, unknown>[] | null
  moneyUnit: MoneyUnit
  kpiPeriod: KpiPeriod
  savedViews: SavedGridView[]
}

/** The supplier's company as its documents name it (the Word proposal's cover, header and colours). */
export interface CompanySettings {
  /** Empty until set: documents then use the catalogue's supplier name. */
  name: string
  /** '#RRGGBB'. */
  accentColour: string
  /** A PNG, with its size in pixels read from the file itself. */
  logo: { pngBase64: string; widthPx: number; heightPx: number } | null
}

export const DEFAULT_ACCENT_COLOUR = '#1F4E79'
/** A logo is a small picture: 512 KiB of PNG at most (base64 is 4/3 of that). */
export const MAX_LOGO_BYTES = 512 * 1024
export const MAX_COMPANY_NAME_LENGTH = 100

export interface Settings {
  language: Language
  /** The formats the seed's screening rule applies to (default: pharmacy chains); others are 不适用. */
  screeningFormats: AccountFormat[]
  /** Whether the accounts' annual sales are 含税 or 不含税 (named in the column header). */
  salesTaxBasis: SalesTaxBasis
  /** Each grid's remembered layout, by grid id ('accounts', 'catalogue', …). */
  gridLayouts: Record<string, GridLayout>
  company: CompanySettings
}

export const settingsContract = {
  'settings:get': channel<typeof noInput, Settings>(noInput),
  'settings:set': (() => {
    const input = z.discriminatedUnion('key', [
      z.object({ key: z.literal('language'), value: z.enum(LANGUAGES) }).strict(),
      z
        .object({ key: z.literal('screeningFormats'), value: z.array(z.enum(ACCOUNT_FORMATS)).max(ACCOUNT_FORMATS.length) })
        .strict(),
      z.object({ key: z.literal('salesTaxBasis'), value: z.enum(SALES_TAX_BASES) }).strict(),
      z
        .object({
          key: z.literal('company'),
          value: z
            .object({
              name: z.string().trim().max(MAX_COMPANY_NAME_LENGTH),
              accentColour: z.string().regex(/^#[0-9A-Fa-f]{6}$/),
              /** The logo's PNG bytes, base64; null removes the logo. Its size is read from the file. */
              logoPngBase64: z
                .string()
                .max(Math.ceil(MAX_LOGO_BYTES / 3) * 4)
                .regex(/^[A-Za-z0-9+/]*={0,2}$/)
                .nullable()
            })
            .strict()
        })
        .strict(),
      z
        .object({
          key: z.literal('gridLayout'),
          gridId: gridId,
          value: z
            .object({
              columnState: columnState,
              moneyUnit: z.enum(MONEY_UNITS),
              kpiPeriod: z.enum(KPI_PERIODS).default('year'),
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
  })()
} satisfies Record<SettingsChannel, ChannelDefinition>
