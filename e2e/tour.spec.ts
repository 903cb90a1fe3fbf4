// The screenshot tour of the operator's journey (TOUR=1 only, not in CI): the camera, upload, the photo check,
// reading, review with the reader's warnings, review with warnings it did not check, the number hidden, the
// done screen, the next customer and starting again, and the errors a desk can meet (unreadable photo, too
// slow, service down), at every tour size in both languages (TOUR_DIR). The desk keeps its mouse at every size.
import type { Page } from '@playwright/test'
import { expect, test } from '#testing/e2e/test.ts'
import { setNextOutcome } from '#testing/e2e/emulator-control.ts'
import { strings, usePhoto } from '#testing/e2e/desk-handoff-pages.ts'
import { shot, tourContext, TOUR_LANGUAGES, TOUR_SIZES } from '#testing/e2e/tour-shots.ts'
import { fixtures } from '#testing/fixtures/fixture-files.ts'

test.skip(!process.env.TOUR, 'the screenshot tour runs only when asked for (TOUR=1)')

const RECOGNIZE = '**/api/hkid/recognize?*'

for (const language of TOUR_LANGUAGES) {
  const s = strings[language]
  for (const size of TOUR_SIZES) {
    const at = `${language}-${size[0]}x${size[1]}`

    test(`operator journey, ${at}`, async ({ browser }) => {
      test.setTimeout(150_000)
      const page = await (await tourContext(browser, language, size, { desk: true })).newPage()
      const upload = async (into: Page = page) => {
        await into.getByRole('button', { name: s.capture.uploadInstead }).click()
        await into.getByLabel(s.capture.chooseFile).setInputFiles(fixtures.specimenCard)
      }
      const review = () =>
        expect(page.getByRole('heading', { name: s.review.heading })).toBeVisible({ timeout: 60_000 })
      await page.goto('/?journey=operator')
      await page.waitForTimeout(1500)
      await shot(page, 'o01-camera', at)
      // Each photo is shown before it is sent from here on, so the photo check is seen too.
      await page.getByRole('switch', { name: new RegExp(s.photo.setting.label) }).click()
      await page.getByRole('button', { name: s.capture.uploadInstead }).click()
      await shot(page, 'o02-upload', at)
      await page.getByLabel(s.capture.chooseFile).setInputFiles(fixtures.specimenCard)
      await expect(page.getByTestId('photo-check')).toBeVisible()
      await shot(page, 'o03-photo-check', at)

      // The reading is held in the browser until it has been seen.
      let release = () => {}
      const held = new Promise<void>((resolve) => (release = resolve))
      await page.route(RECOGNIZE, async (route) => {
        await held
        await route.continue()
      })
      await setNextOutcome({ warnings: [-9102, -9103] })
      await usePhoto(page, language)
      await expect(page.getByTestId('recognizing-status')).toHaveText(s.recognize.reading)
      await shot(page, 'o04-reading', at)
      release()
      await review()
      await page.unroute(RECOGNIZE)
      await page.waitForTimeout(800)
      await shot(page, 'o05-review-warnings', at)
      await page.getByRole('button', { name: s.review.mask }).first().click()
      await shot(page, 'o06-review-number-hidden', at)
      await page.getByRole('button', { name: s.review.unmask }).first().click()
      // Red warnings need the operator's reason before the record can be confirmed.
      for (const reason of await page.getByTestId('override-reasons').getByRole('textbox').all())
        await reason.fill('Seen the card itself at the desk')
      await page.getByRole('button', { name: new RegExp(s.review.confirm) }).click()
      await expect(page.getByRole('heading', { name: s.done.heading })).toBeVisible()
      await page.waitForTimeout(500)
      await shot(page, 'o07-done', at)
      await page.getByRole('button', { name: new RegExp(`^${s.app.nextCustomer}`) }).click()
      await expect(page.getByRole('heading', { name: s.app.ready.heading })).toBeFocused()
      await shot(page, 'o08-next-customer', at)
      await page.getByRole('button', { name: s.app.ready.start }).click()
      await page.waitForTimeout(1200)
      await shot(page, 'o09-camera-again', at)

      // A reader that checked blur, glare and photocopy only: the rest is listed as not checked.
      await setNextOutcome({
        card: { LocalReading: { UncertainFields: [], WarningsChecked: [-9108, -9107, -9102] } },
      })
      await upload()
      await usePhoto(page, language)
      await review()
      await page.waitForTimeout(800)
      await shot(page, 'o10-review-not-checked', at)
      await page.getByRole('button', { name: s.review.retake }).first().click()

      const errors = [
        ['o11-error-unreadable', { error: { code: 'FailedOperation.ImageDecodeFailed' } }],
        ['o12-error-rate-limited', { error: { code: 'RequestLimitExceeded' }, times: 3 }],
      ] as const
      for (const [name, outcome] of errors) {
        await setNextOutcome(outcome)
        await upload()
        await usePhoto(page, language)
        await expect(page.getByTestId('recognize-error')).toBeVisible({ timeout: 30_000 })
        await shot(page, name, at)
        await page.getByTestId('recognize-error').getByRole('button', { name: s.recognize.retake }).click()
      }
      for (const [name, status, code] of [
        ['o13-error-too-slow', 504, 'UPSTREAM_TIMEOUT'],
        ['o14-error-unavailable', 503, 'SERVICE_UNAVAILABLE'],
      ] as const) {
        await page.route(RECOGNIZE, (route) =>
          route.fulfill({ status, json: { error: { code, message: code, requestId: 'r-1' } } }),
        )
        await upload()
        await usePhoto(page, language)
        await expect(page.getByTestId('recognize-error')).toHaveAttribute('data-code', code)
        await shot(page, name, at)
        await page.unroute(RECOGNIZE)
        // A service not set up offers nothing to press (it is the last).
        if (code === 'SERVICE_UNAVAILABLE') break
        await page.getByTestId('recognize-error').getByRole('button', { name: s.recognize.retake }).click()
      }
      await page.context().close()
    })
  }
}
