// The screenshot tour's shared parts (e2e/tour*.spec.ts, TOUR=1 only): the sizes and languages every screen
// is taken at, and one full-page PNG per screen under TOUR_DIR for a person to look at.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from '@playwright/test'
import { LANGUAGE_PREF_KEY } from '#src/i18n/languages.ts'

export const TOUR_DIR = process.env.TOUR_DIR ?? '/tmp/tour'
export const TOUR_LANGUAGES = ['en', 'zh-HK'] as const
export const TOUR_SIZES = [
  [360, 740],
  [844, 390],
  [1440, 900],
] as const
export type TourLanguage = (typeof TOUR_LANGUAGES)[number]

/** A context of that size and language; under 900 px wide it is a touch phone (portrait or landscape), unless
 *  it is a desk's: a desk's browser window made small keeps its mouse, and the app never hands off from a phone. */
export async function tourContext(
  browser: Browser,
  language: TourLanguage,
  [width, height]: readonly [number, number],
  { baseURL, desk = false }: { baseURL?: string; desk?: boolean } = {},
): Promise<BrowserContext> {
  const phone = width < 900 && !desk
  const context = await browser.newContext({
    viewport: { width, height },
    locale: language,
    isMobile: phone,
    hasTouch: phone,
    ...(baseURL ? { baseURL } : {}),
  })
  await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [
    LANGUAGE_PREF_KEY,
    language,
  ] as const)
  return context
}

/** `name` at this language and size, after animations settle. */
export async function shot(page: Page, name: string, at: string): Promise<void> {
  mkdirSync(TOUR_DIR, { recursive: true })
  await page.waitForTimeout(300)
  await page.screenshot({ path: join(TOUR_DIR, `${name}-${at}.png`), fullPage: true, animations: 'disabled' })
}
