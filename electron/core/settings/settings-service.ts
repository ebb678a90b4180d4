import type { WorkbenchContext } from '../context'
import { DEFAULT_ACCENT_COLOUR, type CompanySettings, type GridLayout, type Settings } from '../../../src/shared/contract'
import { AppFailure } from '../../../src/shared/result'
import { translate } from '../../../src/shared/i18n'
import { MONEY_UNITS } from '../../../src/shared/domain/money'
import { DEFAULT_LANGUAGE, isLanguage } from '../../../src/shared/i18n'
import { ACCOUNT_FORMATS, type AccountFormat } from '../../../src/shared/domain/accounts/account'
import { DEFAULT_SALES_TAX_BASIS, KPI_PERIODS, SALES_TAX_BASES, type SalesTaxBasis } from '../../../src/shared/domain/accounts/kpis'
import { DEFAULT_SCREENING_FORMATS } from '../../../src/shared/domain/accounts/screening'

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** The stored layouts, keeping only well-formed entries (a hand-edited file cannot break a grid). */
function readGridLayouts(stored: unknown): Record<string, GridLayout> {
  const layouts: Record<string, GridLayout> = {}
  if (!isRecord(stored)) return layouts
  for (const [gridId, layout] of Object.entries(stored)) {
    if (!isRecord(layout)) continue
    const columnState = Array.isArray(layout.columnState) ? layout.columnState.filter(isRecord) : null
    const moneyUnit = (MONEY_UNITS as readonly unknown[]).includes(layout.moneyUnit) ? (layout.moneyUnit as GridLayout['moneyUnit']) : 'yuan'
    const savedViews = Array.isArray(layout.savedViews)
      ? layout.savedViews.filter(isRecord).flatMap((view) =>
          typeof view.name === 'string'
            ? [
                {
                  name: view.name,
                  columnState: Array.isArray(view.columnState) ? view.columnState.filter(isRecord) : null,
                  filterModel: isRecord(view.filterModel) ? view.filterModel : null,
                  quickSearch: typeof view.quickSearch === 'string' ? view.quickSearch : ''
                }
              ]
            : []
        )
      : []
    const kpiPeriod = (KPI_PERIODS as readonly unknown[]).includes(layout.kpiPeriod) ? (layout.kpiPeriod as GridLayout['kpiPeriod']) : 'year'
    layouts[gridId] = { columnState, moneyUnit, kpiPeriod, savedViews }
  }
  return layouts
}

/** The stored formats in their natural order; never set means the seed's default (pharmacy chains). */
function readScreeningFormats(stored: unknown): AccountFormat[] {
  if (!Array.isArray(stored)) return [...DEFAULT_SCREENING_FORMATS]
  return ACCOUNT_FORMATS.filter((format) => stored.includes(format))
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/** A PNG's pixel size from its IHDR chunk (always the first, at byte 8), or null when the bytes are not a PNG. */
export function pngSize(png: Buffer): { widthPx: number; heightPx: number } | null {
  if (png.length < 24 || !png.subarray(0, 8).equals(PNG_SIGNATURE) || png.toString('latin1', 12, 16) !== 'IHDR') return null
  const widthPx = png.readUInt32BE(16)
  const heightPx = png.readUInt32BE(20)
  return widthPx > 0 && heightPx > 0 ? { widthPx, heightPx } : null
}

/** The stored company, with defaults for what was never set (or was hand-edited into nonsense). */
function readCompany(stored: unknown): CompanySettings {
  const company = isRecord(stored) ? stored : {}
  const logo = isRecord(company.logo) && typeof company.logo.pngBase64 === 'string' ? pngSize(Buffer.from(company.logo.pngBase64, 'base64')) : null
  return {
    name: typeof company.name === 'string' ? company.name : '',
    accentColour: typeof company.accentColour === 'string' && /^#[0-9A-Fa-f]{6}$/.test(company.accentColour) ? company.accentColour.toUpperCase() : DEFAULT_ACCENT_COLOUR,
    logo: logo && isRecord(company.logo) ? { pngBase64: String(company.logo.pngBase64), ...logo } : null
  }
}

export function readSettings(context: WorkbenchContext): Settings {
  const language = context.settings.get('language')
  const salesTaxBasis = context.settings.get('salesTaxBasis')
  return {
    language: isLanguage(language) ? language : DEFAULT_LANGUAGE,
    screeningFormats: readScreeningFormats(context.settings.get('screeningFormats')),
    salesTaxBasis: (SALES_TAX_BASES as readonly unknown[]).includes(salesTaxBasis) ? (salesTaxBasis as SalesTaxBasis) : DEFAULT_SALES_TAX_BASIS,
    gridLayouts: readGridLayouts(context.settings.get('gridLayouts')),
    company: readCompany(context.settings.get('company'))
  }
}

export type SettingChange =
  | { key: 'language'; value: Settings['language'] }
  | { key: 'screeningFormats'; value: Settings['screeningFormats'] }
  | { key: 'salesTaxBasis'; value: Settings['salesTaxBasis'] }
  | { key: 'gridLayout'; gridId: string; value: GridLayout | null }
  | { key: 'company'; value: { name: string; accentColour: string; logoPngBase64: string | null } }

export function writeSetting(context: WorkbenchContext, change: SettingChange): Settings {
  if (change.key === 'language') {
    context.settings.set('language', change.value)
  } else if (change.key === 'screeningFormats') {
    // Stored even when empty: no format screened is a choice, unlike never having chosen.
    context.settings.set('screeningFormats', readScreeningFormats(change.value))
  } else if (change.key === 'company') {
    const { logoPngBase64 } = change.value
    const logoSize = logoPngBase64 === null ? null : pngSize(Buffer.from(logoPngBase64, 'base64'))
    if (logoPngBase64 !== null && logoSize === null) throw new AppFailure('bad-input', translate(context.language(), 'proposalDocument.errors.notPng'))
    context.settings.set('company', {
      name: change.value.name,
      accentColour: change.value.accentColour.toUpperCase(),
      logo: logoPngBase64 === null ? null : { pngBase64: logoPngBase64, ...logoSize }
    })
  } else if (change.key === 'salesTaxBasis') {
    context.settings.set('salesTaxBasis', change.value)
  } else {
    const layouts = readGridLayouts(context.settings.get('gridLayouts'))
    if (change.value) layouts[change.gridId] = change.value
    else delete layouts[change.gridId]
    context.settings.set('gridLayouts', Object.keys(layouts).length > 0 ? layouts : null)
  }
  return readSettings(context)
}
