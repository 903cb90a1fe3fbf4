// The real card end to end: the Immigration Department's HKID-2003 specimen (testing/real-cards/, the cleanest
// printed card we have) uploaded to an app with no Tencent keys, read by the local reader in that app's process,
// and shown on review: every field as printed, and the number, whose printed check digit is impossible, flagged
// for checking rather than emptied or shown as sure.
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from '#testing/e2e/test.ts'
import { nextRecognition, uploadPhoto, words } from '#testing/e2e/reader-review.ts'
import { loadRealCards, REAL_CARDS_DIR } from '#testing/real-cards/real-cards.ts'

test.describe.configure({ timeout: 150_000 })

const card = loadRealCards().find((c) => c.id === 'hkid-2003-sample')!
const label = words('en').fields
const truth = card.truth

/** Review's fields and what the card prints in each, as review writes it. */
const PRINTED = {
  idNum: truth.IdNum,
  enName: truth.EnName,
  cnName: truth.CnName,
  telexCode: truth.TelexCode,
  birthday: truth.Birthday,
  sex: truth.Sex.endsWith('F') ? 'F' : 'M',
  currentIssueDate: truth.CurrentIssueDate,
  hkidVersion: truth.HKIDVersion,
} as const
type ReviewField = keyof typeof PRINTED

async function readSpecimen(page: Page) {
  await page.goto('/')
  const answer = nextRecognition(page)
  await uploadPhoto(page, join(REAL_CARDS_DIR, card.file))
  await expect(page.getByRole('heading', { name: words('en').review })).toBeVisible({ timeout: 90_000 })
  return answer
}

const shown = (page: Page, field: ReviewField) => page.getByLabel(label[field], { exact: true })
const flag = (page: Page, field: ReviewField) =>
  page.getByTestId(`field-${field}`).getByTestId('finding-FIELD_UNCERTAIN')

test('the 2003 specimen is read on this server: its printed fields on review, and what it is unsure of flagged', async ({
  page,
}) => {
  const { reading } = await readSpecimen(page)
  expect(reading?.reader).toBe('local')
  // Every field as printed: the name whole (its words are separate boxes to the detector), the number too.
  for (const field of Object.keys(PRINTED) as ReviewField[])
    await expect(shown(page, field), field).toHaveValue(PRINTED[field])
  // The number's printed check digit (E) is impossible: it is shown as printed, and flagged for checking.
  await expect(flag(page, 'idNum')).toContainText(
    'Check: The reader is not sure of this field: check it against the card.',
  )
})
