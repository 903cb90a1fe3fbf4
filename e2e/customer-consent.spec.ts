// Issue 23, item 9 (first half): a customer's link opens on an introduction and the Personal Information
// Collection Statement (PDPO, DPP1), agreed to explicitly before the camera opens; the record names the version
// agreed to. Before this, the camera opened at once. Uses Playwright's own `test`: the shared one agrees to
// the statement by itself (testing/e2e/agree-to-statement.ts), which is what is under test here.
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect, type Browser, type Page } from '@playwright/test'
import { recordReceiptSchema, sealedContentSchema } from '#src/hkid/record-delivery-contract.ts'
import { axeViolations } from '#testing/e2e/axe.ts'
import { strings, usePhoto } from '#testing/e2e/desk-handoff-pages.ts'
import { resetEmulator } from '#testing/e2e/emulator-control.ts'
import { E2E_PICS } from '#testing/e2e/pics-env.ts'
import { E2E_READER_URL } from '#testing/e2e/ports.ts'
import { RECORD_OUT_DIR } from '#testing/e2e/record-delivery-env.ts'
import { fixtures } from '#testing/fixtures/fixture-files.ts'

const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true }
type Language = 'en' | 'zh-HK'

test.beforeEach(async () => resetEmulator())

/** A phone opening the customer's link, counting every time the page asks for the camera. */
async function openLink(browser: Browser, language: Language, baseURL?: string): Promise<Page> {
  const context = await browser.newContext({ ...PHONE, locale: language, ...(baseURL ? { baseURL } : {}) })
  const page = await context.newPage()
  await page.addInitScript(() => {
    const w = window as unknown as { cameraAsks: number }
    w.cameraAsks = 0
    const media = navigator.mediaDevices
    if (!media?.getUserMedia) return
    const ask = media.getUserMedia.bind(media)
    media.getUserMedia = (constraints) => {
      w.cameraAsks++
      return ask(constraints)
    }
  })
  await page.goto('/?journey=customer')
  return page
}

const cameraAsks = (page: Page) =>
  page.evaluate(() => (window as unknown as { cameraAsks: number }).cameraAsks)

/** The statement's text as the customer sees it, line by line, the way its version is made (docs/journeys.md). */
async function shownText(page: Page): Promise<string> {
  const pics = page.getByTestId('pics')
  const lines = [await pics.getByRole('heading', { level: 3 }).innerText()]
  for (const part of await pics.locator('[data-testid^="pics-"]').all())
    lines.push(await part.getByRole('heading').innerText(), await part.locator('p').innerText())
  lines.push(await page.getByTestId('consent-step').locator('label').innerText())
  return lines.join('\n')
}

for (const language of ['en', 'zh-HK'] as const) {
  const s = strings[language]
  const business = language === 'en' ? E2E_PICS.PICS_BUSINESS_NAME : E2E_PICS.PICS_BUSINESS_NAME_ZH_HK
  const contact = language === 'en' ? E2E_PICS.PICS_CONTACT : E2E_PICS.PICS_CONTACT_ZH_HK

  test(`the statement comes before the camera, in ${language}, and nothing opens until it is agreed to`, async ({
    browser,
  }) => {
    const page = await openLink(browser, language)
    const step = page.getByTestId('consent-step')
    await expect(step.getByRole('heading', { name: s.consent.heading, level: 2 })).toBeFocused()
    await expect(step.getByRole('heading', { name: s.consent.pics.heading })).toBeVisible()
    await expect(step).toContainText(business)
    await expect(page.getByTestId('pics-access')).toContainText(contact)
    await expect(page.getByTestId('pics-voluntary')).toContainText(contact)
    for (const part of ['collected', 'purpose', 'transferees', 'voluntary', 'access'])
      await expect(page.getByTestId(`pics-${part}`)).toBeVisible()
    // The demo keys stand for Tencent: the statement says Tencent Cloud reads the photo.
    await expect(page.getByTestId('pics-transferees')).toContainText(
      language === 'en' ? 'Tencent Cloud' : '騰訊雲',
    )

    expect(await axeViolations(page)).toEqual([])

    const agree = step.getByRole('checkbox', { name: s.consent.agree })
    const next = step.getByRole('button', { name: s.consent.continue })
    await expect(agree).not.toBeChecked()
    await expect(next).toBeDisabled()
    await expect(page.getByRole('button', { name: s.capture.uploadInstead })).toHaveCount(0)
    await expect(page.getByLabel(s.capture.chooseFile)).toHaveCount(0)
    expect(await cameraAsks(page)).toBe(0)

    await agree.check()
    await agree.uncheck()
    await expect(next).toBeDisabled()
    await agree.check()
    await next.click()
    await expect(step).toHaveCount(0)
    await expect.poll(() => cameraAsks(page)).toBeGreaterThan(0)
    await page.context().close()
  })
}

test('the record names the statement agreed to: its hash, language and time, inside the sealed record', async ({
  browser,
}) => {
  const page = await openLink(browser, 'zh-HK')
  const s = strings['zh-HK']
  const step = page.getByTestId('consent-step')
  await expect(step).toBeVisible()
  const text = await shownText(page)
  const version = `sha256-${createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16)}`
  await expect(step).toHaveAttribute('data-pics-version', version)
  const before = Date.now()
  await step.getByRole('checkbox').check()
  await step.getByRole('button', { name: s.consent.continue }).click()

  const receipt = page
    .waitForResponse((response) => response.url().endsWith('/api/records'))
    .then(async (response) =>
      recordReceiptSchema.parse(((await response.json()) as { receipt: unknown }).receipt),
    )
  await page.getByRole('dialog').getByRole('button', { name: s.capture.uploadInstead }).click()
  await page.getByLabel(s.capture.chooseFile).setInputFiles(fixtures.specimenCard)
  await usePhoto(page, 'zh-HK')
  await page.getByRole('button', { name: s.customer.review.send }).click()

  const file = join(RECORD_OUT_DIR, `${(await receipt).id}.json`)
  await expect.poll(() => existsSync(file), { timeout: 45_000 }).toBe(true)
  const opened = sealedContentSchema.parse(JSON.parse(readFileSync(file, 'utf8')))
  expect(opened.record.consent).toMatchObject({ picsVersion: version, language: 'zh-HK' })
  const at = Date.parse(opened.record.consent!.consentedAt)
  expect(at).toBeGreaterThanOrEqual(before - 1000)
  expect(at).toBeLessThanOrEqual(Date.parse(opened.record.timestamps.recognizedAt))
  await page.context().close()
})

test('a reload of the same link after agreeing goes straight on; another tab asks again', async ({
  browser,
}) => {
  const s = strings.en
  const page = await openLink(browser, 'en')
  const step = page.getByTestId('consent-step')
  await step.getByRole('checkbox').check()
  await step.getByRole('button', { name: s.consent.continue }).click()
  await expect(page.getByRole('dialog').getByRole('button', { name: s.capture.uploadInstead })).toBeVisible()
  // Only what consent is — no card, no token — is kept for the tab.
  const kept = await page.evaluate(() => JSON.stringify(sessionStorage))
  expect(kept).toMatch(/sha256-[0-9a-f]{16}/)

  await page.reload()
  await expect(page.getByRole('dialog').getByRole('button', { name: s.capture.uploadInstead })).toBeVisible()
  await expect(step).toHaveCount(0)

  const other = await openLink(browser, 'en')
  await expect(other.getByTestId('consent-step')).toBeVisible()
  await page.context().close()
  await other.context().close()
})

test('without PICS settings the default wording names no business and asks the person who sent the link', async ({
  browser,
}) => {
  const page = await openLink(browser, 'en', E2E_READER_URL)
  const s = strings.en
  await expect(page.getByTestId('pics-access')).toContainText(s.consent.defaultContact)
  await expect(page.getByTestId('consent-step')).toContainText(s.consent.defaultBusiness)
  // The local reader reads on this server: no card-reading company is named as a transferee.
  await expect(page.getByTestId('pics-transferees')).not.toContainText('Tencent')
  await page.context().close()
})

test('the operator’s journey has no statement: the desk gives its own notice', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en' })
  const page = await context.newPage()
  await page.goto('/')
  await expect(page.getByRole('button', { name: strings.en.capture.uploadInstead })).toBeVisible()
  await expect(page.getByTestId('consent-step')).toHaveCount(0)
  await context.close()
})
