// Both journeys end to end, in both languages, as each person sees them. The customer, on their own phone:
// plain words, nothing of the operator's (no reference, record, download, reasons or staff), no way to
// accept an error — what still looks wrong goes on flagged — and an ending that says what happens next,
// while the record reaches the page that asked for it. The operator: the customer reference carried
// through an error, a retake, review and the done screen, into the record and its file name.
import { type Browser, type Page } from '@playwright/test'
import { expect, test } from '#testing/e2e/test.ts'
import { RECORD_MESSAGE_TYPE } from '#src/features/review/lib/host-page-delivery.ts'
import { verifiedRecordSchema } from '#src/hkid/verified-record.ts'
import { setNextOutcome } from '#testing/e2e/emulator-control.ts'
import { strings, uploadOnPhone, usePhoto, type Language } from '#testing/e2e/desk-handoff-pages.ts'
import { E2E_APP_PORT } from '#testing/e2e/ports.ts'
import { fixtures } from '#testing/fixtures/fixture-files.ts'

const APP = `http://127.0.0.1:${E2E_APP_PORT}`
const PARTNER = `http://localhost:${E2E_APP_PORT}`

/** Words that belong to the operator's screens only. */
function operatorWords(language: Language): (string | RegExp)[] {
  const s = strings[language]
  return [
    s.app.case.reference,
    s.app.nextCustomer,
    s.done.download,
    s.done.recordHeading,
    s.review.override.heading,
    s.recognize.requestId.replace('{{id}}', ''),
    language === 'en' ? /operator|staff|record|JSON|technical/i : /職員|紀錄|JSON|技術支援/,
  ]
}

async function expectNoOperatorText(page: Page, language: Language) {
  const text = (await page.locator('body').innerText()).replace(/\s+/g, ' ')
  for (const word of operatorWords(language)) {
    if (typeof word === 'string') expect(text).not.toContain(word)
    else expect(text).not.toMatch(word)
  }
}

/** A partner page on RECORD_HOST_ORIGIN opens the app on a phone and collects what it posts back. */
async function openFromPartner(browser: Browser, language: Language) {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
    locale: language,
  })
  const partner = await context.newPage()
  await partner.goto(`${PARTNER}/api/health`)
  await partner.evaluate(() => {
    const received: unknown[] = []
    ;(window as unknown as { __received: unknown[] }).__received = received
    window.addEventListener('message', (event) => received.push(event.data))
  })
  const [app] = await Promise.all([
    partner.waitForEvent('popup'),
    partner.evaluate((url) => window.open(url, '_blank'), `${APP}/`),
  ])
  const received = () => partner.evaluate(() => (window as unknown as { __received: unknown[] }).__received)
  return { app, received }
}

for (const language of ['en', 'zh-HK'] as const) {
  const s = strings[language]

  test(`the customer’s journey on their phone, in ${language}: correct, cannot accept an error, a real ending`, async ({
    browser,
  }) => {
    await setNextOutcome({ card: { IdNum: 'A123456(4)' }, warnings: [-9102] })
    const { app, received } = await openFromPartner(browser, language)

    // One thing at a time: the camera, full screen, with nothing of the desk's.
    const camera = app.getByRole('dialog')
    await expect(camera.getByRole('heading', { name: s.capture.heading })).toBeVisible()
    await expect(app.getByRole('button', { name: s.app.case.continueOnPhone })).toHaveCount(0)
    await uploadOnPhone(app, language)

    const review = app.getByRole('heading', { name: s.customer.review.heading })
    await expect(review).toBeFocused()
    await expect(app.getByTestId('field-idNum').getByTestId('finding-ID_CHECK_DIGIT')).toBeVisible()
    await expect(app.getByTestId('customer-unresolved')).toContainText(s.customer.review.unresolved.heading)
    // Only what a customer can compare with their card, and no way to accept an error with a reason.
    await expect(app.getByLabel(s.review.fields.windowEmbeddedText)).toHaveCount(0)
    await expect(app.getByTestId('override-reasons')).toHaveCount(0)
    // Names, number, two dates (and the sex, a choice): no reason box anywhere.
    await expect(app.getByRole('textbox')).toHaveCount(5)
    await expectNoOperatorText(app, language)

    // A correction typed, then "retake" asks before throwing it away.
    await app.getByLabel(s.review.fields.enName).fill('CHAN, Tai-man')
    await app.getByRole('button', { name: s.customer.review.retake }).click()
    const ask = app.getByRole('alertdialog', { name: s.customer.discard.title })
    await expect(ask.getByRole('button', { name: s.customer.discard.cancel })).toBeFocused()
    await ask.getByRole('button', { name: s.customer.discard.cancel }).click()
    await expect(app.getByLabel(s.review.fields.enName, { exact: true })).toHaveValue('CHAN, Tai-man')

    // The number stays wrong: sent anyway, flagged for a person to look at.
    await app.getByRole('button', { name: s.customer.review.send }).click()
    const ending = app.getByTestId('customer-ending')
    await expect(ending.getByRole('heading', { name: s.customer.done.heading })).toBeFocused()
    await expect(ending).toContainText(s.customer.done.nextStaff)
    await expectNoOperatorText(app, language)

    await expect.poll(async () => (await received()).length).toBe(1)
    const [message] = (await received()) as { type: string; record: unknown }[]
    expect(message!.type).toBe(RECORD_MESSAGE_TYPE)
    const record = verifiedRecordSchema.parse(message!.record)
    expect(record.journey).toBe('customer')
    expect(record.overrides).toEqual([])
    expect(record.staffReview).toMatchObject({ needed: true, warnings: [-9102] })
    expect(record.staffReview?.findings.map((finding) => finding.code)).toEqual(['ID_CHECK_DIGIT'])
    expect(record.final.enName).toBe('CHAN, Tai-man')
    expect(record.reference).toBeUndefined()
    await app.context().close()
  })

  test(`a customer alone is told what they can do, in ${language}: nothing to fix, try later`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ locale: language })
    const page = await context.newPage()
    await page.goto('/?journey=customer')
    await page.getByRole('dialog').getByRole('button', { name: s.capture.uploadInstead }).click()
    await setNextOutcome({ error: { code: 'AuthFailure.SecretIdNotFound' } })
    await page.getByLabel(s.capture.chooseFile).setInputFiles(fixtures.specimenCard)
    await usePhoto(page, language)
    const alert = page.getByTestId('recognize-error')
    await expect(alert).toHaveAttribute('data-code', 'SERVICE_UNAVAILABLE')
    await expect(
      alert.getByRole('heading', { name: s.customer.errors.SERVICE_UNAVAILABLE.title }),
    ).toBeFocused()
    await expect(alert).toContainText(s.customer.errors.SERVICE_UNAVAILABLE.body)
    await expectNoOperatorText(page, language)
    await context.close()
  })

  test(`the operator’s journey at the desk, in ${language}: the reference is part of the case`, async ({
    browser,
    downloadRecord,
  }) => {
    const context = await browser.newContext({ locale: language, viewport: { width: 1440, height: 900 } })
    const page = await context.newPage()
    await page.goto('/')
    const reference = page.getByLabel(s.app.case.reference)
    await reference.fill('CASE-2026-0042')
    await page.getByRole('button', { name: s.capture.uploadInstead }).click()
    await setNextOutcome({ error: { code: 'FailedOperation.NoHKIDCard' } })
    await page.getByLabel(s.capture.chooseFile).setInputFiles(fixtures.notACard)
    // The upload's own check finds no card; the operator sends it anyway, and the service agrees.
    await usePhoto(page, language)
    const alert = page.getByTestId('recognize-error')
    await expect(alert).toContainText(s.recognize.errors.NOT_HKID.title)
    await expect(alert).toContainText(s.recognize.requestId.replace('{{id}}', ''))
    await expect(reference).toHaveValue('CASE-2026-0042')

    await page.getByRole('button', { name: s.recognize.retake }).click()
    await expect(reference).toHaveValue('CASE-2026-0042')
    await page.getByRole('button', { name: s.capture.uploadInstead }).click()
    await setNextOutcome({ card: { IdNum: 'A123456(4)' } })
    await page.getByLabel(s.capture.chooseFile).setInputFiles(fixtures.specimenCard)
    await expect(page.getByRole('heading', { name: s.review.heading })).toBeFocused()
    // Corrected on review, and an error accepted with the operator's reason.
    await reference.fill('CASE-2026-0043')
    await page.getByTestId('override-reasons').getByRole('textbox').fill('Checked against the card')
    await page.getByRole('button', { name: new RegExp(s.review.confirm) }).click()
    await expect(page.getByRole('heading', { name: s.done.heading })).toBeFocused()
    await expect(page.getByTestId('verified-record')).toContainText(s.done.requestId)
    await expect(page.getByTestId('delivery-state')).toHaveAttribute('data-state', 'pending')

    const first = await downloadRecord(page, () =>
      page.getByRole('button', { name: s.done.download }).click(),
    )
    expect(first).toMatchObject({
      reference: 'CASE-2026-0043',
      journey: 'operator',
      staffReview: { needed: false },
    })
    expect(first.overrides).toMatchObject([{ code: 'ID_CHECK_DIGIT', reason: 'Checked against the card' }])
    await expect(page.getByTestId('delivery-state')).toHaveAttribute('data-state', 'downloaded')

    // Corrected once more on the done screen: the record follows, and needs handing on again.
    await reference.fill('CASE-2026-0044')
    await expect(page.getByTestId('delivery-state')).toHaveAttribute('data-state', 'changed')
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: s.done.download }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^hkid-record-CASE-2026-0044-[\w-]+\.json$/)
    await page.getByRole('button', { name: new RegExp(s.app.nextCustomer) }).click()

    // Handed on, so no question; the next customer's reference can be typed before starting.
    await expect(page.getByRole('heading', { name: s.app.ready.heading })).toBeFocused()
    await expect(reference).toHaveValue('')
    await reference.fill('CASE-2026-0045')
    await page.getByRole('button', { name: s.app.ready.start }).click()
    await expect(page.getByRole('heading', { name: s.capture.heading })).toBeFocused()
    await expect(reference).toHaveValue('CASE-2026-0045')
    await context.close()
  })
}
