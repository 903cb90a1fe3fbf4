// The screenshot tour of the desk hand-off (TOUR=1 only, not in CI): the desk's code, the phone's side, the desk
// waiting, the desk's review with the phone's photo, a second phone refused and the new code, and "continue on a
// phone" while reading, after an error and on review; plus the phone on a code that has expired. Every tour
// size in both languages (TOUR_DIR); the desk and the phone share the size, as each can be either.

import { expect, test } from '#testing/e2e/test.ts'
import { strings, uploadOnPhone } from '#testing/e2e/desk-handoff-pages.ts'
import { shot, tourContext, TOUR_LANGUAGES, TOUR_SIZES } from '#testing/e2e/tour-shots.ts'
import { fixtures } from '#testing/fixtures/fixture-files.ts'

test.skip(!process.env.TOUR, 'the screenshot tour runs only when asked for (TOUR=1)')

const RECOGNIZE = '**/api/hkid/recognize?*'

for (const language of TOUR_LANGUAGES) {
  const s = strings[language]
  for (const size of TOUR_SIZES) {
    const at = `${language}-${size[0]}x${size[1]}`
    // The desk keeps its mouse at a phone's size: the app never offers a hand-off from a touch phone.
    const page = async (browser: Parameters<typeof tourContext>[0], desk = false) =>
      (await tourContext(browser, language, size, { desk })).newPage()

    test(`desk hand-off, ${at}`, async ({ browser }) => {
      test.setTimeout(150_000)
      const desk = await page(browser, true)
      // The desk is the operator's journey at every size (a phone-sized page would get the customer's).
      await desk.goto('/?journey=operator')
      await desk.getByTestId('case-bar').getByRole('button', { name: s.app.case.continueOnPhone }).click()
      await expect(desk.getByRole('img', { name: s.handoff.desk.qrAlt })).toBeVisible()
      await shot(desk, 'h01-desk-code', at)
      const link = (await desk.getByTestId('handoff-link').textContent())!

      const phone = await page(browser)
      await phone.goto(link)
      await expect(phone.getByRole('dialog').getByRole('heading', { name: s.capture.heading })).toBeVisible()
      await shot(phone, 'h02-phone-camera', at)
      await expect(desk.getByTestId('handoff-status')).toHaveText(s.handoff.desk.status.opened)
      await shot(desk, 'h03-desk-waiting-phone-opened', at)
      await uploadOnPhone(phone, language, fixtures.specimenCard)
      await expect(desk.getByRole('heading', { name: s.review.heading })).toBeVisible({ timeout: 60_000 })
      await expect(phone.getByTestId('phone-done')).toBeVisible()
      await shot(phone, 'h04-phone-sent', at)
      await desk.waitForTimeout(800)
      await shot(desk, 'h05-desk-review-with-photo', at)
      await phone.context().close()

      // A second phone on the same code: refused, and the desk makes a new one.
      await desk.getByTestId('case-bar').getByRole('button', { name: s.app.case.continueOnPhone }).click()
      const next = (await desk.getByTestId('handoff-link').textContent())!
      const first = await page(browser)
      await first.goto(next)
      await expect(desk.getByTestId('handoff-status')).toHaveText(s.handoff.desk.status.opened)
      const second = await page(browser)
      await second.goto(next)
      await expect(desk.getByTestId('handoff-refused')).toBeVisible()
      await shot(desk, 'h06-desk-second-phone-refused', at)
      await shot(second, 'h07-second-phone-refused', at)
      await desk.getByRole('button', { name: s.handoff.desk.newCode }).click()
      await expect(desk.getByTestId('handoff-status')).toHaveText(s.handoff.desk.status.waiting)
      await shot(desk, 'h08-desk-new-code', at)
      await expect(first.getByTestId('phone-closed')).toBeVisible()
      await shot(first, 'h09-phone-desk-stopped', at)
      for (const p of [first, second]) await p.context().close()
      await desk.getByRole('button', { name: s.handoff.desk.cancel }).click()
      await desk.context().close()

      const expired = await page(browser)
      await expired.goto('/#h=AAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA')
      await expired.waitForTimeout(2500)
      await shot(expired, 'h10-phone-code-expired', at)
      await expired.context().close()
    })

    test(`desk continue on a phone while reading, after an error, on review, ${at}`, async ({ browser }) => {
      test.setTimeout(120_000)
      const desk = await page(browser, true)
      // The desk is the operator's journey at every size (a phone-sized page would get the customer's).
      await desk.goto('/?journey=operator')
      const upload = async () => {
        await desk.getByRole('button', { name: s.capture.uploadInstead }).click()
        await desk.getByLabel(s.capture.chooseFile).setInputFiles(fixtures.specimenCard)
      }
      const onPhone = async (name: string) => {
        await shot(desk, `${name}`, at)
        await desk.getByTestId('case-bar').getByRole('button', { name: s.app.case.continueOnPhone }).click()
        await expect(desk.getByRole('heading', { name: s.handoff.desk.heading })).toBeFocused()
        await shot(desk, `${name}-code`, at)
        await desk.getByRole('button', { name: s.handoff.desk.cancel }).click()
      }
      await desk.route(RECOGNIZE, () => undefined)
      await upload()
      await expect(desk.getByTestId('recognizing-status')).toHaveText(s.recognize.reading)
      await onPhone('h11-desk-reading')
      await desk.unroute(RECOGNIZE)
      // A reading that took too long (a phone can help); a service not set up offers no phone at all.
      await desk.route(RECOGNIZE, (route) =>
        route.fulfill({
          status: 504,
          json: { error: { code: 'UPSTREAM_TIMEOUT', message: 'too slow', requestId: 'r-1' } },
        }),
      )
      await upload()
      await expect(desk.getByTestId('recognize-error')).toBeVisible()
      await onPhone('h12-desk-error')
      await desk.unroute(RECOGNIZE)
      await upload()
      await expect(desk.getByRole('heading', { name: s.review.heading })).toBeVisible({ timeout: 60_000 })
      await onPhone('h13-desk-review')
      await desk.context().close()
    })
  }
}
