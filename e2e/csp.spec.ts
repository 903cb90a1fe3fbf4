// The whole app under its enforced CSP, upload path (an empty-desk camera, so auto-capture cannot race the upload):
// compression worker, portraits — with zero CSP refusals; and the watcher itself is proven to see one.
import { watchCsp } from '#testing/e2e/csp-watch.ts'
import { expect, test } from '#testing/e2e/test.ts'
import { fixtures } from '#testing/fixtures/fixture-files.ts'

test('the document is served with an enforced CSP and camera=(self)', async ({ page }) => {
  const response = await page.goto('/')
  const headers = response!.headers()
  expect(headers['content-security-policy']).toContain("script-src 'self'")
  expect(headers['content-security-policy-report-only']).toBeUndefined()
  expect(headers['permissions-policy']).toContain('camera=(self)')
})

test('upload → compress in the worker → review: no CSP violation', async ({ page }) => {
  const violations = await watchCsp(page)
  await page.goto('/')
  await page.getByRole('button', { name: 'Upload a photo instead' }).click()
  await page.getByLabel('Choose a file').setInputFiles(fixtures.cardScene)
  await expect(page.getByRole('heading', { name: 'Check the details' })).toBeVisible()
  await expect(page.getByTestId('portrait-primary')).toBeVisible()
  expect(await violations()).toEqual({ events: [], console: [] })
})

test('the watcher does see a violation when there is one', async ({ page }) => {
  const violations = await watchCsp(page)
  await page.goto('/')
  await page.evaluate(() => {
    const img = document.createElement('img')
    img.src = 'https://third-party.invalid/pixel.png'
    document.body.append(img)
  })
  await expect
    .poll(async () => (await violations()).events)
    .toEqual([{ directive: 'img-src', blocked: 'https://third-party.invalid/pixel.png' }])
})
