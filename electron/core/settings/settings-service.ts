import type { WorkbenchContext } from '../context'
import type { GridLayout, Settings } from '../../../src/shared/contract'
import { MONEY_UNITS } from '../../../src/shared/domain/money'
import { DEFAULT_LANGUAGE, isLanguage } from '../../../src/shared/i18n'

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
    layouts[gridId] = { columnState, moneyUnit, savedViews }
  }
  return layouts
}

export function readSettings(context: WorkbenchContext): Settings {
  const language = context.settings.get('language')
  return {
    language: isLanguage(language) ? language : DEFAULT_LANGUAGE,
    gridLayouts: readGridLayouts(context.settings.get('gridLayouts'))
  }
}

export type SettingChange =
  | { key: 'language'; value: Settings['language'] }
  | { key: 'gridLayout'; gridId: string; value: GridLayout | null }

export function writeSetting(context: WorkbenchContext, change: SettingChange): Settings {
  if (change.key === 'language') {
    context.settings.set('language', change.value)
  } else {
    const layouts = readGridLayouts(context.settings.get('gridLayouts'))
    if (change.value) layouts[change.gridId] = change.value
    else delete layouts[change.gridId]
    context.settings.set('gridLayouts', Object.keys(layouts).length > 0 ? layouts : null)
  }
  return readSettings(context)
}
