// Issue 23: focus lands on each new step's heading and axe finds nothing on the screens the issue added —
// one walk per journey reaching several of them, rather than a journey per screen. The customer's: the
// consent gate, the camera once agreed, the waiting note, review with its notes and card checks, the
// missing-field block. The desk's: "continue on a phone" while reading and on review (a second phone refused
// and "make a new code" are in desk-handoff-trust.spec.ts), the done screen with the confirmed card, and "next
// customer"; and its hand-off screens (the code, waiting, refused, the new code, review with the phone's photo,
// done) in Chinese too, switched in place.
import { test, expect, type Page } from '@playwright/test'
import { axeViolations } from '#testing/e2e/axe.ts'
import {
  continueFromCaseBar,
  openDesk,
  openPhone,
  startHandoff,
  strings,
  uploadOnDesk,
  uploadOnPhone,
  usePhoto,
} from '#testing/e2e/desk-handoff-pages.ts'
import { resetEmulator, setNextOutcome } from '#testing/e2e/emulator-control.ts'
import { expectFocusOnHeading } from '#testing/e2e/step-focus.ts'
import { fixtures } from '#testing/fixtures/fixture-files.ts'

test.beforeEach(async () => resetEmulator())

async function expectAxeClean(page: Page, screen: string) {
  expect.soft(await axeViolations(page), `axe violations on ${screen}`).toEqual([])
}

for (const language of ['en', 'zh-HK'] as const) {
  const s = strings[language]

  test(`the customer's new screens, in ${language}: focus on each heading, axe clean`, async ({
    browser,
  }) => {
    test.setTimeout(90_000)
    const page = await openPhone(browser, language)
    await page.goto('/?journey=customer')
    await expectFocusOnHeading(page, s.consent.heading)
    await expectAxeClean(page, 'the consent gate')
    const step = page.getByTestId('consent-step')
    await step.getByRole('checkbox').check()
    await step.getByRole('button', { name: s.consent.continue }).click()
    await expectFocusOnHeading(page, s.capture.heading)
    await expectAxeClean(page, 'the camera, once agreed')

    // The reading is held in the browser until the waiting note has been checked.
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    await page.route('**/api/hkid/recognize?*', async (route) => {
      await held
      await route.continue()
    })
    // No number, name, birth date or sex, and no card warnings given (-9109): notes at four fields, card checks.
    await setNextOutcome({
      card: { IdNum: '', EnName: '', CnName: '', Birthday: '', Sex: '' },
      warnings: [-9109],
    })
    await page.getByRole('dialog').getByRole('button', { name: s.capture.uploadInstead }).click()
    await page.getByLabel(s.capture.chooseFile).setInputFiles(fixtures.specimenCard)
    await usePhoto(page, language)
    await expect(page.getByTestId('recognizing-slow')).toHaveText(s.photo.waiting.early)
    await expectAxeClean(page, 'the waiting note')
    release()

    await expectFocusOnHeading(page, s.customer.review.heading, 60_000)
    await expect(page.getByTestId('customer-not-checked')).toBeVisible()
    await expectAxeClean(page, 'review with notes and card checks')
    await page.getByRole('button', { name: s.customer.review.send }).click()
    await expect(page.getByRole('heading', { name: s.customer.needs.heading })).toBeFocused()
    await expectAxeClean(page, 'the missing-field block')
    await page.context().close()
  })
}

test('the desk’s new screens: focus on each heading, axe clean', async ({ browser }) => {
  test.setTimeout(180_000)
  const s = strings.en
  const desk = await openDesk(browser, '/')
  const onPhone = () => continueFromCaseBar(desk)
  const upload = () => uploadOnDesk(desk)

  // Continue on a phone while reading: the code's heading, clean; back to the camera. (A second phone refused
  // and the new code, focus and axe, are checked in desk-handoff-trust.spec.ts, which walks them anyway.)
  await desk.route('**/api/hkid/recognize?*', () => undefined)
  await upload()
  await expect(desk.getByTestId('recognizing-status')).toHaveText(s.recognize.reading)
  await onPhone()
  await expectAxeClean(desk, 'continue on a phone, from reading')
  await desk.getByRole('button', { name: s.handoff.desk.cancel }).click()
  await expectFocusOnHeading(desk, s.capture.heading)

  // Review, continue on a phone from there and back; confirm; the done screen; next customer.
  await desk.unroute('**/api/hkid/recognize?*')
  await upload()
  await expectFocusOnHeading(desk, s.review.heading, 60_000)
  await onPhone()
  await expectAxeClean(desk, 'continue on a phone, from review')
  await desk.getByRole('button', { name: s.handoff.desk.cancel }).click()
  await upload()
  await expectFocusOnHeading(desk, s.review.heading, 60_000)
  await desk.route('**/api/records', (route) => route.abort())
  await desk.getByRole('button', { name: s.review.confirm }).click()
  await expectFocusOnHeading(desk, s.done.heading)
  await expect(desk.getByTestId('confirmed-card')).toBeVisible()
  await expectAxeClean(desk, 'done, with the confirmed card')
  await desk.getByRole('button', { name: s.app.nextCustomer }).click()
  await desk.getByRole('alertdialog').getByRole('button', { name: s.done.leave.confirm }).click()
  await expectFocusOnHeading(desk, s.app.ready.heading)
  await desk.getByRole('button', { name: s.app.ready.start }).click()
  await expectFocusOnHeading(desk, s.capture.heading)
  await desk.context().close()
})

/** axe on this screen in English, then in Chinese switched in place (the desk keeps its state), then back. */
async function expectAxeCleanInBoth(page: Page, screen: string) {
  for (const language of ['en', 'zh-HK'] as const) {
    if ((await page.locator('html').getAttribute('lang')) !== language) {
      await page.getByTestId('language-switch').first().click()
      await expect(page.locator('html')).toHaveAttribute('lang', language)
    }
    await expectAxeClean(page, `${screen}, in ${language}`)
  }
  await page.getByTestId('language-switch').first().click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
}

test('the desk’s hand-off screens in English and Chinese, switched in place: axe clean', async ({
  browser,
}) => {
  test.setTimeout(180_000)
  const s = strings.en
  const desk = await openDesk(browser, '/?journey=operator')
  // The code, waiting for a phone.
  const link = await startHandoff(desk)
  await expect(desk.getByTestId('handoff-status')).toHaveText(s.handoff.desk.status.waiting)
  await expectAxeCleanInBoth(desk, 'the desk hand-off code, waiting')
  // A phone opened it: waiting for its photo; a second phone refused; a new code.
  const first = await openPhone(browser)
  await first.goto(link)
  await expect(desk.getByTestId('handoff-status')).toHaveText(s.handoff.desk.status.opened)
  await expectAxeCleanInBoth(desk, 'waiting for the phone’s photo')
  const second = await openPhone(browser)
  await second.goto(link)
  await expect(desk.getByTestId('handoff-refused')).toBeVisible()
  await expectAxeCleanInBoth(desk, 'a second phone refused')
  await desk.getByRole('button', { name: s.handoff.desk.newCode }).click()
  await expect(desk.getByTestId('handoff-status')).toHaveText(s.handoff.desk.status.waiting)
  await expectAxeCleanInBoth(desk, 'the new code')
  await first.context().close()
  await second.context().close()

  // A phone on the new code sends its photo: the desk's review with the phone's photo, then done.
  const phone = await openPhone(browser)
  await phone.goto((await desk.getByTestId('handoff-link').textContent())!)
  await uploadOnPhone(phone)
  await expect(desk.getByRole('heading', { name: s.review.heading })).toBeVisible({ timeout: 60_000 })
  await expect(desk.getByTestId('card-photo').first()).toBeVisible()
  await expectAxeCleanInBoth(desk, 'review with the phone’s photo')
  await phone.context().close()
  await desk.route('**/api/records', (route) => route.abort())
  await desk.getByRole('button', { name: s.review.confirm }).click()
  await expectFocusOnHeading(desk, s.done.heading)
  await expectAxeCleanInBoth(desk, 'done, with the confirmed card')
  await desk.context().close()
})
