import { enUS } from './en-US'
import { zhCN, type MessageTree } from './zh-CN'

export const LANGUAGES = ['zh-CN', 'en-US'] as const
export type Language = (typeof LANGUAGES)[number]
export const DEFAULT_LANGUAGE: Language = 'zh-CN'

export const messages: Record<Language, MessageTree> = { 'zh-CN': zhCN, 'en-US': enUS }

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
}

/** Looks a dotted key up in a message tree; returns the key itself when it is missing. */
export function lookupMessage(language: Language, key: string): string {
  let node: unknown = messages[language]
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return key
    node = (node as Record<string, unknown>)[part]
  }
  return typeof node === 'string' ? node : key
}

/** The same `{{name}}` interpolation i18next uses, for code that runs outside React (main). */
export function translate(language: Language, key: string, params: Record<string, unknown> = {}): string {
  return lookupMessage(language, key).replace(/\{\{(\w+)\}\}/g, (_, name: string) =>
    params[name] === undefined ? '' : String(params[name])
  )
}
