// WCAG 2.2 AA by axe-core on every step, in English and in Hong Kong Chinese, on a phone and a desk.
// Runs in the `upload` project: its camera sees an empty desk, so the live capture screen (guidance
// and all) stays put for axe, and the rest of the flow is driven by upload. One walk per language checks
// each step at both sizes (the window resized in place), so each journey is walked once, not once a size.
import { type Page } from '@playwright/test'
import { expect, test } from '#testing/e2e/test.ts'
import { en } from '#src/i18n/en.ts'
import { zhHK } from '#src/i18n/zh-HK.ts'
import { axeViolations, smallTouchTargets } from '#testing/e2e/axe.ts'
import { setNextOutcome, type NextOutcome } from '#testing/e2e/emulator-control.ts'
import { fixtures } from '#testing/fixtures/fixture-files.ts'

const LANGUAGES = [
  ['en', en],
  ['zh-HK', zhHK],
] as const
const SIZES = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'desktop', width: 1440, height: 900 },
] as const

type Strings = typeof en | typeof zhHK

type Size = (typeof SIZES)[number]

/** Soft, so one run reports every step's violations, not just the first step's. On a phone, also
 * finger-sized targets and no sideways scrolling. */
async function expectNoViolations(page: Page, step: string) {
  expect.soft(await axeViolations(page), `axe violations on ${step}`).toEqual([])
  if ((page.viewportSize()?.width ?? 0) >= 640) return
  expect.soft(await smallTouchTargets(page), `touch targets under 44 px on ${step}`).toEqual([])
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)
  expect.soft(overflow, `page wider than the phone on ${step}`).toBeLessThanOrEqual(0)
}

/** The step checked at every size (the walk's own size last, so the walk goes on at it); a frame is drawn
 * after each resize, so the layout axe reads is the new size's. */
async function expectNoViolationsAtEverySize(page: Page, step: string, walkAt: Size = SIZES[0]) {
  for (const size of [...SIZES.filter((other) => other !== walkAt), walkAt]) {
    await page.setViewportSize({ width: size.width, height: size.height })
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))))
    await expectNoViolations(page, `${step}, ${size.name} ${size.width}×${size.height}`)
  }
}

async function uploadCard(
  page: Page,
  s: Strings,
  outcome: NextOutcome,
  file: string = fixtures.specimenCard,
) {
  await setNextOutcome(outcome)
  await page.getByLabel(s.capture.chooseFile).setInputFiles(file)
}

for (const [language, s] of LANGUAGES) {
  // English walks at the phone's size, Chinese at the desk's: every click is made at both sizes in the run.
  const walkAt = language === 'en' ? SIZES[0] : SIZES[1]
  const check = (page: Page, step: string) => expectNoViolationsAtEverySize(page, step, walkAt)
  test.describe(`${language}, ${SIZES.map((size) => `${size.name} ${size.width}×${size.height}`).join(' and ')}`, () => {
    // Each test checks its steps at two sizes: twice the time a walk at one size was given.
    test.describe.configure({ timeout: 120_000 })
    // Detection follows navigator.languages, which the context's locale sets.
    test.use({ locale: language, viewport: { width: walkAt.width, height: walkAt.height } })

    test('capture, recognizing, review with findings, override reasons, record, ready', async ({ page }) => {
      await page.goto('/')
      await expect(page.locator('html')).toHaveAttribute('lang', language)
      await expect(page.getByRole('heading', { name: s.capture.heading })).toBeVisible()
      await expect(page.getByTestId('guidance')).toHaveText(s.capture.guidance.noCard)
      await check(page, 'capture (camera)')

      await page.getByRole('button', { name: s.capture.uploadInstead }).click()
      await expect(page.getByRole('heading', { name: s.capture.uploadHeading })).toBeVisible()
      await check(page, 'capture (upload panel)')

      // The reading is held until both sizes are checked, so the recognizing panel stays on screen for axe.
      let release!: () => void
      const checked = new Promise<void>((resolve) => (release = resolve))
      await page.route('**/api/hkid/recognize*', async (route) => {
        await checked
        await route.continue()
      })
      await uploadCard(page, s, {
        card: { IdNum: 'A123456(4)', TelexCode: '7115 1129 2430' },
        warnings: [-9102, -9108],
      })
      await expect(page.getByTestId('recognizing-status')).toHaveText(s.recognize.reading)
      await check(page, 'recognizing')
      await expect(page.getByTestId('recognizing-status')).toHaveText(s.recognize.reading)
      release()

      await expect(page.getByRole('heading', { name: s.review.heading })).toBeVisible()
      await expect(page.getByTestId('warning--9102')).toContainText(s.review.warnings['-9102'])
      await expect(page.getByTestId('finding-ID_CHECK_DIGIT')).toBeVisible()
      await expect(page.getByTestId('finding-TELECODE_MISMATCH')).toBeVisible()
      await expect(page.getByTestId('override-reasons')).toBeVisible()
      await check(page, 'review (badges, findings, override reasons)')

      // A correction brings the "edited" badge and its undo button.
      await page.getByLabel(s.review.fields.enName).fill('CHAN, Tai-man')
      await expect(page.getByTestId('edited-enName')).toHaveText(s.review.edited)
      await check(page, 'review (a field corrected)')

      // The check digit error and the photocopy warning each need a reason.
      const reasons = page.getByTestId('override-reasons').getByRole('textbox')
      await expect(reasons).toHaveCount(2)
      for (const reason of await reasons.all()) await reason.fill('Checked against the card')
      await expect(page.getByTestId('confirm-blocked')).toHaveCount(0)
      // The back office is out of reach: the done screen says so, and "next customer" must ask.
      await page.route('**/api/records', (route) => route.abort())
      await page.getByRole('button', { name: s.review.confirm }).click()
      await expect(page.getByRole('heading', { name: s.done.heading })).toBeVisible()
      await expect(page.getByTestId('record-overrides')).toBeVisible()
      await expect(page.getByTestId('record-warnings')).toContainText(s.review.warnings['-9108'])
      await expect(page.getByTestId('webhook-state').getByRole('button')).toBeVisible()
      await check(page, 'done (record, not sent to the back office)')

      // Not downloaded: "next customer" asks first.
      await page.getByRole('button', { name: s.app.nextCustomer }).click()
      const ask = page.getByRole('alertdialog', { name: s.done.leave.title })
      await expect(ask).toBeVisible()
      await check(page, 'done (asking before the next customer)')
      await ask.getByRole('button', { name: s.done.leave.confirm }).click()
      await expect(page.getByRole('heading', { name: s.app.ready.heading })).toBeVisible()
      await check(page, 'ready (next customer)')
    })

    test('error panels: not an HKID, busy, service unavailable', async ({ page }) => {
      const errors = [
        ['NOT_HKID', { error: { code: 'FailedOperation.NoHKIDCard' } }],
        ['BUSY', { error: { code: 'RequestLimitExceeded' }, times: 3 }],
        ['SERVICE_UNAVAILABLE', { error: { code: 'AuthFailure.SecretIdNotFound' } }],
      ] as const
      await page.goto('/')
      for (const [code, outcome] of errors) {
        await page.getByRole('button', { name: s.capture.uploadInstead }).click()
        await uploadCard(page, s, outcome)
        const panel = page.getByTestId('recognize-error')
        await expect(panel).toHaveAttribute('data-code', code)
        await expect(panel).toContainText(s.recognize.errors[code].title)
        await check(page, `error ${code}`)
        // A service not set up offers nothing to press: it is the last.
        if (code !== 'SERVICE_UNAVAILABLE')
          await page.getByRole('button', { name: s.recognize.retake }).click()
      }
    })

    test('camera problems: blocked, and no camera (with the desk’s hand-off to a phone)', async ({
      page,
    }) => {
      for (const [problem, name] of [
        ['denied', 'NotAllowedError'],
        ['none', 'NotFoundError'],
      ] as const) {
        await page.addInitScript((errorName) => {
          navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('stub', errorName))
        }, name)
        await page.goto('/')
        const notice = page.getByTestId(`camera-problem-${problem}`)
        await expect(notice).toContainText(s.camera[problem].title)
        if (problem === 'none') {
          await expect(notice.getByRole('button', { name: s.app.case.continueOnPhone })).toBeVisible()
        }
        await check(page, `camera problem ${problem}`)
      }
    })

    test('customer full-screen camera, whose language switch works inside the dialog', async ({ page }) => {
      // A phone's journey: checked at the phone's size only.
      const phone = SIZES[0]
      await page.setViewportSize({ width: phone.width, height: phone.height })
      await page.goto('/?journey=customer')
      const dialog = page.getByRole('dialog')
      await expect(dialog.getByTestId('guidance')).toHaveText(s.capture.guidance.noCard)
      await expectNoViolations(page, 'capture (customer camera)')

      const other = language === 'en' ? zhHK : en
      await dialog.getByTestId('language-switch').click()
      await expect(dialog.getByRole('heading', { name: other.capture.heading })).toBeVisible()
      await expect(dialog.getByTestId('guidance')).toHaveText(other.capture.guidance.noCard)
      await expectNoViolations(page, 'capture (customer camera, switched language)')
    })
  })
}
