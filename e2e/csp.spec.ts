// The whole app under its enforced CSP: camera capture and upload, compression worker, portraits, the record —
// with zero `securitypolicyviolation` events in the page and no CSP refusal in the console (workers included).
import { expect, test, type Page } from '@playwright/test'
import { resetEmulator } from '#testing/e2e/emulator-control.ts'
import { fixtures } from '#testing/fixtures/fixture-files.ts'

interface Violation {
  directive: string
  blocked: string
}

async function watchCsp(page: Page): Promise<() => Promise<{ events: Violation[]; console: string[] }>> {
  const consoleRefusals: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) consoleRefusals.push(message.text())
  })
  await page.addInitScript(() => {
    const seen: Violation[] = []
    Object.defineProperty(window, '__cspViolations', { value: seen })
    document.addEventListener(
      'securitypolicyviolation',
      (event) => seen.push({ directive: event.violatedDirective, blocked: event.blockedURI }),
      true,
    )
  })
  return async () => ({
    events: await page.evaluate(
      () => (window as unknown as { __cspViolations: Violation[] }).__cspViolations,
    ),
    console: consoleRefusals,
  })
}

test.beforeEach(async () => {
  await resetEmulator()
})

test('the document is served with an enforced CSP and camera=(self)', async ({ page }) => {
  const response = await page.goto('/')
  const headers = response!.headers()
  expect(headers['content-security-policy']).toContain("script-src 'self'")
  expect(headers['content-security-policy-report-only']).toBeUndefined()
  expect(headers['permissions-policy']).toContain('camera=(self)')
})

test('camera capture → review → confirmed record: no CSP violation', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'camera', 'needs the card camera feed')
  const violations = await watchCsp(page)
  await page.goto('/')
  // The sharp card feed auto-captures: the meter worker, the capture and the compress worker all run.
  await expect(page.getByRole('heading', { name: 'Check the details' })).toBeVisible()
  for (const id of ['portrait-primary', 'portrait-secondary']) {
    const portrait = page.getByTestId(id)
    await expect(portrait).toBeVisible()
    expect(await portrait.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(20)
  }
  await page.getByRole('button', { name: 'Confirm details' }).click()
  await expect(page.getByRole('heading', { name: 'Details confirmed' })).toBeVisible()
  await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download record (JSON)' }).click(),
  ])
  await page.getByRole('button', { name: /Next customer/ }).click()
  await expect(page.getByRole('heading', { name: 'Details confirmed' })).toBeHidden()
  expect(await violations()).toEqual({ events: [], console: [] })
})

test('upload → compress in the worker → review: no CSP violation', async ({ page }, testInfo) => {
  test.skip(
    testInfo.project.name !== 'upload',
    'an empty-desk camera, so auto-capture cannot race the upload',
  )
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
