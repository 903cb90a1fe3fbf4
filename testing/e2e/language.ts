// Opens the app in a chosen language, as a returning user whose choice was remembered.
import type { Page } from '@playwright/test'
import { LANGUAGE_PREF_KEY } from '#src/i18n/languages.ts'

export async function useLanguage(page: Page, language: 'en' | 'zh-HK'): Promise<void> {
  await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [
    LANGUAGE_PREF_KEY,
    language,
  ] as const)
}
