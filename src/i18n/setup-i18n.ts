// i18next with both languages' first-screen strings bundled (review's arrive with review's code), the
// first language from the remembered choice or the browser, and the document's `lang` kept in step for
// screen readers and CJK fonts.
import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'
import { firstScreenStrings } from './first-screen-strings.ts'
import { LANGUAGE_PREF_KEY, pickLanguage, type Language } from './languages.ts'

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
  resources: {
    en: { translation: firstScreenStrings.en },
    'zh-HK': { translation: firstScreenStrings['zh-HK'] },
  },
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
