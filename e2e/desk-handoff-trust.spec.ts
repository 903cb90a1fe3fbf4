// A desk hand-off an operator can trust and never gets stuck in (issue 23): the card photo comes back with the
// phone's result, over a link short enough for a sparse QR code; a desk told a second phone opened the code
// can make a new one; and "continue on a phone" is there while reading, on review and after an error.
import type { Page } from '@playwright/test'
import { expect, test } from '#testing/e2e/test.ts'
import {
  continueFromCaseBar,
  openDesk,
  openPhone,
  startHandoff,
  strings,
  uploadOnDesk,
  uploadOnPhone,
} from '#testing/e2e/desk-handoff-pages.ts'
import { expectFocusOnHeading } from '#testing/e2e/step-focus.ts'
import { axeViolations } from '#testing/e2e/axe.ts'

const LANGUAGES = ['en', 'zh-HK'] as const

test('the desk’s review shows the card photo the phone read, and the link is at most 100 characters', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000)
  const s = strings.en
  const desk = await openDesk(browser, '/')
  const link = await startHandoff(desk)
  // The channel and a 128-bit key, base64url, and nothing else: no token in the QR code any more.
  expect(link).toMatch(new RegExp(`^${baseURL}/#h=[\\w-]{22}\\.[\\w-]{22}$`))
  expect(link.length).toBeLessThanOrEqual(100)

  const phone = await openPhone(browser)
  await phone.goto(link)
  await expect(phone.getByRole('dialog').getByRole('heading', { name: s.capture.heading })).toBeVisible()
  await uploadOnPhone(phone)
  await expect(desk.getByRole('heading', { name: s.review.heading })).toBeFocused({ timeout: 60_000 })
  const photo = desk.getByRole('img', { name: s.photo.viewer.alt })
  await expect(photo).toBeVisible()
  // The picture decoded: the photo's own pixels, not an empty frame.
  expect(await photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(300)
  await expect(phone.getByTestId('phone-done')).toBeVisible()
  await desk.screenshot({ path: '/tmp/shots-desk/review-with-phone-photo-en-1440.png' })
  await desk.context().close()
  await phone.context().close()
})

for (const language of LANGUAGES) {
  test(`a desk told a second phone opened the code makes a new one, which a phone then opens (${language})`, async ({
    browser,
  }) => {
    test.setTimeout(120_000)
    const s = strings[language]
    const desk = await openDesk(browser, '/', language)
    const link = await startHandoff(desk, language)
    const first = await openPhone(browser, language)
    await first.goto(link)
    await expect(desk.getByTestId('handoff-status')).toHaveText(s.handoff.desk.status.opened)
    const second = await openPhone(browser, language)
    await second.goto(link)
    await expect(desk.getByTestId('handoff-refused')).toHaveText(s.handoff.desk.refused)
    await desk.screenshot({ path: `/tmp/shots-desk/refused-${language}-1440.png` })
    expect(await axeViolations(desk)).toEqual([])

    await desk.getByRole('button', { name: s.handoff.desk.newCode }).click()
    await expect(desk.getByTestId('handoff-status')).toHaveText(s.handoff.desk.status.waiting)
    await expect(desk.getByTestId('handoff-refused')).toHaveCount(0)
    // The new code's heading takes the focus again, and the screen is clean (issue 23).
    await expectFocusOnHeading(desk, s.handoff.desk.heading)
    expect.soft(await axeViolations(desk), 'axe violations on the new code').toEqual([])
    const fresh = await desk.getByTestId('handoff-link').textContent()
    expect(fresh).toMatch(/#h=/)
    expect(fresh).not.toBe(link)
    // The old code is over: the first phone is told the desk stopped waiting on it.
    await expect(first.getByTestId('phone-closed')).toBeVisible()
    const third = await openPhone(browser, language)
    await third.goto(fresh!)
    await expect(third.getByRole('dialog').getByRole('heading', { name: s.capture.heading })).toBeVisible()
    await expect(desk.getByTestId('handoff-status')).toHaveText(s.handoff.desk.status.opened)
    for (const page of [desk, first, second, third]) await page.context().close()
  })
}

/** The desk moves to a phone from where it is: the hand-off's heading takes the focus. */
async function continueOnPhone(desk: Page, language: (typeof LANGUAGES)[number]) {
  const s = strings[language]
  await continueFromCaseBar(desk, language)
  await expect(desk.getByTestId('handoff-link')).toHaveText(/#h=/)
  await desk.getByRole('button', { name: s.handoff.desk.cancel }).click()
}

for (const language of LANGUAGES) {
  test(`"continue on a phone" is offered while reading, after an error and on review (${language})`, async ({
    browser,
  }) => {
    test.setTimeout(120_000)
    const s = strings[language]
    const desk = await openDesk(browser, '/', language)
    const upload = () => uploadOnDesk(desk, language)

    // Reading, and the reader never answers: the desk can still move to a phone, and what it was reading
    // does not land on review over the hand-off.
    await desk.route('**/api/hkid/recognize?*', () => undefined)
    await upload()
    await expect(desk.getByTestId('recognizing-status')).toHaveText(s.recognize.reading)
    await desk.screenshot({ path: `/tmp/shots-desk/reading-continue-${language}-1440.png` })
    await continueOnPhone(desk, language)

    // An error: the same way on.
    await desk.unroute('**/api/hkid/recognize?*')
    // A reading that took too long (a service not set up offers no phone: the phone would use it too).
    await desk.route('**/api/hkid/recognize?*', (route) =>
      route.fulfill({
        status: 504,
        json: { error: { code: 'UPSTREAM_TIMEOUT', message: 'too slow', requestId: 'r-1' } },
      }),
    )
    await upload()
    await expect(desk.getByTestId('recognize-error')).toBeVisible()
    await desk.screenshot({ path: `/tmp/shots-desk/error-continue-${language}-1440.png` })
    await continueOnPhone(desk, language)

    // On review: a desk photo the operator does not trust can be taken again on a phone.
    await desk.unroute('**/api/hkid/recognize?*')
    await upload()
    await expect(desk.getByRole('heading', { name: s.review.heading })).toBeVisible({ timeout: 60_000 })
    await desk.screenshot({ path: `/tmp/shots-desk/review-continue-${language}-1440.png` })
    await continueOnPhone(desk, language)
    await desk.context().close()
  })
}
