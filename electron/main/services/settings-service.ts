import type { WorkbenchContext } from '../context'
import type { Settings } from '../../../src/shared/contract'
import { DEFAULT_LANGUAGE, isLanguage } from '../../../src/shared/i18n'

export function readSettings(context: WorkbenchContext): Settings {
  const language = context.settings.get('language')
  const columnState = context.settings.get('accountsColumnState')
  return {
    language: isLanguage(language) ? language : DEFAULT_LANGUAGE,
    accountsColumnState: Array.isArray(columnState) ? (columnState as unknown[]) : null
  }
}

export function writeSetting(
  context: WorkbenchContext,
  change: { key: 'language'; value: Settings['language'] } | { key: 'accountsColumnState'; value: unknown[] | null }
): Settings {
  context.settings.set(change.key, change.value)
  return readSettings(context)
}
