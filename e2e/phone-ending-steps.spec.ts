// A phone whose hand-off ended before it began — the code expired, or another phone already holds it — is at no
// step: "1 Capture" told someone who can do nothing here to start taking a photo. Both languages.
import { expect, test } from '#testing/e2e/test.ts'
import { openDesk, openPhone, startHandoff, strings } from '#testing/e2e/desk-handoff-pages.ts'
import { useLanguage } from '#testing/e2e/language.ts'

for (const language of ['en', 'zh-HK'] as const) {
  const s = strings[language]

  test(`an expired code on the phone shows no steps, in ${language}`, async ({ browser }) => {
    const phone = await openPhone(browser, language)
    await useLanguage(phone, language)
    // A well-formed link whose channel the server never made: the server says it has expired.
    await phone.goto('/#h=AAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA')
    await expect(phone.getByTestId('phone-expired')).toBeVisible()
    await expect(phone.getByRole('heading', { name: s.handoff.phone.expired.title })).toBeFocused()
    await expect(phone.getByRole('navigation', { name: s.app.progress })).toHaveCount(0)
    await phone.context().close()
  })

  test(`a second phone on a code shows no steps, in ${language}`, async ({ browser }) => {
    const desk = await openDesk(browser, '/?journey=operator', language)
    const link = await startHandoff(desk, language)
    const first = await openPhone(browser, language)
    await useLanguage(first, language)
    await first.goto(link)
    await expect(desk.getByTestId('handoff-status')).toHaveText(s.handoff.desk.status.opened)
    // The phone that holds the code is at its first step.
    await expect(first.getByRole('navigation', { name: s.app.progress })).toBeVisible()
    const second = await openPhone(browser, language)
    await useLanguage(second, language)
    await second.goto(link)
    await expect(second.getByTestId('phone-in-use')).toBeVisible()
    await expect(second.getByRole('heading', { name: s.handoff.phone.inUse.title })).toBeFocused()
    await expect(second.getByRole('navigation', { name: s.app.progress })).toHaveCount(0)
    for (const page of [first, second, desk]) await page.context().close()
  })
}
