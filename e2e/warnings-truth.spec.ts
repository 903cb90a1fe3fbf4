// Review says only what is true (issue 23, items 1, 3, 8 and 9): the warnings a reader did not check are listed
// as not checked (review, record), a reader that checked every one may say "no warnings"; "Hide number" covers
// the number on the card photo too; a window-text mismatch has one verdict; the done screen shows what was
// confirmed. The emulator answers for Tencent, and in the local reader's wire shape (its LocalReading) for it.
import { type Page } from '@playwright/test'
import { clickDownload, expect, test } from '#testing/e2e/test.ts'
import { setNextOutcome } from '#testing/e2e/emulator-control.ts'
import { REVIEW_WORDS, uploadSpecimenToReview } from '#testing/e2e/review-upload.ts'

test.describe.configure({ timeout: 120_000 })

const TEXT = {
  en: {
    ...REVIEW_WORDS.en,
    notChecked: 'Not checked by this card reader: tampering, a photo of a screen and covered edges.',
    noWarnings: 'No warnings from the card reader.',
    needsReason: 'Needs a reason:',
    name: 'Name',
  },
  'zh-HK': {
    ...REVIEW_WORDS['zh-HK'],
    notChecked: /^此辨識服務未有檢查：竄改、翻拍.幕及邊緣遮擋。/,
    noWarnings: '辨識服務沒有發出警告。',
    needsReason: '須填寫理由:',
    name: '姓名',
  },
} as const
type Language = keyof typeof TEXT

const uploadSpecimen = (page: Page, language: Language) => uploadSpecimenToReview(page, language, 60_000)

/** Mean brightness of the number's area (bottom right of the card) and of the portrait's (left), as drawn. */
async function photoAreas(page: Page, testId: string): Promise<{ number: number[]; portrait: number[] }> {
  const image = page.getByTestId(testId)
  await expect(image).toHaveJSProperty('complete', true)
  return image.evaluate((element) => {
    const img = element as HTMLImageElement
    const canvas = document.createElement('canvas')
    canvas.width = 160
    canvas.height = 100
    const context = canvas.getContext('2d')!
    context.drawImage(img, 0, 0, 160, 100)
    // 4 × 4 cells of each area: a covered number changes them; the portrait, untouched, does not
    const cells = (x0: number, y0: number, w: number, h: number) =>
      Array.from({ length: 16 }, (_, i) => {
        const data = context.getImageData(
          x0 + ((i % 4) * w) / 4,
          y0 + (Math.floor(i / 4) * h) / 4,
          w / 4,
          h / 4,
        ).data
        let sum = 0
        for (let p = 0; p < data.length; p += 4) sum += data[p]! + data[p + 1]! + data[p + 2]!
        return sum / (data.length / 4) / 3
      })
    return { number: cells(80, 80, 72, 16), portrait: cells(10, 32, 40, 52) }
  })
}

const meanGap = (a: number[], b: number[]) =>
  a.reduce((sum, value, i) => sum + Math.abs(value - b[i]!), 0) / a.length

for (const language of ['en', 'zh-HK'] as const) {
  test.describe(language, () => {
    test.use({ locale: language })
    const text = TEXT[language]

    test('the local reader: what it did not check is listed as not checked, never "no warnings", on review and in the record', async ({
      page,
      downloadRecord,
    }) => {
      // The local reader's answer in its wire shape (what server/reader sends): it measured blur, glare, photocopy.
      await setNextOutcome({
        card: { LocalReading: { UncertainFields: [], WarningsChecked: [-9108, -9107, -9102] } },
      })
      await uploadSpecimen(page, language)
      const panel = page.getByTestId('card-warnings')
      await expect(panel.getByTestId('warnings-not-checked')).toContainText(text.notChecked)
      await expect(panel).not.toContainText(text.noWarnings)
      await page.getByRole('button', { name: text.confirm }).click()
      await expect(page.getByRole('heading', { name: text.done })).toBeVisible()
      await expect(page.getByTestId('record-warnings-not-checked')).toBeVisible()
      const record = await downloadRecord(page, clickDownload(page))
      expect(record.warningsAvailable).toBe(false)
      expect(record.warningChecks?.filter((check) => !check.checked).map((check) => check.kind)).toEqual([
        'tampered',
        'screen',
        'covered',
      ])
      expect(
        record.warningChecks?.filter((check) => !check.checked).every((check) => check.found === null),
      ).toBe(true)
    })

    test('Tencent checks every warning: with none found it says "no warnings", and nothing is "not checked"', async ({
      page,
    }) => {
      await uploadSpecimen(page, language)
      const panel = page.getByTestId('card-warnings')
      await expect(panel.getByTestId('warnings-none-found')).toHaveText(text.noWarnings)
      await expect(panel.getByTestId('warnings-not-checked')).toHaveCount(0)
    })

    test('a window text that does not repeat the number is one verdict: "needs a reason" at the field and below', async ({
      page,
    }) => {
      await setNextOutcome({ card: { WindowEmbeddedText: 'A123457' } })
      await uploadSpecimen(page, language)
      const note = page.getByTestId('field-windowEmbeddedText').getByTestId('finding-WINDOW_MISMATCH')
      await expect(note).toContainText(text.needsReason)
      await expect(note).toHaveAttribute('data-verdict', 'needs-reason')
      await expect(note).toHaveClass(/red/)
      await expect(page.getByTestId('reason-WINDOW_TEXT_MISMATCH')).toBeVisible()
    })

    test('the done screen shows the confirmed name, number and card photo', async ({ page }) => {
      await uploadSpecimen(page, language)
      const enName = await page.getByLabel(language === 'en' ? 'English name' : '英文姓名').inputValue()
      const idNum = await page
        .getByLabel(language === 'en' ? 'Identity card number' : '身份證號碼')
        .inputValue()
      await page.getByRole('button', { name: text.confirm }).click()
      await expect(page.getByRole('heading', { name: text.done })).toBeVisible()
      const card = page.getByTestId('confirmed-card')
      await expect(card).toContainText(text.name)
      await expect(page.getByTestId('confirmed-name')).toContainText(enName)
      await expect(page.getByTestId('confirmed-number')).toHaveText(idNum)
      await expect(page.getByTestId('confirmed-photo')).toBeVisible()
    })
  })
}

test('"Hide number" covers the number on the card photo beside the fields, enlarged, and on the done screen', async ({
  page,
}) => {
  await uploadSpecimen(page, 'en')
  const before = await photoAreas(page, 'card-photo')
  await page.getByRole('button', { name: 'Hide number' }).click()
  await expect(page.getByTestId('card-photo')).toHaveAttribute('data-covered', 'number')
  await expect(page.getByTestId('card-photo-cover-note')).toContainText('Number covered on the photo')
  const after = await photoAreas(page, 'card-photo')
  // the number's area is redrawn; the portrait's is the same photo (give or take a JPEG re-encoding)
  expect(meanGap(before.number, after.number)).toBeGreaterThan(10)
  expect(meanGap(before.portrait, after.portrait)).toBeLessThan(3)

  await page.getByRole('button', { name: 'Enlarge the photo of the card' }).click()
  const large = await photoAreas(page, 'card-photo-large')
  expect(meanGap(large.number, after.number)).toBeLessThan(3)
  expect(meanGap(large.number, before.number)).toBeGreaterThan(10)
  await page.getByRole('button', { name: 'Close' }).click()

  await page.getByRole('button', { name: /Confirm details/ }).click()
  await expect(page.getByTestId('confirmed-number')).toHaveText(/^[A-Z]{1,2}••••••\(•\)$/)
  await expect(page.getByTestId('confirmed-photo')).toHaveAttribute('data-covered', 'number')
  const done = await photoAreas(page, 'confirmed-photo')
  expect(meanGap(done.number, before.number)).toBeGreaterThan(10)
})
