// Review catches what the OCR missed: our findings and Tencent's warnings at their fields, confirm
// blocked by errors until corrected or accepted with a reason, and a record that lists what was typed.
import { type Page } from '@playwright/test'
import { clickDownload, expect, test } from '#testing/e2e/test.ts'
import { setNextOutcome } from '#testing/e2e/emulator-control.ts'
import { fixtures } from '#testing/fixtures/fixture-files.ts'

async function uploadCard(page: Page) {
  await page.goto('/')
  await page.getByRole('button', { name: 'Upload a photo instead' }).click()
  await page.getByLabel('Choose a file').setInputFiles(fixtures.specimenCard)
  await expect(page.getByRole('heading', { name: 'Check the details' })).toBeVisible()
}

test('findings and warnings sit at their fields; correcting the number clears its finding; a photocopy needs a reason; the record lists both', async ({
  page,
  downloadRecord,
}) => {
  await setNextOutcome({
    card: { IdNum: 'A123456(4)', TelexCode: '7115 1129 2430' },
    warnings: [-9102, -9108],
  })
  await uploadCard(page)

  const idField = page.getByTestId('field-idNum')
  await expect(idField.getByTestId('finding-ID_CHECK_DIGIT')).toContainText('should be 3, not 4')
  await expect(page.getByLabel('Identity card number')).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByTestId('field-telexCode').getByTestId('finding-TELECODE_MISMATCH')).toContainText(
    'Character 3 (文) has code 2429, but 2430 was read',
  )
  await expect(page.getByTestId('warning--9102')).toContainText('photocopy')
  await expect(page.getByTestId('warning--9108')).toContainText('blurry')
  await expect(page.getByTestId('symbol-chips')).toContainText('Right of abode in Hong Kong')

  const confirm = page.getByRole('button', { name: /Confirm details/ })
  await expect(confirm).toBeDisabled()
  await expect(page.getByTestId('confirm-blocked')).toContainText('2 items')
  await page.getByLabel('English name').press('Control+Enter')
  await expect(page.getByRole('heading', { name: 'Check the details' })).toBeVisible()

  await page.getByLabel('Identity card number').fill('A123456(3)')
  await expect(idField.getByTestId('finding-ID_CHECK_DIGIT')).toHaveCount(0)
  await expect(page.getByTestId('edited-idNum')).toBeVisible()
  // The photocopy warning still needs a reason; the blur warning does not.
  await expect(page.getByTestId('confirm-blocked')).toContainText('1 item needs')
  await page.getByLabel(/Reason for accepting: Looks like a photocopy/).fill('Original card seen at the desk')
  await expect(page.getByTestId('confirm-blocked')).toHaveCount(0)
  await expect(confirm).toBeEnabled()

  await page.getByLabel('English name').press('Control+Enter')
  await expect(page.getByRole('heading', { name: 'Details confirmed' })).toBeVisible()
  const record = await downloadRecord(page, clickDownload(page))
  expect(record.edits).toEqual([{ field: 'idNum', from: 'A123456(4)', to: 'A123456(3)' }])
  expect(record.warnings).toEqual([-9102, -9108])
  expect(record.findings.map((finding) => finding.code)).toContain('TELECODE_MISMATCH')
  expect(record.overrides).toEqual([])
  expect(record.acceptedWarnings).toEqual([
    { code: -9102, rule: 'PHOTOCOPY', reason: 'Original card seen at the desk' },
  ])
})

test('an error can be accepted with a recorded reason; an edit can be undone back to the OCR value', async ({
  page,
  downloadRecord,
}) => {
  await setNextOutcome({ card: { IdNum: 'A123456(4)' } })
  await uploadCard(page)

  await page.getByLabel('English name').fill('CHAN, Tai-man')
  await expect(page.getByTestId('edited-enName')).toBeVisible()
  await page.getByRole('button', { name: 'Reset English name to the value read from the card' }).click()
  await expect(page.getByLabel('English name')).toHaveValue('CHAN, Tai Man')
  await expect(page.getByTestId('edited-enName')).toHaveCount(0)

  await page
    .getByLabel(/Reason for accepting: The check digit should be 3/)
    .fill('Checked against the physical card')
  await page.getByRole('button', { name: /Confirm details/ }).click()
  const record = await downloadRecord(page, clickDownload(page))
  expect(record.edits).toEqual([])
  expect(record.overrides).toMatchObject([
    { code: 'ID_CHECK_DIGIT', field: 'idNum', reason: 'Checked against the physical card' },
  ])
})

test('the number can be hidden on screen and shown again', async ({ page }) => {
  await uploadCard(page)
  await page.getByRole('button', { name: 'Hide number' }).click()
  await expect(page.getByTestId('masked-idNum')).toHaveText(/^A••••••\(•\)/)
  await expect(page.getByTestId('masked-windowEmbeddedText')).toHaveText(/^A••••••/)
  await expect(page.getByText('A123456(3)')).toHaveCount(0)
  await page.getByRole('button', { name: 'Show number' }).click()
  await expect(page.getByLabel('Identity card number')).toHaveValue('A123456(3)')
  await expect(page.getByLabel('Window text')).toHaveValue('A123456')
})
