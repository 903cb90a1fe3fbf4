// The screenshot tour of the customer's journey (TOUR=1 only, not in CI): statement, camera, the photo check,
// reading with both waiting notes, review with its notes, the missing-field block, sending, received, the link
// reloaded after sending, a spent link, and the errors a customer can meet (no camera, camera denied,
// unreadable photo, too slow, offline, rate limited), at every tour size in both languages (TOUR_DIR).
import type { Browser, Page } from '@playwright/test'
import { expect, test } from '#testing/e2e/test.ts'
import { mintCaptureToken } from '#server/access/capture-token.ts'
import { strings, usePhoto } from '#testing/e2e/desk-handoff-pages.ts'
import { recordDeliveryEnv } from '#testing/e2e/record-delivery-env.ts'
import { startServer, type ServerProcess } from '#testing/e2e/server-process.ts'
import { shot, tourContext, TOUR_LANGUAGES, TOUR_SIZES, type TourLanguage } from '#testing/e2e/tour-shots.ts'
import { fixtures } from '#testing/fixtures/fixture-files.ts'

test.skip(!process.env.TOUR, 'the screenshot tour runs only when asked for (TOUR=1)')

const SECRET = 'e2e-tour-customer-secret-0123456789abcdef'
// The reading deadline the shared app has on a loaded machine: the early note shows at 5 s, the late at 16 s.
const DEADLINE_MS = 20_000
// A reading on a loaded machine may take its whole deadline: expect's 15 s stopped the tour short of review.
const READING = { timeout: DEADLINE_MS + 10_000 }
let server: ServerProcess

test.beforeAll(async () => {
  server = await startServer({
    CAPTURE_TOKEN_SECRET: SECRET,
    UPSTREAM_TIMEOUT_MS: String(DEADLINE_MS),
    ...recordDeliveryEnv('sqlite', 'tour-customer'),
  })
})
test.afterAll(async () => server?.stop())
test.beforeEach(async () => server.emulator('reset'))

const link = async (calls: number) =>
  `${server.base}/#token=${await mintCaptureToken({ secret: SECRET, calls, lifetimeSeconds: 600, journey: 'customer' })}`

async function open(browser: Browser, language: TourLanguage, size: readonly [number, number], url: string) {
  const page = await (await tourContext(browser, language, size)).newPage()
  await page.goto(url)
  return page
}

async function upload(page: Page, language: TourLanguage, file = fixtures.specimenCard) {
  const s = strings[language]
  await page.getByRole('dialog').getByRole('button', { name: s.capture.uploadInstead }).click()
  await page.getByLabel(s.capture.chooseFile).setInputFiles(file)
}

/** From an error to the camera: a retake where the error offers one, else "Try again" (a photo that was fine is
 *  not offered a retake) and the review's retake. */
async function backToCamera(page: Page, language: TourLanguage) {
  const s = strings[language]
  const alert = page.getByTestId('recognize-error')
  const retake = alert.getByRole('button', { name: s.recognize.retake })
  if (await retake.count()) return retake.click()
  await alert.getByRole('button', { name: s.recognize.tryAgain }).click()
  await page.getByRole('button', { name: s.customer.review.retake }).click({ timeout: 30_000 })
}

for (const language of TOUR_LANGUAGES) {
  const s = strings[language]
  for (const size of TOUR_SIZES) {
    const at = `${language}-${size[0]}x${size[1]}`

    test(`customer journey, ${at}`, async ({ browser }) => {
      test.setTimeout(240_000)
      // The browser of every tour agrees by itself; the statement is shot before that by a page of its own.
      const page = await open(browser, language, size, await link(3))
      await page.removeLocatorHandler(page.getByTestId('consent-step'))
      await expect(page.getByTestId('consent-step')).toBeVisible()
      await shot(page, 'c01-statement', at)
      await page.getByTestId('consent-step').getByRole('checkbox').check()
      await shot(page, 'c02-statement-agreed', at)
      await page.getByTestId('consent-step').getByRole('button').click()
      await expect(page.getByRole('dialog').getByRole('heading', { name: s.capture.heading })).toBeVisible()
      await page.waitForTimeout(1200)
      await shot(page, 'c03-camera', at)

      // The request is held in the browser until both notes have shown: the server's time does not run meanwhile.
      let release = () => {}
      const held = new Promise<void>((resolve) => (release = resolve))
      await page.route('**/api/hkid/recognize?*', async (route) => {
        await held
        await route.continue()
      })
      await server.emulator('next', {
        card: { IdNum: '', EnName: '', CnName: '', Birthday: '', Sex: '' },
        warnings: [-9108],
      })
      await upload(page, language)
      await expect(page.getByTestId('photo-check')).toBeVisible()
      await shot(page, 'c04-photo-check', at)
      await usePhoto(page, language)
      await expect(page.getByTestId('recognizing-slow')).toHaveText(s.photo.waiting.early)
      await shot(page, 'c05-reading-early-note', at)
      await expect(page.getByTestId('recognizing-slow')).toHaveText(s.photo.waiting.late)
      await shot(page, 'c06-reading-late-note', at)
      release()
      await expect(page.getByRole('heading', { name: s.customer.review.heading })).toBeVisible(READING)
      await shot(page, 'c07-review-with-notes', at)
      await page.getByRole('button', { name: s.customer.review.send }).click()
      await expect(page.getByTestId('customer-needs')).toBeVisible()
      await shot(page, 'c08-missing-field-block', at)

      await page.getByRole('button', { name: s.customer.review.retake, exact: true }).click()
      await upload(page, language)
      await usePhoto(page, language)
      await expect(page.getByRole('heading', { name: s.customer.review.heading })).toBeVisible(READING)
      await shot(page, 'c09-review', at)
      // The record is held a moment so "sending" can be seen.
      await page.route('**/api/records', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1500))
        await route.continue()
      })
      await page.getByRole('button', { name: s.customer.review.send }).click()
      await expect(page.getByRole('heading', { name: s.customer.sending.heading })).toBeVisible()
      await shot(page, 'c10-sending', at)
      await expect(page.getByTestId('receipt-reference')).toBeVisible({ timeout: 30_000 })
      await shot(page, 'c11-received', at)
      await page.reload()
      await expect(page.getByTestId('customer-link-used')).toBeVisible()
      await shot(page, 'c12-link-used-after-reload', at)
      await page.context().close()
    })

    test(`customer errors, ${at}`, async ({ browser }) => {
      test.setTimeout(240_000)
      // A spent link: one reading, then a retake.
      const spent = await open(browser, language, size, await link(1))
      await upload(spent, language)
      await usePhoto(spent, language)
      await expect(spent.getByRole('heading', { name: s.customer.review.heading })).toBeVisible(READING)
      await spent.getByRole('button', { name: s.customer.review.retake }).click()
      await upload(spent, language)
      await usePhoto(spent, language)
      await expect(spent.getByTestId('recognize-error')).toHaveAttribute('data-code', 'UNAUTHORIZED')
      await shot(spent, 'c13-spent-link', at)
      await spent.context().close()

      const page = await open(browser, language, size, await link(10))
      const outcomes = [
        ['c14-unreadable-photo', { error: { code: 'FailedOperation.ImageDecodeFailed' } }],
        ['c16-rate-limited', { error: { code: 'RequestLimitExceeded' }, times: 3 }],
      ] as const
      for (const [name, outcome] of outcomes) {
        await server.emulator('next', outcome)
        await upload(page, language)
        await usePhoto(page, language)
        await expect(page.getByTestId('recognize-error')).toBeVisible({ timeout: 20_000 })
        await shot(page, name, at)
        await server.emulator('reset')
        await backToCamera(page, language)
      }
      // Too slow: the server's own answer when its deadline passed (waiting it out is 20 s a size).
      await page.route('**/api/hkid/recognize?*', (route) =>
        route.fulfill({
          status: 504,
          json: { error: { code: 'UPSTREAM_TIMEOUT', message: 'too slow', requestId: 'r-1' } },
        }),
      )
      await upload(page, language)
      await usePhoto(page, language)
      await expect(page.getByTestId('recognize-error')).toHaveAttribute('data-code', 'UPSTREAM_TIMEOUT')
      await shot(page, 'c15-too-slow', at)
      await page.unroute('**/api/hkid/recognize?*')
      await backToCamera(page, language)
      await upload(page, language)
      await page.context().setOffline(true)
      await usePhoto(page, language)
      await expect(page.getByTestId('recognize-error')).toBeVisible({ timeout: 20_000 })
      await shot(page, 'c17-offline', at)
      await page.context().close()

      for (const [problem, name] of [
        ['none', 'NotFoundError'],
        ['denied', 'NotAllowedError'],
      ] as const) {
        const context = await tourContext(browser, language, size)
        await context.addInitScript((errorName) => {
          navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('stub', errorName))
        }, name)
        const camera = await context.newPage()
        await camera.goto(await link(3))
        await expect(camera.getByTestId(`camera-problem-${problem}`)).toBeVisible()
        await shot(camera, `c18-camera-${problem}`, at)
        await context.close()
      }
    })
  }
}
