// The confirmed record reaches the page that opened the app — only when that page is on the origin the
// server names (HANDOFF_ORIGIN), never by a '*' broadcast.
import { expect, test, type Page } from '@playwright/test'
import { HANDOFF_MESSAGE_TYPE } from '../src/features/review/lib/hand-off.ts'
import { verifiedRecordSchema } from '../src/features/review/lib/verified-record.ts'
import { resetEmulator } from './emulator-control.ts'
import { fixtures } from './fixture-files.ts'
import { E2E_APP_PORT } from './ports.ts'

test.beforeEach(async () => {
  await resetEmulator()
})

async function openAppFrom(page: Page, openerOrigin: string): Promise<Page> {
  await page.goto(`${openerOrigin}/api/health`)
  await page.evaluate(() => {
    const received: unknown[] = []
    ;(window as unknown as { __received: unknown[] }).__received = received
    window.addEventListener('message', (event) => received.push({ origin: event.origin, data: event.data }))
  })
  const [popup] = await Promise.all([
    page.waitForEvent('popup'),
    page.evaluate(() => window.open('/', '_blank')),
  ])
  return popup
}

async function confirmCard(app: Page) {
  await app.getByRole('button', { name: 'Upload a photo instead' }).click()
  await app.getByLabel('Choose a file').setInputFiles(fixtures.specimenCard)
  await app.getByRole('button', { name: /Confirm details/ }).click()
  await expect(app.getByRole('heading', { name: 'Details confirmed' })).toBeVisible()
}

test('the opener on the configured origin receives the verified record', async ({ page }) => {
  const app = await openAppFrom(page, `http://127.0.0.1:${E2E_APP_PORT}`)
  await confirmCard(app)
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __received: unknown[] }).__received.length))
    .toBe(1)
  const [message] = await page.evaluate(() => (window as unknown as { __received: unknown[] }).__received)
  const { data } = message as { data: { type: string; record: unknown } }
  expect(data.type).toBe(HANDOFF_MESSAGE_TYPE)
  expect(verifiedRecordSchema.parse(data.record).final.idNum).toBe('A123456(3)')
})

test('an opener on any other origin receives nothing', async ({ page }) => {
  // localhost and 127.0.0.1 are different origins: the app posts only to the configured one.
  const app = await openAppFrom(page, `http://localhost:${E2E_APP_PORT}`)
  await confirmCard(app)
  await app.waitForTimeout(500)
  expect(await page.evaluate(() => (window as unknown as { __received: unknown[] }).__received)).toEqual([])
})
