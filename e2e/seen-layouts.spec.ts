// What the screenshot tour of both journeys showed wrong, held by assertions (the tours do not run in CI): the
// desk's "Continue on a phone" lines up with the customer reference it sits beside, not with the hint below
// it, wide or held sideways. Both languages.
import type { Browser, Locator, Page } from '@playwright/test'
import { expect, test } from '#testing/e2e/test.ts'
import { strings, type Language } from '#testing/e2e/desk-handoff-pages.ts'
import { LANGUAGE_PREF_KEY } from '#src/i18n/languages.ts'

async function openDesk(browser: Browser, language: Language, width: number, height: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, locale: language })
  await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [
    LANGUAGE_PREF_KEY,
    language,
  ] as const)
  const page = await context.newPage()
  await page.goto('/?journey=operator')
  return page
}

async function middle(locator: Locator): Promise<number> {
  const box = await locator.boundingBox()
  if (!box) throw new Error('not on screen')
  return box.y + box.height / 2
}

for (const language of ['en', 'zh-HK'] as const) {
  const s = strings[language]
  for (const [width, height] of [
    [1440, 900],
    [844, 390],
  ] as const) {
    test(`the desk's "continue on a phone" lines up with the customer reference, ${language} ${width}×${height}`, async ({
      browser,
    }) => {
      const page = await openDesk(browser, language, width, height)
      const bar = page.getByTestId('case-bar')
      const button = bar.getByRole('button', { name: s.app.case.continueOnPhone })
      const input = bar.getByRole('textbox', { name: s.app.case.reference })
      await expect(button).toBeVisible()
      // Side by side on one line: the two middles within a few pixels (the button is 4 px taller).
      expect(Math.abs((await middle(button)) - (await middle(input)))).toBeLessThanOrEqual(4)
      await page.context().close()
    })
  }
}
