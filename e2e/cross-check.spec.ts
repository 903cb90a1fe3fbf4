// LOCAL_CROSSCHECK end to end: a server of its own (any free port) with "Tencent" keys (the public demo pair) pointed at the
// shared emulator, which answers the specimen, and its own local reader reading the uploaded card of someone
// else — so the two readings differ, and every field where they do is a finding at that field on review.
import { clickDownload, expect, test } from '#testing/e2e/test.ts'
import { DEMO_SECRET_ID, DEMO_SECRET_KEY } from '#server/emulator/demo-keys.ts'
import { SPECIMEN_CARD } from '#server/emulator/specimen-card.ts'
import { E2E_EMULATOR_PORT } from '#testing/e2e/ports.ts'
import { readerCard } from '#testing/e2e/reader-cards.ts'
import { nextRecognition, uploadPhoto } from '#testing/e2e/reader-review.ts'
import { startServerProcess, testServerEnv, type ServerProcess } from '#testing/server/server-process.ts'

test.describe.configure({ timeout: 120_000 })

let server: ServerProcess
test.beforeAll(async () => {
  server = await startServerProcess(
    testServerEnv({
      TENCENTCLOUD_SECRET_ID: DEMO_SECRET_ID,
      TENCENTCLOUD_SECRET_KEY: DEMO_SECRET_KEY,
      OCR_ENDPOINT: `http://127.0.0.1:${E2E_EMULATOR_PORT}`,
      ALLOW_ANONYMOUS: '1',
      LOCAL_CROSSCHECK: '1',
      UPSTREAM_TIMEOUT_MS: '30000',
      RATE_PER_IP_PER_MINUTE: '1000',
    }),
    60_000,
  )
})
test.afterAll(async () => {
  await server?.stop()
})

const card = readerCard('upload')

test('every field the local reader reads differently from "Tencent" is a finding there, kept in the record', async ({
  page,
  downloadRecord,
}) => {
  expect(server.output()).toMatch(/cross-checked by the local reader/)
  await page.goto(`${server.url}/`)
  const answer = nextRecognition(page)
  await uploadPhoto(page, card.photo)
  await expect(page.getByRole('heading', { name: 'Check the details' })).toBeVisible({ timeout: 45_000 })
  // "Tencent" read the specimen; the local reader read the card itself.
  await expect(page.getByLabel('Identity card number')).toHaveValue(SPECIMEN_CARD.IdNum)
  const { crossCheck } = await answer
  if (crossCheck?.status !== 'read') throw new Error(`no second reading: ${JSON.stringify(crossCheck)}`)
  expect(crossCheck.card.idNum).toBe(card.truth.IdNum)
  expect(crossCheck.differences).toEqual(expect.arrayContaining(['idNum', 'enName', 'cnName', 'sex']))

  const differ = page.getByTestId('finding-READINGS_DIFFER')
  await expect(differ).toHaveCount(crossCheck.differences.length)
  for (const field of crossCheck.differences) {
    await expect(page.getByTestId(`field-${field}`).getByTestId('finding-READINGS_DIFFER')).toBeVisible()
  }
  const atName = page.getByTestId('field-enName').getByTestId('finding-READINGS_DIFFER')
  await expect(atName).toContainText(
    `The second reading, by the local reader, gives “${card.truth.EnName}”: check this field against the card.`,
  )
  await expect(page.getByTestId('field-sex').getByTestId('finding-READINGS_DIFFER')).toContainText(
    'gives “Female (F)”',
  )
  await page.getByTestId('language-switch').click()
  await expect(atName).toContainText(`本機讀取器第二次讀取的結果是「${card.truth.EnName}」`)
  await expect(page.getByTestId('field-sex').getByTestId('finding-READINGS_DIFFER')).toContainText('女')
  await page.getByTestId('language-switch').click()

  // Each difference needs a correction or a reason. Taking the local reading of the name settles that one.
  const items = page.getByTestId('reason-READINGS_DIFFER')
  await expect(items).toHaveCount(crossCheck.differences.length)
  await page.getByLabel('English name', { exact: true }).fill(card.truth.EnName)
  await expect(atName).toHaveCount(0)
  await expect(items).toHaveCount(crossCheck.differences.length - 1)
  for (const input of await items.getByRole('textbox').all()) await input.fill('Checked against the card')
  await page.getByRole('button', { name: 'Confirm details' }).click()

  const record = await downloadRecord(page, clickDownload(page))
  expect(record.ocr.idNum).toBe(SPECIMEN_CARD.IdNum)
  expect(record.crossCheck).toEqual(crossCheck)
  expect(record.edits).toEqual([{ field: 'enName', from: SPECIMEN_CARD.EnName, to: card.truth.EnName }])
  expect(record.overrides.map((override) => [override.rule, override.field])).toEqual(
    crossCheck.differences.filter((field) => field !== 'enName').map((field) => ['READINGS_DIFFER', field]),
  )
})
