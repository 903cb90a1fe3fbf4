// The whole upload path by keyboard alone (Tab, Shift+Tab, Enter, Space and typing; no clicks), with a
// visible focus at every stop: in English, and again in Hong Kong Chinese chosen with the header switch.
import { type Locator, type Page } from '@playwright/test'
import { expect, test } from '#testing/e2e/test.ts'
import { setNextOutcome } from '#testing/e2e/emulator-control.ts'
import { fixtures } from '#testing/fixtures/fixture-files.ts'

test.beforeEach(async () => {
  // A misread check digit: the error to correct by keyboard (Tab into a field selects its text, so typing replaces it).
  await setNextOutcome({ card: { IdNum: 'A123456(4)' } })
})

/** Whether the focused control shows a focus indicator (a sr-only file input shows it on its label). */
function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    let element = document.activeElement
    if (element instanceof HTMLInputElement && element.type === 'file') element = element.closest('label')
    if (!element) return false
    const style = getComputedStyle(element)
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
  })
}

/** Presses `key` (Tab or Shift+Tab) until `target` has focus, checking the focus is visible at each stop. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab') {
  for (let presses = 0; presses < 40; presses++) {
    await page.keyboard.press(key)
    expect(await focusIsVisible(page), `focus visible after ${key} #${presses + 1}`).toBe(true)
    if (await target.evaluate((element) => element === document.activeElement)) return
  }
  throw new Error(`${key} never reached ${target.toString()}`)
}

/** Opens the file chooser from the keyboard (Space on the focused control) and picks the card. */
async function chooseFileByKeyboard(page: Page, input: Locator) {
  await tabTo(page, input)
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')])
  await chooser.setFiles(fixtures.specimenCard)
}

const STRINGS = {
  en: {
    capture: 'Photograph the identity card',
    reference: 'Customer reference (optional)',
    uploadInstead: 'Upload a photo instead',
    chooseFile: 'Choose a file',
    review: 'Check the details',
    idNum: 'Identity card number',
    birthday: 'Date of birth',
    issueDate: 'Date of issue',
    readsAs: /Reads as 1 January 1990/,
    confirm: 'Confirm details',
    done: 'Details confirmed',
    confirmedAt: /\d{1,2} \w{3} \d{4}/,
    download: 'Download record (JSON)',
    next: 'Next customer',
    ready: 'Ready for the next customer',
    start: 'Start capture',
  },
  'zh-HK': {
    capture: '拍攝身份證',
    reference: '客戶參考編號（選填）',
    uploadInstead: '改為上載相片',
    chooseFile: '選擇檔案',
    review: '核對資料',
    idNum: '身份證號碼',
    birthday: '出生日期',
    issueDate: '簽發日期',
    readsAs: /即1990年1月1日/,
    confirm: '確認資料',
    done: '資料已確認',
    confirmedAt: /\d{4}年\d{1,2}月\d{1,2}日/,
    download: '下載紀錄（JSON）',
    next: '下一位客戶',
    ready: '可以處理下一位客戶',
    start: '開始拍攝',
  },
} as const

for (const language of ['en', 'zh-HK'] as const) {
  test(`the upload path by keyboard alone, in ${language}`, async ({ page, downloadRecord }) => {
    const s = STRINGS[language]
    await page.goto('/')
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    if (language === 'zh-HK') {
      // The header's language switch, by keyboard: the first stop on the page.
      await tabTo(page, page.getByTestId('language-switch'))
      await page.keyboard.press('Enter')
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-HK')
    }
    await expect(page.getByRole('heading', { name: s.capture })).toBeVisible()

    await tabTo(page, page.getByLabel(s.reference))
    await page.keyboard.type('CASE-0042')
    await tabTo(page, page.getByRole('button', { name: s.uploadInstead }))
    await page.keyboard.press('Enter')
    await chooseFileByKeyboard(page, page.getByLabel(s.chooseFile))

    // Review: the step's title has focus; the misread number is corrected by typing over it.
    await expect(page.getByRole('heading', { name: s.review })).toBeFocused()
    await expect(page.getByLabel(s.birthday)).toBeVisible()
    await expect(page.getByTestId('field-birthday')).toContainText(s.readsAs)
    await expect(page.getByLabel(s.issueDate)).toBeVisible()
    const idNumber = page.getByRole('textbox', { name: s.idNum, exact: true })
    await expect(idNumber).toHaveAttribute('aria-invalid', 'true')
    await tabTo(page, idNumber)
    await page.keyboard.type('A123456(3)')
    await expect(idNumber).not.toHaveAttribute('aria-invalid')
    await tabTo(page, page.getByRole('button', { name: s.confirm }))
    await page.keyboard.press('Enter')

    // Done: back with Shift+Tab to the download, Space to save, then on to the next customer.
    await expect(page.getByRole('heading', { name: s.done })).toBeFocused()
    await expect(page.getByTestId('verified-record')).toContainText(s.confirmedAt)
    await tabTo(page, page.getByRole('button', { name: s.next }))
    await tabTo(page, page.getByRole('button', { name: s.download }), 'Shift+Tab')
    const record = await downloadRecord(page, () => page.keyboard.press('Space'))
    expect(record.reference).toBe('CASE-0042')
    expect(record.edits).toEqual([{ field: 'idNum', from: 'A123456(4)', to: 'A123456(3)' }])
    await tabTo(page, page.getByRole('button', { name: s.next }))
    await page.keyboard.press('Enter')

    await expect(page.getByRole('heading', { name: s.ready })).toBeFocused()
    await tabTo(page, page.getByRole('button', { name: s.start }))
    await page.keyboard.press('Space')
    await expect(page.getByRole('heading', { name: s.capture })).toBeVisible()
    await expect(page.getByLabel(s.reference)).toHaveValue('')
  })
}
