// The review policy as an operator meets it: a card with empty fields, or one Tencent flags as tampered,
// cannot be confirmed without a recorded reason (in both languages); an old card says it is no longer valid;
// "Hide number" hides the number everywhere on screen, the confirmed record included.
import { type Page } from '@playwright/test'
import { clickDownload, expect, test } from '#testing/e2e/test.ts'
import { setNextOutcome } from '#testing/e2e/emulator-control.ts'
import { REVIEW_WORDS, uploadSpecimenToReview } from '#testing/e2e/review-upload.ts'
import { fixtures } from '#testing/fixtures/fixture-files.ts'

const TEXT = {
  en: {
    ...REVIEW_WORDS.en,
    blocked: (count: number) => `Confirm is blocked: ${count} items need a correction or a reason.`,
    reasonFor: (what: string) => new RegExp(`Reason for accepting: ${what}`),
    tampering: 'Signs of editing or tampering',
    photocopy: 'Looks like a photocopy',
    screen: 'Looks like a photo of a screen',
    birthdayEmpty: 'Not read from the card. Type it from the card: a record needs it.',
    sexEmpty: 'Sex was not read',
    window: 'The window text A123457 does not match',
  },
  'zh-HK': {
    ...REVIEW_WORDS['zh-HK'],
    blocked: (count: number) => `未能確認：尚有${count}項需要更正或填寫理由。`,
    reasonFor: (what: string) => new RegExp(`接受理由：${what}`),
    tampering: '有修改或竄改痕跡',
    photocopy: '疑似影印本',
    screen: '疑似翻拍熒幕',
    birthdayEmpty: '未能從身份證讀取，請按證件輸入；紀錄必須包括此項。',
    sexEmpty: '未能讀取性別',
    window: '透明視窗內的文字 A123457 與身份證號碼',
  },
} as const

for (const language of ['en', 'zh-HK'] as const) {
  test.describe(language, () => {
    test.use({ locale: language })
    const text = TEXT[language]

    test('a card with an empty date of birth and sex, a wrong window and three serious warnings needs six reasons', async ({
      page,
      downloadRecord,
    }) => {
      await setNextOutcome({
        card: { Birthday: '', Sex: '', WindowEmbeddedText: 'A123457' },
        warnings: [-9102, -9103, -9104],
      })
      await uploadSpecimenToReview(page, language)
      await expect(page.getByTestId('field-birthday')).toContainText(text.birthdayEmpty)
      await expect(page.getByTestId('field-sex')).toContainText(text.sexEmpty)
      await expect(page.getByTestId('field-windowEmbeddedText')).toContainText(text.window)

      const blocked = page.getByTestId('confirm-blocked')
      await expect(blocked).toHaveText(text.blocked(6))
      // One keystroke no longer confirms it.
      await page.getByLabel(text.reasonFor(text.tampering)).press('Control+Enter')
      await expect(page.getByRole('heading', { name: text.heading })).toBeVisible()

      const reasons = page.getByTestId('override-reasons').getByRole('textbox')
      await expect(reasons).toHaveCount(6)
      for (let i = 0; i < 5; i++) await reasons.nth(i).fill(`Checked against the card (${i + 1})`)
      await expect(blocked).toContainText(language === 'en' ? '1 item needs' : '尚有1項')
      // A click on the dimmed button (aria-disabled, so Playwright would wait for it) does nothing either.
      await page.getByRole('button', { name: text.confirm }).click({ force: true })
      await expect(page.getByRole('heading', { name: text.heading })).toBeVisible()

      await reasons.nth(5).fill('Checked against the card (6)')
      await expect(blocked).toHaveCount(0)
      await page.getByRole('button', { name: text.confirm }).click()
      await expect(page.getByRole('heading', { name: text.done })).toBeVisible()
      const record = await downloadRecord(page, clickDownload(page))
      expect(record.overrides.map((override) => [override.code, override.rule])).toEqual([
        ['REQUIRED_FIELD_EMPTY', 'ERROR_FINDING'],
        ['SEX_INVALID', 'ERROR_FINDING'],
        ['WINDOW_MISMATCH', 'WINDOW_TEXT_MISMATCH'],
      ])
      expect(record.acceptedWarnings?.map((accepted) => [accepted.code, accepted.rule])).toEqual([
        [-9104, 'TAMPERING'],
        [-9102, 'PHOTOCOPY'],
        [-9103, 'SCREEN'],
      ])
      expect(record.policy).toMatch(/^hkid-review\//)
    })

    test('a tampering warning looks worse than a reflection and blocks Confirm until a reason is given', async ({
      page,
      downloadRecord,
    }) => {
      await setNextOutcome({ warnings: [-9107, -9104] })
      await uploadSpecimenToReview(page, language)
      await expect(page.getByTestId('warning--9104')).toHaveAttribute('data-level', 'critical')
      await expect(page.getByTestId('warning--9107')).toHaveAttribute('data-level', 'caution')
      await expect(page.getByTestId('warning--9104')).toContainText(text.tampering)

      const confirm = page.getByRole('button', { name: text.confirm })
      await expect(confirm).toHaveAttribute('aria-disabled', 'true')
      await confirm.click({ force: true })
      await expect(page.getByRole('heading', { name: text.heading })).toBeVisible()
      await page.getByLabel(text.reasonFor(text.tampering)).fill('   ')
      await expect(confirm).toHaveAttribute('aria-disabled', 'true')
      await page.getByLabel(text.reasonFor(text.tampering)).fill('Card examined under UV at the desk')
      await confirm.click()
      const record = await downloadRecord(page, clickDownload(page))
      expect(record.acceptedWarnings).toEqual([
        { code: -9104, rule: 'TAMPERING', reason: 'Card examined under UV at the desk' },
      ])
      expect(record.warnings).toEqual([-9107, -9104])
    })
  })
}

test.describe('zh-HK dates', () => {
  test.use({ locale: 'zh-HK' })

  test('an old card says when it became invalid, in Chinese', async ({ page }) => {
    await setNextOutcome({
      card: { HKIDVersion: 'HKID-2003', CurrentIssueDate: '15-03-10', WindowEmbeddedText: '' },
    })
    await uploadSpecimenToReview(page, 'zh-HK')
    const finding = page.getByTestId('finding-OLD_CARD_INVALID')
    await expect(finding).toContainText('已經失效')
    await expect(finding).toContainText('自2025年5月12日起失效')
  })
})

test('an old card shows the invalidation warning with its dates; a new card dated before 2018 is an error', async ({
  page,
}) => {
  await setNextOutcome({
    card: {
      HKIDVersion: 'HKID-2003',
      CurrentIssueDate: '15-03-10',
      WindowEmbeddedText: '',
      Symbol: '***CZ',
      Permanent: 0,
    },
  })
  await uploadSpecimenToReview(page)
  const finding = page.getByTestId('finding-OLD_CARD_INVALID')
  await expect(finding).toHaveAttribute('data-field', 'card')
  await expect(finding).toContainText('no longer valid')
  await expect(finding).toContainText('became invalid on 12 May 2025')
  await expect(finding).toContainText('12 October 2025')
  await expect(finding).toContainText('30 days after returning')
  await expect(page.getByTestId('symbol-chips')).toContainText(
    'Stay limited by the Director of Immigration at the time of registration',
  )
  // A warning, not an error: Confirm stays available.
  await expect(page.getByTestId('confirm-blocked')).toHaveCount(0)

  await page.getByRole('button', { name: 'Retake photo' }).click()
  await setNextOutcome({ card: { CurrentIssueDate: '15-03-18' } })
  await page.getByRole('button', { name: 'Upload a photo instead' }).click()
  await page.getByLabel('Choose a file').setInputFiles(fixtures.specimenCard)
  await expect(
    page.getByTestId('field-currentIssueDate').getByTestId('finding-CARD_VERSION_DATE'),
  ).toContainText(
    'An HKID-2018 card cannot have been issued on 15 March 2018: that version was first issued on 26 November 2018.',
  )
  await expect(page.getByTestId('confirm-blocked')).toContainText('1 item needs')
})

/** Everything on screen a reader could see: the visible text and every field's value. */
async function screenText(page: Page): Promise<string> {
  return page.evaluate(() =>
    [
      document.body.innerText,
      ...Array.from(
        document.querySelectorAll('input, select, textarea'),
        (el) => (el as HTMLInputElement).value,
      ),
    ].join('\n'),
  )
}

test('"Hide number" hides it everywhere on screen: fields, window text, findings, reasons and the record', async ({
  page,
}) => {
  await setNextOutcome({ card: { IdNum: 'A123456(4)', WindowEmbeddedText: 'A123457' } })
  await uploadSpecimenToReview(page)
  await page.getByLabel('Identity card number').fill('A123456(3)')
  await expect(page.getByTestId('edited-idNum')).toBeVisible()
  expect(await screenText(page)).toContain('A123457')

  await page.getByRole('button', { name: 'Hide number' }).click()
  await expect(page.getByTestId('masked-windowEmbeddedText')).toHaveText(/^A••••••/)
  await expect(
    page.getByTestId('field-windowEmbeddedText').getByTestId('finding-WINDOW_MISMATCH'),
  ).toContainText('The window text A•••••• does not match the card number A••••••(•)')
  const onReview = await screenText(page)
  for (const digits of ['123456', '123457']) expect(onReview).not.toContain(digits)

  await page
    .getByLabel(/Reason for accepting: The window text A•••••• does not match/)
    .fill('Window scratched')
  await page.getByRole('button', { name: /Confirm details/ }).click()
  await expect(page.getByRole('heading', { name: 'Details confirmed' })).toBeVisible()
  await expect(page.getByTestId('record-edit-idNum')).toContainText('A••••••(•)')
  await expect(page.getByTestId('record-overrides')).toContainText('A••••••')
  const onRecord = await screenText(page)
  for (const digits of ['123456', '123457']) expect(onRecord).not.toContain(digits)
})

test('an answer without card warnings says they were not checked, on review and in the record', async ({
  page,
  downloadRecord,
}) => {
  await setNextOutcome({ card: { WarnCardInfos: null } })
  await uploadSpecimenToReview(page)
  await expect(page.getByTestId('warnings-unavailable')).toContainText('not available from this card reader')
  await expect(page.getByTestId('card-warnings')).not.toContainText('No warnings')
  await page.getByRole('button', { name: /Confirm details/ }).click()
  await expect(page.getByTestId('record-warnings')).toHaveText('Not available from the card reader')
  const record = await downloadRecord(page, clickDownload(page))
  expect([record.warnings, record.warningsAvailable]).toEqual([[], false])
})
