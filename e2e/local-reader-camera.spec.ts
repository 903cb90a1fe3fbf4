// The local reader on the camera path: the fake camera shows a card of someone other than the specimen (drawn
// for the test); auto-capture takes it, the browser crops and compresses it, and the reader reads what arrives.
import { clickDownload, expect, test } from '#testing/e2e/test.ts'
import { readerCard } from '#testing/e2e/reader-cards.ts'
import { expectOwnFields, nextRecognition } from '#testing/e2e/reader-review.ts'

test.describe.configure({ timeout: 120_000 })

test('a card seen by the camera is read by the local reader: own fields, unconfirmed characters to confirm', async ({
  page,
  downloadRecord,
}) => {
  const card = readerCard('camera')
  const answer = nextRecognition(page)
  await page.goto('/')
  await expect(page.getByTestId('local-reader-banner')).toBeVisible()
  // No click: auto-capture takes the steady, sharp card.
  await expectOwnFields(page, card.truth)
  const { reading } = await answer
  expect(reading?.reader).toBe('local')

  // Whatever characters the reader could not confirm are shown as such, and each must be confirmed explicitly.
  const unconfirmed = (reading?.cnNameCharacters ?? []).filter((character) => !character.confirmed)
  await expect(page.getByTestId('name-char-unconfirmed')).toHaveCount(unconfirmed.length)
  const reasons = page.getByTestId('reason-UNCONFIRMED_CHARACTER')
  await expect(reasons).toHaveCount(unconfirmed.length)
  for (const [index, character] of unconfirmed.entries()) {
    await expect(reasons.nth(index)).toContainText(character.char)
    await reasons.nth(index).getByRole('textbox').fill(`Checked ${character.char} on the card`)
  }
  await page.getByRole('button', { name: 'Confirm details' }).click()
  const record = await downloadRecord(page, clickDownload(page))
  expect(record.ocr.idNum).toBe(card.truth.IdNum)
  expect(record.overrides.filter((override) => override.rule === 'UNCONFIRMED_CHARACTER')).toHaveLength(
    unconfirmed.length,
  )
})
