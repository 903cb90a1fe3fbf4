// The local reader, end to end: browser → an app with no Tencent keys → the reader in a worker of that app's own
// process (no HTTP in between). A card of someone other than the specimen, drawn for the test
// (testing/e2e/reader-cards.ts), is uploaded and read; review shows the holder's own fields and the reader's doubts
// at the fields they concern.
import { axeViolations } from '#testing/e2e/axe.ts'
import { clickDownload, expect, test } from '#testing/e2e/test.ts'
import { setEmulatorAnswer, setNextOutcome } from '#testing/e2e/emulator-control.ts'
import { readerCard } from '#testing/e2e/reader-cards.ts'
import { doubtsShown, expectOwnFields, nextRecognition, uploadPhoto } from '#testing/e2e/reader-review.ts'
import { fixtures } from '#testing/fixtures/fixture-files.ts'
import { E2E_APP_URL } from '#testing/e2e/ports.ts'

test.describe.configure({ timeout: 120_000 })

const card = readerCard('upload')

test('an uploaded card is read on this server: the holder’s own fields, and each doubt at its field', async ({
  page,
  downloadRecord,
}) => {
  await page.goto('/')
  await expect(page.getByTestId('local-reader-banner')).toHaveText(
    'Read on this server by the local reader — the photo does not leave this machine.',
  )
  await expect(page.locator('body')).not.toContainText(/demo|specimen/i)
  const answer = nextRecognition(page)
  await uploadPhoto(page, card.photo)
  await expectOwnFields(page, card.truth)
  // A compound surname survives: 歐陽 and AU YEUNG.
  expect(card.truth.CnName.startsWith('歐陽')).toBe(true)

  const { reading } = await answer
  expect(reading?.reader).toBe('local')
  const doubted = doubtsShown(reading)
  // Exactly the fields the reader doubted are marked for checking, each at its own field.
  await expect(page.getByTestId('finding-FIELD_UNCERTAIN')).toHaveCount(doubted.length)
  for (const field of doubted) {
    await expect(page.getByTestId(`field-${field}`).getByTestId('finding-FIELD_UNCERTAIN')).toContainText(
      'Check: The reader is not sure of this field: check it against the card.',
    )
  }

  await page.getByRole('button', { name: 'Confirm details' }).click()
  const record = await downloadRecord(page, clickDownload(page))
  expect(record.ocr.idNum).toBe(card.truth.IdNum)
  expect(record.reading).toEqual(reading)
})

test('in Traditional Chinese: the note, the holder’s fields and the doubts in zh-HK', async ({ page }) => {
  await page.goto('/')
  await page.getByTestId('language-switch').click()
  await expect(page.getByTestId('local-reader-banner')).toHaveText(
    '證件由此伺服器上的本機讀取器讀取，相片不會離開這部伺服器。',
  )
  await expect(page.locator('body')).not.toContainText(/示範|樣本/)
  const answer = nextRecognition(page)
  await uploadPhoto(page, card.photo, 'zh-HK')
  await expectOwnFields(page, card.truth, 'zh-HK')
  // Whatever the reader doubts on this card, in zh-HK at its field (a doubt is always shown by the scripted test
  // below, so these words are checked even when the reader doubts nothing here).
  const doubted = doubtsShown((await answer).reading)
  await expect(page.getByTestId('finding-FIELD_UNCERTAIN')).toHaveCount(doubted.length)
  for (const field of doubted) {
    await expect(page.getByTestId(`field-${field}`).getByTestId('finding-FIELD_UNCERTAIN')).toContainText(
      '請核對: 讀取器未能肯定此欄位，請與身份證核對。',
    )
  }
})

test('an app reading with Tencent shows no such note, in either language', async ({ page }) => {
  await page.goto(E2E_APP_URL)
  await expect(page.getByRole('heading', { name: 'Photograph the identity card' })).toBeVisible()
  const health = await page.request.get(`${E2E_APP_URL}/api/health`)
  expect(await health.json()).toMatchObject({ ok: true, upstream: 'tencent' })
  await expect(page.getByTestId('local-reader-banner')).toHaveCount(0)
  await page.getByTestId('language-switch').click()
  await expect(page.getByTestId('local-reader-banner')).toHaveCount(0)
})

test('a photo with no card in it: the reader finds none, and the user is told so in both languages', async ({
  page,
}) => {
  await page.goto('/')
  await uploadPhoto(page, fixtures.notACard)
  // The browser's own check sees no card first; sent anyway, the reader on the server must say so too.
  await expect(page.getByTestId('photo-problem-noCard')).toBeVisible()
  await page.getByRole('button', { name: 'Use it anyway' }).click()
  const alert = page.getByTestId('recognize-error')
  await expect(alert).toHaveAttribute('data-code', 'NOT_HKID', { timeout: 45_000 })
  await expect(alert).toContainText('This does not look like a Hong Kong identity card')
  await page.getByTestId('language-switch').click()
  await expect(alert).toContainText('這看來不是香港身份證')
})

// What the reader does not do on this card, scripted on top of its real reading: the emulator answers with the
// local reader (its answer mode) and a scripted change, reached by the app with the demo keys.
test.describe('scripted on top of a real reading', () => {
  test.use({ baseURL: E2E_APP_URL })
  test.beforeEach(async () => {
    await setEmulatorAnswer('local-reader')
  })

  test('a Chinese-name character the reader could not confirm is never accepted silently', async ({
    page,
    downloadRecord,
  }) => {
    // The reader confirms every character of this card; the review's handling of one it could not is scripted
    // on top of its real reading (the rest of the answer is the reader's own).
    const [first, ...rest] = Array.from(card.truth.CnName)
    const codes = card.truth.TelexCode.split(' ')
    await setNextOutcome({
      card: {
        LocalReading: {
          UncertainFields: ['CnName', 'EnName'],
          ChineseNameCharacters: [
            { char: first, code: codes[0], confirmed: false },
            ...rest.map((char, i) => ({ char, code: codes[i + 1], confirmed: true })),
          ],
        },
      },
    })
    await page.goto('/')
    await uploadPhoto(page, card.photo)
    await expectOwnFields(page, card.truth)

    const unconfirmed = page.getByTestId('name-char-unconfirmed')
    await expect(unconfirmed).toHaveCount(1)
    await expect(unconfirmed).toContainText(first!)
    await expect(page.getByTestId('name-char-confirmed')).toHaveCount(rest.length)
    const note = page.getByTestId('field-cnName').getByTestId('finding-NAME_CHAR_UNCONFIRMED')
    await expect(note).toContainText(
      `Needs a reason: Character 1, ${first} (code ${codes[0]}), was not confirmed by the reader: check it against the card and type the right one if it differs.`,
    )
    await expect(page.getByTestId('confirm-blocked')).toHaveText(
      'Confirm is blocked: 1 item needs a correction or a reason.',
    )
    // The characters, the doubts and the note pass WCAG 2.2 AA like the rest of review.
    expect(await axeViolations(page)).toEqual([])
    await page.getByTestId('language-switch').click()
    await expect(note).toContainText(`第1個字「${first}」（電碼${codes[0]}）未經讀取器確認`)
    await expect(page.getByTestId('field-enName').getByTestId('finding-FIELD_UNCERTAIN')).toContainText(
      '請核對: 讀取器未能肯定此欄位，請與身份證核對。',
    )
    await expect(page.getByTestId('reason-UNCONFIRMED_CHARACTER')).toContainText('未確認的字')
    await page.getByTestId('language-switch').click()

    // Confirming it is an explicit act: a recorded reason under its own rule.
    await page
      .getByTestId('reason-UNCONFIRMED_CHARACTER')
      .getByRole('textbox')
      .fill('Checked against the card')
    await expect(page.getByTestId('confirm-blocked')).toHaveCount(0)
    await page.getByRole('button', { name: 'Confirm details' }).click()
    const record = await downloadRecord(page, clickDownload(page))
    expect(record.overrides).toEqual([
      expect.objectContaining({
        code: 'NAME_CHAR_UNCONFIRMED',
        field: 'cnName',
        rule: 'UNCONFIRMED_CHARACTER',
        reason: 'Checked against the card',
      }),
    ])
    expect(record.reading?.cnNameCharacters?.[0]).toEqual({ char: first, code: codes[0], confirmed: false })
  })
})
