// The spine, end to end: fake camera → our worker compression → our endpoint → TC3-signed HTTP →
// the emulator → review → verified record.
import { clickDownload, expect, test } from '#testing/e2e/test.ts'
import { SPECIMEN_CARD } from '#server/emulator/specimen-card.ts'
import { lastUpstreamImage, setNextOutcome } from '#testing/e2e/emulator-control.ts'
import { jpegSize } from '#testing/jpeg/jpeg-segments.ts'
import { ID1_ASPECT } from '#src/hkid/id1-card.ts'

test('camera capture reaches review with every field, badges and both portraits; an edit is recorded', async ({
  page,
  downloadRecord,
}) => {
  // Warnings that inform but do not block (a photocopy would need a reason: review-integrity.spec.ts).
  await setNextOutcome({ warnings: [-9107, -9108] })
  await page.goto('/')
  // Read by "Tencent" (the emulator, reached as Tencent is): no note of a local reading.
  await expect(page.getByRole('heading', { name: 'Photograph the identity card' })).toBeVisible()
  await expect(page.getByTestId('local-reader-banner')).toHaveCount(0)

  // No click: the sharp card feed is taken by auto-capture (the shutter is covered in capture-*.spec.ts).

  await expect(page.getByRole('heading', { name: 'Check the details' })).toBeVisible()
  // The frame was cropped to the card guide: card-shaped, not the camera's 16:9.
  const sent = jpegSize(await lastUpstreamImage())
  expect(sent).not.toBeNull()
  expect(sent!.width / sent!.height).toBeCloseTo(ID1_ASPECT, 1)
  await expect(page.getByLabel('Identity card number')).toHaveValue(SPECIMEN_CARD.IdNum)
  await expect(page.getByLabel('Chinese name')).toHaveValue(SPECIMEN_CARD.CnName)
  await expect(page.getByLabel('English name')).toHaveValue(SPECIMEN_CARD.EnName)
  await expect(page.getByLabel('Chinese commercial code')).toHaveValue(SPECIMEN_CARD.TelexCode)
  await expect(page.getByLabel('Sex')).toHaveValue('M')
  await expect(page.getByLabel('Date of birth')).toHaveValue(SPECIMEN_CARD.Birthday)
  await expect(page.getByLabel('Permanent identity card')).toHaveValue('yes')
  await expect(page.getByLabel('Symbols')).toHaveValue(SPECIMEN_CARD.Symbol)
  await expect(page.getByLabel('Date of first registration')).toHaveValue(SPECIMEN_CARD.FirstIssueDate)
  await expect(page.getByLabel('Date of issue')).toHaveValue(SPECIMEN_CARD.CurrentIssueDate)
  await expect(page.getByLabel('Window text')).toHaveValue(SPECIMEN_CARD.WindowEmbeddedText)
  await expect(page.getByLabel('Card version')).toHaveValue(SPECIMEN_CARD.HKIDVersion)

  await expect(page.getByTestId('warning--9107')).toHaveText(/Reflection/)
  await expect(page.getByTestId('warning--9108')).toHaveText(/blurry/)
  for (const id of ['portrait-primary', 'portrait-secondary']) {
    const portrait = page.getByTestId(id)
    await expect(portrait).toBeVisible()
    expect(await portrait.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(20)
  }

  await expect(page.getByTestId('edited-enName')).toHaveCount(0)
  await page.getByLabel('English name').fill('CHAN, Tai-man')
  await expect(page.getByTestId('edited-enName')).toBeVisible()
  await page.getByRole('button', { name: 'Confirm details' }).click()

  await expect(page.getByRole('heading', { name: 'Details confirmed' })).toBeVisible()
  const edit = page.getByTestId('record-edit-enName')
  await expect(edit).toContainText(SPECIMEN_CARD.EnName)
  await expect(edit).toContainText('CHAN, Tai-man')
  await expect(page.getByTestId('record-edits').locator('tbody tr')).toHaveCount(1)
  await expect(page.getByTestId('record-warnings')).toHaveText(
    'Reflection on the card (-9107) and Photo is blurry (-9108)',
  )
  await expect(page.getByTestId('record-request-id')).toHaveText(/^[0-9a-f-]{36}$/)

  const record = await downloadRecord(page, clickDownload(page))
  expect(record.edits).toEqual([{ field: 'enName', from: SPECIMEN_CARD.EnName, to: 'CHAN, Tai-man' }])
  expect(record.ocr.enName).toBe(SPECIMEN_CARD.EnName)
  expect(record.final.enName).toBe('CHAN, Tai-man')

  await page.getByRole('button', { name: /Next customer/ }).click()
  await expect(page.getByRole('heading', { name: 'Ready for the next customer' })).toBeVisible()
  await page.getByRole('button', { name: 'Start capture' }).click()
  await expect(page.getByRole('heading', { name: 'Photograph the identity card' })).toBeVisible()
})
