// The confirmed record reaches the page that opened the app — only when that page is on the origin the
// server names (RECORD_HOST_ORIGIN, here http://localhost:<port>, another origin than the app's
// http://127.0.0.1:<port>), never by a '*' broadcast.
import { type Page, type Response } from '@playwright/test'
import { expect, test } from '#testing/e2e/test.ts'
import { RECORD_MESSAGE_TYPE } from '#src/features/review/lib/host-page-delivery.ts'
import { verifiedRecordSchema } from '#src/hkid/verified-record.ts'
import { fixtures } from '#testing/fixtures/fixture-files.ts'
import { E2E_APP_PORT } from '#testing/e2e/ports.ts'
import { releaseCamera } from '#testing/capture/scene-runner.ts'

const APP = `http://127.0.0.1:${E2E_APP_PORT}`
const PARTNER = `http://localhost:${E2E_APP_PORT}`

/** The app opened in a popup, and the settings its server gave it (GET /api/client-config). */
async function openAppFrom(
  page: Page,
  openerOrigin: string,
): Promise<{ app: Page; config: Promise<Response> }> {
  // An opener of the app's own origin is one of its own pages: cross-origin isolated as the app's page it opens
  // is, so the two share a browsing context group and the opener stays reachable (an unisolated opener would lose it).
  await page.goto(openerOrigin === APP ? `${APP}/` : `${openerOrigin}/api/health`)
  // Such an opener need only be of the app's origin: its camera and meter are stopped, not to slow the popup's
  // reading by half on a loaded machine (stopping a track by script does not tell the app it ended).
  if (openerOrigin === APP) {
    await page.waitForFunction(() => document.querySelector('video')?.srcObject instanceof MediaStream)
    await releaseCamera(page)
  }
  await page.evaluate(() => {
    const received: unknown[] = []
    ;(window as unknown as { __received: unknown[] }).__received = received
    window.addEventListener('message', (event) => received.push({ origin: event.origin, data: event.data }))
  })
  // The popup asks once per page, as soon as its camera opens (whether to warm the device reader): heard from
  // before it opens, as it can be answered before the popup event reaches the test (then a wait began
  // afterwards never ended). An opener of the app's own origin asks for itself, which is not the popup's answer.
  const config = page.context().waitForEvent('response', {
    predicate: (response) =>
      response.url().endsWith('/api/client-config') && response.frame().page() !== page,
    timeout: 30_000,
  })
  const [popup] = await Promise.all([
    page.waitForEvent('popup'),
    page.evaluate((url) => window.open(url, '_blank'), `${APP}/`),
  ])
  return { app: popup, config }
}

async function confirmCard(app: Page, config: Promise<Response>) {
  // Which origin may receive the record, as the server told the page.
  await app.getByRole('button', { name: 'Upload a photo instead' }).click()
  await app.getByLabel('Choose a file').setInputFiles(fixtures.specimenCard)
  // The reading is not what is checked here, and two app pages share the browser: room as for a loaded machine.
  await expect(app.getByRole('heading', { name: 'Check the details' })).toBeVisible({ timeout: 45_000 })
  expect(await (await config).json()).toMatchObject({
    recordHostOrigin: PARTNER,
    recognizeDeadlineMs: 40_000,
  })
  await app.getByRole('button', { name: /Confirm details/ }).click()
  await expect(app.getByRole('heading', { name: 'Details confirmed' })).toBeVisible()
}

const received = (page: Page) =>
  page.evaluate(() => (window as unknown as { __received: unknown[] }).__received)

test('a partner page on the configured origin opens the app and receives the verified record', async ({
  page,
}) => {
  const { app, config } = await openAppFrom(page, PARTNER)
  await confirmCard(app, config)
  await expect.poll(async () => (await received(page)).length).toBe(1)
  const [message] = await received(page)
  const { origin, data } = message as { origin: string; data: { type: string; record: unknown } }
  expect(origin).toBe(APP)
  expect(data.type).toBe(RECORD_MESSAGE_TYPE)
  expect(verifiedRecordSchema.parse(data.record).final.idNum).toBe('A123456(3)')
})

test('an opener on any other origin — even the app’s own — receives nothing', async ({ page }) => {
  const { app, config } = await openAppFrom(page, APP)
  // The opener is same-origin here, so the app's calls to its postMessage can be watched.
  await app.evaluate(() => {
    const opener = window.opener as Window
    const targets: string[] = []
    ;(window as unknown as { __targets: string[] }).__targets = targets
    const post = opener.postMessage.bind(opener) as (message: unknown, targetOrigin: string) => void
    opener.postMessage = ((message: unknown, targetOrigin: string) => {
      targets.push(targetOrigin)
      post(message, targetOrigin)
    }) as typeof opener.postMessage
  })
  await confirmCard(app, config)
  // The app did post, addressed to the partner's origin only …
  const targets = () => app.evaluate(() => (window as unknown as { __targets: string[] }).__targets)
  await expect.poll(targets).toEqual([PARTNER])
  // … and messages from one window arrive in order: once a marker posted after it has arrived, the
  // record would have arrived before it. Only the marker did.
  await app.evaluate(() => (window.opener as Window).postMessage({ type: 'marker' }, '*'))
  await expect.poll(async () => (await received(page)).length).toBeGreaterThan(0)
  expect(await received(page)).toEqual([{ origin: APP, data: { type: 'marker' } }])
})
