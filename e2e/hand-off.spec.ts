// The confirmed record reaches the page that opened the app — only when that page is on the origin the
// server names (HANDOFF_ORIGIN, here http://localhost:<port>, another origin than the app's
// http://127.0.0.1:<port>), never by a '*' broadcast.
import { expect, test, type Page } from '@playwright/test'
import { HANDOFF_MESSAGE_TYPE } from '#src/features/review/lib/hand-off.ts'
import { verifiedRecordSchema } from '#src/features/review/lib/verified-record.ts'
import { resetEmulator } from '#testing/e2e/emulator-control.ts'
import { fixtures } from '#testing/fixtures/fixture-files.ts'
import { E2E_APP_PORT } from '#testing/e2e/ports.ts'

const APP = `http://127.0.0.1:${E2E_APP_PORT}`
const PARTNER = `http://localhost:${E2E_APP_PORT}`

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
    page.evaluate((url) => window.open(url, '_blank'), `${APP}/`),
  ])
  return popup
}

async function confirmCard(app: Page) {
  await app.getByRole('button', { name: 'Upload a photo instead' }).click()
  await app.getByLabel('Choose a file').setInputFiles(fixtures.specimenCard)
  await expect(app.getByRole('heading', { name: 'Check the details' })).toBeVisible()
  // The hand-off asks the server which origin may receive the record: wait for that answer.
  const config = app.waitForResponse((response) => response.url().endsWith('/api/client-config'))
  await app.getByRole('button', { name: /Confirm details/ }).click()
  await expect(app.getByRole('heading', { name: 'Details confirmed' })).toBeVisible()
  expect(await (await config).json()).toEqual({ handoffOrigin: PARTNER })
}

const received = (page: Page) =>
  page.evaluate(() => (window as unknown as { __received: unknown[] }).__received)

test('a partner page on the configured origin opens the app and receives the verified record', async ({
  page,
}) => {
  const app = await openAppFrom(page, PARTNER)
  await confirmCard(app)
  await expect.poll(async () => (await received(page)).length).toBe(1)
  const [message] = await received(page)
  const { origin, data } = message as { origin: string; data: { type: string; record: unknown } }
  expect(origin).toBe(APP)
  expect(data.type).toBe(HANDOFF_MESSAGE_TYPE)
  expect(verifiedRecordSchema.parse(data.record).final.idNum).toBe('A123456(3)')
})

test('an opener on any other origin — even the app’s own — receives nothing', async ({ page }) => {
  const app = await openAppFrom(page, APP)
  await confirmCard(app)
  // Past the config answer the post (if any) is one task away; a round trip through the opener settles it.
  await app.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)))
  expect(await received(page)).toEqual([])
})
