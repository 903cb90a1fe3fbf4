// i18next with both languages bundled (they are small), the first language from the remembered choice
// or the browser, and the document's `lang` kept in step for screen readers and CJK fonts.
import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'
import { en } from './en.ts'
import { LANGUAGE_PREF_KEY, pickLanguage, type Language } from './languages.ts'
import { zhHK } from './zh-HK.ts'

function rememberedLanguage(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_PREF_KEY)
  } catch {
    return null
  }
}

const initial = pickLanguage(navigator.languages ?? [navigator.language], rememberedLanguage())
document.documentElement.lang = initial

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, 'zh-HK': { translation: zhHK } },
  lng: initial,
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
})

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language
})

/** The operator's explicit choice; remembered because it is a preference, not personal data. */
export function chooseLanguage(language: Language): void {
  void i18n.changeLanguage(language)
  try {
    localStorage.setItem(LANGUAGE_PREF_KEY, language)
  } catch {
    // Storage may be blocked; the choice still applies to this visit.
  }
}

export { i18n }
