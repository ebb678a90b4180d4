import type { WorkbenchContext } from '../context'
import type { GridLayout, Settings } from '../../../src/shared/contract'
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

export function readSettings(context: WorkbenchContext): Settings {
  const language = context.settings.get('language')
  const salesTaxBasis = context.settings.get('salesTaxBasis')
  return {
    language: isLanguage(language) ? language : DEFAULT_LANGUAGE,
    screeningFormats: readScreeningFormats(context.settings.get('screeningFormats')),
    salesTaxBasis: (SALES_TAX_BASES as readonly unknown[]).includes(salesTaxBasis) ? (salesTaxBasis as SalesTaxBasis) : DEFAULT_SALES_TAX_BASIS,
    gridLayouts: readGridLayouts(context.settings.get('gridLayouts'))
  }
}

export type SettingChange =
  | { key: 'language'; value: Settings['language'] }
  | { key: 'screeningFormats'; value: Settings['screeningFormats'] }
  | { key: 'salesTaxBasis'; value: Settings['salesTaxBasis'] }
  | { key: 'gridLayout'; gridId: string; value: GridLayout | null }

export function writeSetting(context: WorkbenchContext, change: SettingChange): Settings {
  if (change.key === 'language') {
    context.settings.set('language', change.value)
  } else if (change.key === 'screeningFormats') {
    // Stored even when empty: no format screened is a choice, unlike never having chosen.
    context.settings.set('screeningFormats', readScreeningFormats(change.value))
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
