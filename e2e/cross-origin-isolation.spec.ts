// Where the app is cross-origin isolated (so the device reader may run threads) every resource must still load:
// the desk's page through an upload to review (compression worker, portraits, fonts, styles), and the phone's
// page of a hand-off. The page the record host opens must not be isolated: it would lose its window.opener.
import type { Page } from '@playwright/test'
import { strings } from '#testing/e2e/desk-handoff-pages.ts'
import { E2E_APP_PORT } from '#testing/e2e/ports.ts'
import { expect, test } from '#testing/e2e/test.ts'
import { fixtures } from '#testing/fixtures/fixture-files.ts'

/** Every request that failed (a COEP or CORP refusal is one) and every console error, workers' included. */
function watchLoading(page: Page): () => { failed: string[]; errors: string[] } {
  const failed: string[] = []
  const errors: string[] = []
  page.on('requestfailed', (request) => failed.push(`${request.url()} ${request.failure()?.errorText}`))
  page.on('console', (message) => {
    // An HTTP status the app expects and handles (an expired hand-off's 410) is an answer, not a refusal.
    if (message.type() === 'error' && !/the server responded with a status of 4\d\d/.test(message.text()))
      errors.push(message.text())
  })
  return () => ({ failed, errors })
}

test('the desk’s page is isolated and loads everything through an upload to review', async ({ page }) => {
  const loading = watchLoading(page)
  await page.goto('/')
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true)
  await page.getByRole('button', { name: 'Upload a photo instead' }).click()
  await page.getByLabel('Choose a file').setInputFiles(fixtures.cardScene)
  // The emulator's answer can take a while on a loaded machine; what matters here is that nothing is refused.
  await expect(page.getByRole('heading', { name: 'Check the details' })).toBeVisible({ timeout: 45_000 })
  await expect(page.getByTestId('portrait-primary')).toBeVisible()
  expect(await page.evaluate(() => document.fonts.status)).toBe('loaded')
  expect(loading()).toEqual({ failed: [], errors: [] })
})

test('the phone’s page of a hand-off is isolated: the desk’s relaxed opener policy does not reach it', async ({
  page,
}) => {
  const loading = watchLoading(page)
  // A channel nobody started: the phone says the code expired, having loaded the app in full to say it.
  await page.goto(`/#h=${'A'.repeat(22)}.${'B'.repeat(22)}`)
  await expect(page.getByRole('heading', { name: strings.en.handoff.phone.expired.title })).toBeVisible()
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true)
  expect(loading()).toEqual({ failed: [], errors: [] })
})

test('the page the record host opens is not isolated and keeps its opener', async ({ page }) => {
  await page.goto(`http://localhost:${E2E_APP_PORT}/api/health`)
  const [app] = await Promise.all([
    page.waitForEvent('popup'),
    page.evaluate((url) => window.open(url, '_blank'), `http://127.0.0.1:${E2E_APP_PORT}/`),
  ])
  await app.waitForLoadState()
  const loading = watchLoading(app)
  expect(
    await app.evaluate(() => ({ isolated: crossOriginIsolated, opener: window.opener !== null })),
  ).toEqual({
    isolated: false,
    opener: true,
  })
  await expect(app.getByRole('button', { name: 'Upload a photo instead' })).toBeVisible()
  expect(loading()).toEqual({ failed: [], errors: [] })
})
