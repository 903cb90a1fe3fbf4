// Every error offers only the way forward that works, and nothing on screen covers or claims what is not so:
// the card photo's "Enlarge" sits under the photo, never over a corner of the card; a desk whose card reading
// is not set up is told whom to tell, with no "Try again" or phone that cannot work; a customer's spent link is
// at no step of a journey; a customer whose photo was fine (busy, offline) is offered "Try again", not a
// retake. Both languages. A server of its own for the customer's capture links.
import type { Browser, Page } from '@playwright/test'
import { expect, test } from '#testing/e2e/test.ts'
import { axeViolations } from '#testing/e2e/axe.ts'
import { setNextOutcome } from '#testing/e2e/emulator-control.ts'
import {
  openDesk,
  openPhone,
  strings,
  uploadOnDesk,
  uploadOnPhone,
  type Language,
} from '#testing/e2e/desk-handoff-pages.ts'
import { customerLinkServer } from '#testing/e2e/customer-link-server.ts'
import { expectFocusOnHeading } from '#testing/e2e/step-focus.ts'

const READING_DEADLINE_MS = 20_000
const { app, link } = customerLinkServer('ways-forward', READING_DEADLINE_MS)

async function customerAt(browser: Browser, language: Language, calls: number): Promise<Page> {
  const phone = await openPhone(browser, language)
  await phone.goto(await link(calls))
  return phone
}

for (const language of ['en', 'zh-HK'] as const) {
  const s = strings[language]
  const notANewPhoto = new RegExp(`^(${s.recognize.retake})$`)

  test(`the card photo's "Enlarge" is a strip under the photo, not over the card, and opens by keyboard, in ${language}`, async ({
    browser,
  }) => {
    const desk = await openDesk(browser, '/?journey=operator', language)
    await uploadOnDesk(desk, language)
    await expect(desk.getByRole('heading', { name: s.review.heading })).toBeVisible({ timeout: 60_000 })
    const button = desk.getByRole('button', { name: s.photo.viewer.enlarge }).first()
    const photo = button.getByTestId('card-photo')
    const label = button.getByText(s.photo.viewer.enlargeShort, { exact: true })
    await expect(label).toBeVisible()
    const [photoBox, labelBox] = [await photo.boundingBox(), await label.boundingBox()]
    // Under the photo's box, and within the button's width.
    expect(labelBox!.y).toBeGreaterThanOrEqual(photoBox!.y + photoBox!.height - 0.5)
    await button.focus()
    await desk.keyboard.press('Enter')
    await expect(desk.getByTestId('card-photo-large')).toBeVisible()
    await desk.keyboard.press('Escape')
    await expect(desk.getByTestId('card-photo-large')).toBeHidden()
    expect(await axeViolations(desk)).toEqual([])
    await desk.context().close()
  })

  test(`a desk whose card reading is not set up is told whom to tell, with nothing that cannot work, in ${language}`, async ({
    browser,
  }) => {
    const desk = await openDesk(browser, '/?journey=operator', language)
    await setNextOutcome({ error: { code: 'AuthFailure.SecretIdNotFound' } })
    await uploadOnDesk(desk, language)
    const alert = desk.getByTestId('recognize-error')
    await expect(alert).toHaveAttribute('data-code', 'SERVICE_UNAVAILABLE')
    await expectFocusOnHeading(desk, s.recognize.errors.SERVICE_UNAVAILABLE.title)
    await expect(alert).toContainText(s.recognize.errors.SERVICE_UNAVAILABLE.body)
    await expect(alert).toContainText(s.recognize.requestId.replace('{{id}}', '').trim())
    // No retry, no retake, and no phone: each would go to the same service.
    await expect(
      alert.getByRole('button', { name: new RegExp(`^(${s.recognize.tryAgain}|${s.recognize.retake})$`) }),
    ).toHaveCount(0)
    await expect(desk.getByRole('button', { name: s.app.case.continueOnPhone })).toHaveCount(0)
    expect(await axeViolations(desk)).toEqual([])
    await desk.context().close()
  })

  test(`a customer's spent link is at no step of a journey, in ${language}`, async ({ browser }) => {
    const phone = await customerAt(browser, language, 1)
    await uploadOnPhone(phone, language)
    await expect(phone.getByRole('heading', { name: s.customer.review.heading })).toBeVisible({
      timeout: READING_DEADLINE_MS + 10_000,
    })
    await expect(phone.getByRole('navigation', { name: s.app.progress })).toBeVisible()
    await phone.getByRole('button', { name: s.customer.review.retake }).click()
    await uploadOnPhone(phone, language)
    await expect(phone.getByTestId('recognize-error')).toHaveAttribute('data-code', 'UNAUTHORIZED')
    await expectFocusOnHeading(phone, s.customer.errors.UNAUTHORIZED.title)
    await expect(phone.getByRole('navigation', { name: s.app.progress })).toHaveCount(0)
    expect(await axeViolations(phone)).toEqual([])
    await phone.context().close()
  })

  test(`a customer told the service is busy or they are offline is offered "Try again", not a retake, and it works, in ${language}`, async ({
    browser,
  }) => {
    const phone = await customerAt(browser, language, 5)
    // Busy: the server's own two retries spent, then the emulator answers the card.
    await app().emulator('next', { error: { code: 'RequestLimitExceeded' }, times: 3 })
    await uploadOnPhone(phone, language)
    const alert = phone.getByTestId('recognize-error')
    await expect(alert).toHaveAttribute('data-code', 'BUSY', { timeout: READING_DEADLINE_MS + 10_000 })
    await expect(alert).toContainText(s.customer.errors.BUSY.body)
    await expect(alert.getByRole('button', { name: notANewPhoto })).toHaveCount(0)
    await alert.getByRole('button', { name: s.recognize.tryAgain }).click()
    await expect(phone.getByRole('heading', { name: s.customer.review.heading })).toBeVisible({
      timeout: READING_DEADLINE_MS + 10_000,
    })

    // Offline: the photo is kept and goes again; a new photo would not help.
    await phone.getByRole('button', { name: s.customer.review.retake }).click()
    await phone.context().setOffline(true)
    await uploadOnPhone(phone, language)
    await expect(alert).toHaveAttribute('data-code', 'NETWORK')
    await expect(alert.getByRole('button', { name: notANewPhoto })).toHaveCount(0)
    await expect(alert.getByRole('button', { name: s.recognize.tryAgain })).toBeVisible()
    expect(await axeViolations(phone)).toEqual([])
    await phone.context().close()
  })
}
