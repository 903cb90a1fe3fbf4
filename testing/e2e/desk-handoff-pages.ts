// The two ends of a hand-off in one browser: a desk (a wide screen, the operator's journey) and a phone
// (a small touch screen in its own context, like another device), for the hand-off specs.
import type { Browser, Page } from '@playwright/test'
import { expect } from '@playwright/test'
import { en } from '#src/i18n/en.ts'
import { zhHK } from '#src/i18n/zh-HK.ts'
import { fixtures } from '#testing/fixtures/fixture-files.ts'
import { expectFocusOnHeading } from './step-focus.ts'

export type Language = 'en' | 'zh-HK'
export const strings = { en, 'zh-HK': zhHK } as const

export async function openDesk(browser: Browser, url: string, language: Language = 'en'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: language })
  const page = await context.newPage()
  await page.goto(url)
  return page
}

export async function openPhone(browser: Browser, language: Language = 'en'): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
    locale: language,
  })
  return context.newPage()
}

/** The desk's "continue on a phone": returns the phone link the desk shows under its QR code. */
export async function startHandoff(desk: Page, language: Language = 'en'): Promise<string> {
  const s = strings[language]
  await desk.getByRole('button', { name: s.app.case.continueOnPhone }).click()
  await expect(desk.getByRole('heading', { name: s.handoff.desk.heading })).toBeFocused()
  await expect(desk.getByRole('img', { name: s.handoff.desk.qrAlt })).toBeVisible()
  const link = await desk.getByTestId('handoff-link').textContent()
  if (!link) throw new Error('the desk shows no phone link')
  return link
}

/** The case bar's "continue on a phone", from whatever step the desk is on: the hand-off's heading takes the focus. */
export async function continueFromCaseBar(desk: Page, language: Language = 'en') {
  const s = strings[language]
  await desk.getByTestId('case-bar').getByRole('button', { name: s.app.case.continueOnPhone }).click()
  await expectFocusOnHeading(desk, s.handoff.desk.heading)
}

/** On the desk: leave the camera for upload, and give it the card. */
export async function uploadOnDesk(
  desk: Page,
  language: Language = 'en',
  file: string = fixtures.specimenCard,
) {
  const s = strings[language]
  await desk.getByRole('button', { name: s.capture.uploadInstead }).click()
  await desk.getByLabel(s.capture.chooseFile).setInputFiles(file)
}

/** On the phone: leave the full-screen camera for upload, and give it the card. */
export async function uploadOnPhone(
  phone: Page,
  language: Language = 'en',
  file: string = fixtures.specimenCard,
) {
  const s = strings[language]
  await phone.getByRole('dialog').getByRole('button', { name: s.capture.uploadInstead }).click()
  await phone.getByLabel(s.capture.chooseFile).setInputFiles(file)
  await usePhoto(phone, language)
}

/** A customer sees each photo before it is sent: use it (anyway, when the check flagged something). */
export async function usePhoto(page: Page, language: Language = 'en') {
  const s = strings[language]
  const names = [s.photo.check.useThis, s.photo.problems.useAnyway]
  await page
    .getByTestId('photo-check')
    .getByRole('button', { name: new RegExp(`^(${names.join('|')})$`) })
    .click()
}
