// Which language to show: the operator's explicit choice if remembered (a preference, not personal
// data), else the browser's own order, where any Traditional Chinese locale means zh-HK.

export const LANGUAGES = ['en', 'zh-HK'] as const
export type Language = (typeof LANGUAGES)[number]

export const LANGUAGE_PREF_KEY = 'hkid-capture.pref.language'

const TRADITIONAL = /^zh-(hk|mo|tw|hant)(-|$)/i

export function languageOf(tag: string): Language | null {
  if (TRADITIONAL.test(tag)) return 'zh-HK'
  if (/^en(-|$)/i.test(tag)) return 'en'
  return null
}

export function pickLanguage(browserLanguages: readonly string[], remembered: string | null): Language {
  if (remembered && (LANGUAGES as readonly string[]).includes(remembered)) return remembered as Language
  for (const tag of browserLanguages) {
    const language = languageOf(tag)
    if (language) return language
  }
  return 'en'
}

/** The locale for `Intl` dates and numbers: English as written in Hong Kong (1 January 1990, not
 * January 1, 1990), whatever the browser's own English is. */
export function intlLocale(language: string): string {
  return language === 'zh-HK' ? 'zh-HK' : 'en-HK'
}
