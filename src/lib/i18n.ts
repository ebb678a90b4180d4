import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { DEFAULT_LANGUAGE, messages, type Language } from '../shared/i18n'
import type { MessageTree } from '../shared/i18n/zh-CN'

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: MessageTree }
  }
}

export async function initI18n(language: Language = DEFAULT_LANGUAGE): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'zh-CN',
    resources: {
      'zh-CN': { translation: messages['zh-CN'] },
      'en-US': { translation: messages['en-US'] }
    },
    interpolation: { escapeValue: false },
    returnNull: false
  })
  document.documentElement.lang = language
  return i18next
}

export async function changeLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language)
  document.documentElement.lang = language
}
