// The box of details a customer must still give sits right above the review's "Retake photo": it had a second
// button for the same action under another name ("Take the photo again"). One button, one word, in its text too.
import { expect, test } from '#testing/e2e/test.ts'
import { openPhone, strings, uploadOnPhone } from '#testing/e2e/desk-handoff-pages.ts'
import { setNextOutcome } from '#testing/e2e/emulator-control.ts'
import { useLanguage } from '#testing/e2e/language.ts'

// Every name the action has gone by, in each language: each button so named is counted.
const RETAKE = { en: /retake|take the photo again/i, 'zh-HK': /重新拍攝|重拍|再拍/ } as const

for (const language of ['en', 'zh-HK'] as const) {
  const s = strings[language]
  test(`the missing-field box leaves retaking to the one "${s.customer.review.retake}" button, in ${language}`, async ({
    browser,
  }) => {
    const phone = await openPhone(browser, language)
    await useLanguage(phone, language)
    await phone.goto('/?journey=customer')
    await setNextOutcome({ card: { IdNum: '', EnName: '', CnName: '', Birthday: '', Sex: '' } })
    await uploadOnPhone(phone, language)
    await expect(phone.getByRole('heading', { name: s.customer.review.heading })).toBeVisible({
      timeout: 40_000,
    })
    await phone.getByRole('button', { name: s.customer.review.send }).click()
    const needs = phone.getByTestId('customer-needs')
    await expect(needs.getByRole('heading', { name: s.customer.needs.heading })).toBeFocused()
    await expect(needs.getByRole('button')).toHaveCount(0)
    const retake = phone.getByRole('button', { name: RETAKE[language] })
    await expect(retake).toHaveCount(1)
    await expect(retake).toHaveText(s.customer.review.retake)
    // The box's words name the action as the button does.
    const word = language === 'en' ? 'retake the photo' : s.customer.review.retake
    await expect(needs).toContainText(word)
    await retake.click()
    await expect(phone.getByRole('dialog').getByRole('heading', { name: s.capture.heading })).toBeVisible()
    await phone.context().close()
  })
}
