// Record delivery by webhook, end to end: the browser seals the confirmed record with the photo it sent, the app
// accepts it (202, a receipt) into its queue — Redis for the first app, the embedded SQLite store for the second
// — and delivers it signed to the reference receiver, which verifies and opens it. What the receiver opened must
// be what the person confirmed, and the photo byte for byte what the browser sent for reading.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import {
  recordReceiptSchema,
  sealedContentSchema,
  type SealedContent,
} from '#src/hkid/record-delivery-contract.ts'
import { setNextOutcome } from '#testing/e2e/emulator-control.ts'
import { strings, usePhoto } from '#testing/e2e/desk-handoff-pages.ts'
import { E2E_READER_URL } from '#testing/e2e/ports.ts'
import { readerCard } from '#testing/e2e/reader-cards.ts'
import { RECORD_OUT_DIR } from '#testing/e2e/record-delivery-env.ts'
import { watchSentPhoto } from '#testing/records/sent-photo.ts'
import { expect, test } from '#testing/e2e/test.ts'
import { fixtures } from '#testing/fixtures/fixture-files.ts'

const s = strings.en
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, locale: 'en' }

/** The photo the browser sends for reading, and the receipt of the record it posts. */
async function watch(page: Page) {
  const photo = await watchSentPhoto(page)
  const receipt = page
    .waitForResponse((response) => response.url().endsWith('/api/records'))
    .then(async (response) => {
      expect(response.status()).toBe(202)
      return recordReceiptSchema.parse(((await response.json()) as { receipt: unknown }).receipt)
    })
  return { photo, receipt }
}

/** What the receiver opened for this receipt, once it has arrived. */
async function received(receiptId: string): Promise<SealedContent> {
  const file = join(RECORD_OUT_DIR, `${receiptId}.json`)
  await expect.poll(() => existsSync(file), { timeout: 45_000 }).toBe(true)
  return sealedContentSchema.parse(JSON.parse(readFileSync(file, 'utf8')))
}

async function fieldValues(page: Page, fields: readonly string[]) {
  const values: Record<string, string> = {}
  for (const field of fields)
    values[field] = await page.getByTestId(`field-${field}`).locator('input').inputValue()
  return values
}

test('a customer link on a phone: sending, the receipt on the ending, and the receiver opens what was confirmed (embedded SQLite store)', async ({
  browser,
}) => {
  await setNextOutcome({ card: { IdNum: 'A123456(4)' } })
  const context = await browser.newContext(PHONE)
  const page = await context.newPage()
  const sent = await watch(page)
  await page.goto('/?journey=customer')
  await page.getByRole('dialog').getByRole('button', { name: s.capture.uploadInstead }).click()
  await page.getByLabel(s.capture.chooseFile).setInputFiles(fixtures.specimenCard)
  await usePhoto(page)
  await expect(page.getByRole('heading', { name: s.customer.review.heading })).toBeFocused()

  // Corrected before sending: the receiver must get the confirmed value, not the one read.
  await page.getByLabel(s.review.fields.idNum).fill('A123456(3)')
  const confirmed = await fieldValues(page, ['enName', 'cnName', 'idNum', 'birthday', 'currentIssueDate'])
  await page.getByRole('button', { name: s.customer.review.send }).click()

  const receipt = await sent.receipt
  const ending = page.getByTestId('customer-ending')
  await expect(ending).toContainText(s.customer.done.received)
  await expect(page.getByTestId('receipt-reference')).toHaveText(receipt.reference)

  const opened = await received(receipt.id)
  expect(opened.record.journey).toBe('customer')
  expect(opened.record).toMatchObject({ final: confirmed, ocr: { idNum: 'A123456(4)' } })
  expect(opened.photo).not.toBeNull()
  expect(Buffer.from(opened.photo!.base64, 'base64').equals(await sent.photo())).toBe(true)
  await context.close()
})

test('the operator’s done screen says the record went to the back office, with its receipt (embedded SQLite store)', async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: 'en', viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  const sent = await watch(page)
  await page.goto('/')
  await page.getByLabel(s.app.case.reference).fill('CASE-2026-0100')
  await page.getByRole('button', { name: s.capture.uploadInstead }).click()
  await page.getByLabel(s.capture.chooseFile).setInputFiles(fixtures.specimenCard)
  await expect(page.getByRole('heading', { name: s.review.heading })).toBeFocused()
  await page.getByRole('button', { name: new RegExp(s.review.confirm) }).click()

  const receipt = await sent.receipt
  await expect(page.getByTestId('webhook-receipt')).toHaveText(receipt.reference)
  await expect(page.getByTestId('webhook-state')).toContainText(s.done.webhook.acceptedLead)
  // Accepted: "Next customer" does not ask.
  await page.getByRole('button', { name: new RegExp(s.app.nextCustomer) }).click()
  await expect(page.getByRole('heading', { name: s.app.ready.heading })).toBeFocused()

  const opened = await received(receipt.id)
  expect(opened.record).toMatchObject({ journey: 'operator', reference: 'CASE-2026-0100' })
  expect(Buffer.from(opened.photo!.base64, 'base64').equals(await sent.photo())).toBe(true)
  await context.close()
})

test('a customer on the app queueing in Redis: the receiver opens the same record', async ({ browser }) => {
  test.setTimeout(120_000)
  const card = readerCard('upload')
  const context = await browser.newContext({ ...PHONE, baseURL: E2E_READER_URL })
  const page = await context.newPage()
  const sent = await watch(page)
  await page.goto('/?journey=customer')
  await page.getByRole('dialog').getByRole('button', { name: s.capture.uploadInstead }).click()
  await page.getByLabel(s.capture.chooseFile).setInputFiles(card.photo)
  await usePhoto(page)
  await expect(page.getByRole('heading', { name: s.customer.review.heading })).toBeFocused({
    timeout: 60_000,
  })
  const confirmed = await fieldValues(page, ['enName', 'idNum', 'birthday'])
  await page.getByRole('button', { name: s.customer.review.send }).click()

  const receipt = await sent.receipt
  await expect(page.getByTestId('receipt-reference')).toHaveText(receipt.reference)
  const opened = await received(receipt.id)
  expect(opened.record.final).toMatchObject(confirmed)
  expect(Buffer.from(opened.photo!.base64, 'base64').equals(await sent.photo())).toBe(true)
  await context.close()
})
