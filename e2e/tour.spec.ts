// The screenshot tour (not part of CI: runs only with TOUR=1): each step of the operator's journey by
// upload, the customer's first screen and the desk hand-off, at 360×740, 844×390 and 1440×900 in both
// languages, saved as PNGs for a person to look at (TOUR_DIR, default /tmp/shots-tour).
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { type Page } from '@playwright/test'
import { expect, test } from '#testing/e2e/test.ts'
import { fixtures } from '#testing/fixtures/fixture-files.ts'
import { en } from '#src/i18n/en.ts'
import { zhHK } from '#src/i18n/zh-HK.ts'

test.skip(!process.env.TOUR, 'the screenshot tour runs only when asked for (TOUR=1)')

const DIR = process.env.TOUR_DIR ?? '/tmp/shots-tour'
const SIZES = [
  [360, 740],
  [844, 390],
  [1440, 900],
] as const

async function shot(page: Page, name: string) {
  mkdirSync(DIR, { recursive: true })
  await page.screenshot({ path: join(DIR, `${name}.png`), fullPage: true })
}

for (const language of ['en', 'zh-HK'] as const) {
  const s = language === 'en' ? en : zhHK
  for (const [width, height] of SIZES) {
    const at = `${language}-${width}x${height}`
    test(`operator journey, ${at}`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width, height }, locale: language })
      await context.addInitScript(
        (lang) => localStorage.setItem('hkid-capture.pref.language', lang),
        language,
      )
      const page = await context.newPage()
      await page.goto('/')
      await page.waitForTimeout(1500)
      await shot(page, `op-1-capture-${at}`)
      await page.getByRole('button', { name: s.capture.uploadInstead }).click()
      await shot(page, `op-2-upload-${at}`)
      await page.getByLabel(s.capture.chooseFile).setInputFiles(fixtures.specimenCard)
      await expect(page.getByRole('heading', { name: s.review.heading })).toBeVisible({ timeout: 40_000 })
      await page.waitForTimeout(500)
      await shot(page, `op-3-review-${at}`)
      await page.getByRole('button', { name: new RegExp(s.review.confirm) }).click()
      await page.waitForTimeout(1000)
      await shot(page, `op-4-done-${at}`)
      await context.close()
    })
  }
}
