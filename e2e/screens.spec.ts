// The screens that end a journey or wait on another device, at a phone's size and a desk's: the desk waiting for
// the phone, the phone's ending after a hand-off, and record delivery's screens (sending, a failed send, the
// customer's ending with its receipt after trying again, a link with nowhere to send, the operator's receipt).
// Several screens share one walk, so each journey is walked once per language and size. Each is checked (axe, no
// sideways scrolling, finger-sized targets on a phone) and saved as a PNG for a person to look at
// (SCREENS_DIR, else the test's output folder).
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { type Page, type TestInfo } from '@playwright/test'
import { expect, test } from '#testing/e2e/test.ts'
import { axeViolations, smallTouchTargets } from '#testing/e2e/axe.ts'
import { startHandoff, strings, uploadOnPhone } from '#testing/e2e/desk-handoff-pages.ts'
import { fixtures } from '#testing/fixtures/fixture-files.ts'

const SIZES = [
  { name: 'phone', width: 360, height: 740, mobile: true },
  { name: 'desktop', width: 1440, height: 900, mobile: false },
] as const

async function keep(page: Page, testInfo: TestInfo, name: string) {
  expect.soft(await axeViolations(page), `axe on ${name}`).toEqual([])
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)
  expect.soft(overflow, `${name} wider than the screen`).toBeLessThanOrEqual(0)
  if ((page.viewportSize()?.width ?? 0) < 640) {
    expect.soft(await smallTouchTargets(page), `touch targets on ${name}`).toEqual([])
  }
  const dir = process.env.SCREENS_DIR ?? testInfo.outputPath()
  mkdirSync(dir, { recursive: true })
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true })
}

for (const language of ['en', 'zh-HK'] as const) {
  const s = strings[language]
  for (const size of SIZES) {
    const viewport = { width: size.width, height: size.height }
    const device = { viewport, isMobile: size.mobile, hasTouch: size.mobile, locale: language }
    const suffix = `${language}-${size.name}`

    test(`the desk waiting for a phone, and the phone’s ending, ${suffix}`, async ({ browser }, testInfo) => {
      // Two pages, a walk and three checks: room on a busy machine (57 s of 60 at load 40).
      test.setTimeout(120_000)
      const desk = await (await browser.newContext({ viewport, locale: language })).newPage()
      await desk.goto('/')
      const link = await startHandoff(desk, language)
      await keep(desk, testInfo, `desk-waiting-${suffix}`)

      const phone = await (await browser.newContext(device)).newPage()
      await phone.goto(link)
      await expect(desk.getByTestId('handoff-status')).toHaveText(s.handoff.desk.status.opened)
      await keep(desk, testInfo, `desk-phone-opened-${suffix}`)
      await uploadOnPhone(phone, language)
      await expect(phone.getByRole('heading', { name: s.handoff.phone.done.heading })).toBeFocused()
      await expect(desk.getByRole('heading', { name: s.review.heading })).toBeVisible()
      await keep(phone, testInfo, `phone-done-${suffix}`)
      await desk.context().close()
      await phone.context().close()
    })

    test(`record delivery: sending, a failed send, the customer’s ending with its receipt, nowhere to send, ${suffix}`, async ({
      browser,
    }, testInfo) => {
      // Three pages and two walks, the customer's ending among them: room on a busy machine.
      test.setTimeout(120_000)
      const page = await (await browser.newContext(device)).newPage()
      // The first post waits until "sending" is looked at, then the server is busy; the second is accepted.
      let looked!: () => void
      const lookedAt = new Promise<void>((resolve) => (looked = resolve))
      let posts = 0
      await page.route('**/api/records', async (route) => {
        if (++posts > 1) return route.continue()
        await lookedAt
        await route.fulfill({
          status: 503,
          headers: { 'Retry-After': '20' },
          json: { error: { code: 'TEMPORARILY_UNAVAILABLE', message: 'busy', requestId: 'req-screens' } },
        })
      })
      await page.goto('/?journey=customer')
      await uploadOnPhone(page, language)
      await page.getByRole('button', { name: s.customer.review.send }).click()
      await expect(page.getByTestId('customer-sending')).toContainText(s.customer.sending.heading)
      await keep(page, testInfo, `customer-sending-${suffix}`)
      looked()
      const failed = page.getByTestId('customer-send-failed')
      await expect(failed).toContainText(s.customer.sendFailed.busy.title)
      await expect(page.getByTestId('customer-ending')).toHaveCount(0)
      await keep(page, testInfo, `customer-send-failed-${suffix}`)
      await failed.getByRole('button', { name: s.customer.sendFailed.tryAgain }).click()
      // The customer's ending, reached here rather than by a walk of its own: its heading takes the focus.
      await expect(page.getByRole('heading', { name: s.customer.done.heading })).toBeFocused()
      await expect(page.getByTestId('receipt-reference')).toHaveText(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/)
      await keep(page, testInfo, `customer-ending-${suffix}`)
      await page.context().close()

      // A server with no webhook, and no host page: nothing to photograph for.
      const nowhere = await (await browser.newContext(device)).newPage()
      await nowhere.route('**/api/client-config', async (route) => {
        const config = (await (await route.fetch()).json()) as Record<string, unknown>
        await route.fulfill({ json: { ...config, recordWebhook: null } })
      })
      await nowhere.goto('/?journey=customer')
      await expect(nowhere.getByTestId('no-destination')).toContainText(s.customer.noDestination.title)
      await expect(nowhere.getByRole('dialog')).toHaveCount(0)
      await keep(nowhere, testInfo, `customer-no-destination-${suffix}`)
      await nowhere.context().close()

      // The operator's done screen: sent to the back office, with the receipt.
      const desk = await (await browser.newContext({ viewport, locale: language })).newPage()
      await desk.goto('/?journey=operator')
      await desk.getByRole('button', { name: s.capture.uploadInstead }).click()
      await desk.getByLabel(s.capture.chooseFile).setInputFiles(fixtures.specimenCard)
      await desk.getByRole('button', { name: new RegExp(s.review.confirm) }).click()
      await expect(desk.getByTestId('webhook-receipt')).toHaveText(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/)
      await keep(desk, testInfo, `operator-done-receipt-${suffix}`)
      await desk.context().close()
    })
  }
}
