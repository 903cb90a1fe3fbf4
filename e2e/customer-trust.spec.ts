// A customer alone with their phone is told only what is true and is never left stuck: no details go without
// the number, a name, the date of birth and the sex (one note per field, in their words); a reloaded link and a
// spent one say what happened, with no button that cannot work; a phone with no camera is pointed at its photo
// library; a slow reading says so while the server still tries, and the server's slowness is not blamed on the
// customer's connection. A server of its own: capture links, and a reading deadline of its own (20 s, as the shared app has on a loaded machine) that the notes are timed against.
import { type Browser, type Page } from '@playwright/test'
import { expect, test } from '#testing/e2e/test.ts'
import { openPhone, strings, uploadOnPhone, type Language } from '#testing/e2e/desk-handoff-pages.ts'
import { E2E_READER_URL } from '#testing/e2e/ports.ts'
import { customerLinkServer } from '#testing/e2e/customer-link-server.ts'

const READING_DEADLINE_MS = 20_000
// A customer's link starts only where the record has somewhere to go: the run's receiver.
const { app, link: customerLink } = customerLinkServer('customer-trust', READING_DEADLINE_MS)

async function phoneAt(browser: Browser, language: Language, link: string): Promise<Page> {
  const phone = await openPhone(browser, language)
  await phone.goto(link)
  return phone
}

for (const language of ['en', 'zh-HK'] as const) {
  const s = strings[language]

  test(`a blurred photo with no number, name, birth date or sex cannot be sent, in ${language}: one plain note per field`, async ({
    browser,
  }) => {
    await app().emulator('next', {
      card: { IdNum: '', EnName: '', CnName: '', Birthday: '', Sex: '' },
      warnings: [-9108],
    })
    const phone = await phoneAt(browser, language, await customerLink())
    await uploadOnPhone(phone, language)
    // A first reading on a fresh server of a loaded machine may take up to its deadline.
    await expect(phone.getByRole('heading', { name: s.customer.review.heading })).toBeFocused({
      timeout: READING_DEADLINE_MS + 10_000,
    })

    // The box names each missing field once; the field's own note says what to do, and is not said twice.
    const needs = phone.getByTestId('customer-needs')
    for (const need of ['idNum', 'name', 'birthday', 'sex'] as const) {
      await expect(needs.getByRole('listitem').filter({ hasText: s.customer.needed[need] })).toHaveCount(1)
      await expect(phone.getByText(s.customer.fieldNotes.missing[need], { exact: true })).toHaveCount(1)
    }
    for (const field of ['idNum', 'enName', 'birthday', 'sex'] as const)
      await expect(phone.getByTestId(`field-${field}`).getByTestId(/^finding-/)).toHaveCount(1)
    const text = await phone.locator('body').innerText()
    expect(text).not.toContain(s.review.findings.REQUIRED_FIELD_EMPTY)
    expect(text).not.toContain(s.review.findings.FIELD_UNCERTAIN)

    await phone.getByRole('button', { name: s.customer.review.send }).click()
    await expect(needs.getByRole('heading', { name: s.customer.needs.heading })).toBeFocused()
    await expect(phone.getByTestId('customer-ending')).toHaveCount(0)
    // The way to a better photo is the review's one "Retake photo", not a second button in the box.
    await expect(needs.getByRole('button')).toHaveCount(0)
    await expect(phone.getByRole('button', { name: s.customer.review.retake, exact: true })).toBeVisible()
    await phone.context().close()
  })

  test(`a reloaded link says it is spent and what to do, with no dead buttons, in ${language}`, async ({
    browser,
  }) => {
    const phone = await phoneAt(browser, language, await customerLink())
    await uploadOnPhone(phone, language)
    await expect(phone.getByRole('heading', { name: s.customer.review.heading })).toBeVisible()
    await phone.reload()
    const used = phone.getByTestId('customer-link-used')
    await expect(used.getByRole('heading', { name: s.customer.linkUsed.title })).toBeFocused()
    await expect(used).toContainText(s.customer.linkUsed.next)
    await expect(phone.locator('main').getByRole('button')).toHaveCount(0)
    await expect(phone.getByRole('dialog')).toHaveCount(0)
    // At no step: the progress bar said "1 Capture" to someone who may have sent everything.
    await expect(phone.getByRole('navigation', { name: s.app.progress })).toHaveCount(0)
    await expect(phone.getByText(s.customer.errors.UNAUTHORIZED.title)).toHaveCount(0)
    await phone.context().close()
  })

  test(`a phone with no camera is sent to its photo library, not to "a phone", in ${language}`, async ({
    browser,
  }) => {
    const phone = await openPhone(browser, language)
    await phone.addInitScript(() => {
      navigator.mediaDevices.getUserMedia = () =>
        Promise.reject(new DOMException('Requested device not found', 'NotFoundError'))
    })
    await phone.goto(await customerLink())
    const notice = phone.getByTestId('camera-problem-none')
    await expect(notice).toContainText(s.camera.onPhone.none)
    await expect(notice).not.toContainText(s.camera.none.body)
    await expect(phone.getByTestId('continue-on-device')).toHaveCount(0)
    await expect(phone.getByLabel(s.capture.chooseFile)).toBeAttached()
    await phone.context().close()
  })

  test(`a slow reading says so early, and the server's give-up is not blamed on the connection, in ${language}`, async ({
    browser,
  }) => {
    await app().emulator('next', { delayMs: READING_DEADLINE_MS + 3_000 })
    const phone = await phoneAt(browser, language, await customerLink())
    await uploadOnPhone(phone, language)
    const note = phone.getByTestId('recognizing-slow')
    await expect(note).toHaveText(s.photo.waiting.early)
    await expect(note).toHaveText(s.photo.waiting.late)
    const alert = phone.getByTestId('recognize-error')
    await expect(alert).toHaveAttribute('data-code', 'UPSTREAM_TIMEOUT')
    await expect(alert).toContainText(s.customer.errors.UPSTREAM_TIMEOUT.body)
    await expect(alert).not.toContainText(
      language === 'en' ? 'Your connection may be slow' : '你的網絡可能較慢',
    )
    await expect(alert.getByRole('button', { name: s.recognize.tryAgain })).toBeVisible()
    await phone.context().close()
  })

  test(`a customer is told where their photo goes when this service reads the card, in ${language}`, async ({
    browser,
  }) => {
    const phone = await openPhone(browser, language)
    await phone.goto(`${E2E_READER_URL}/?journey=customer`)
    const banner = phone.getByTestId('local-reader-banner')
    await expect(banner).toHaveText(s.customer.readHere)
    await expect(banner).not.toContainText(s.app.localReaderBanner)
    await phone.context().close()
  })
}

test('a link whose reads are spent: plain words and no button that cannot work', async ({ browser }) => {
  const phone = await phoneAt(browser, 'en', await customerLink(1))
  await uploadOnPhone(phone, 'en')
  await expect(phone.getByRole('heading', { name: 'Check your details' })).toBeVisible({
    timeout: READING_DEADLINE_MS + 10_000,
  })
  await phone.getByRole('button', { name: 'Retake photo' }).click()
  await uploadOnPhone(phone, 'en')
  const alert = phone.getByTestId('recognize-error')
  await expect(alert).toHaveAttribute('data-code', 'UNAUTHORIZED')
  await expect(alert).toContainText(strings.en.customer.errors.UNAUTHORIZED.body)
  // Only the photo's own "enlarge" stays: nothing that tries the link again.
  await expect(alert.getByRole('button', { name: /^(Try again|Retake photo)$/ })).toHaveCount(0)
  await phone.context().close()
})
