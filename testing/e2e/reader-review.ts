// Shared by the local reader's specs: sending a photo from the upload panel, the endpoint's answer as the browser
// received it, and a card's printed fields checked on review in either language.
import type { Page, Response } from '@playwright/test'
import type { RecognizeResult } from '#src/hkid/recognize-contract.ts'
import type { PrintedCard } from '#testing/cards/printed-card.ts'
import { expect } from './test.ts'

export type Language = 'en' | 'zh-HK'

const WORDS = {
  en: {
    upload: 'Upload a photo instead',
    choose: 'Choose a file',
    review: 'Check the details',
    fields: {
      idNum: 'Identity card number',
      enName: 'English name',
      cnName: 'Chinese name',
      telexCode: 'Chinese commercial code',
      birthday: 'Date of birth',
      sex: 'Sex',
      currentIssueDate: 'Date of issue',
      hkidVersion: 'Card version',
    },
  },
  'zh-HK': {
    upload: '改為上載相片',
    choose: '選擇檔案',
    review: '核對資料',
    fields: {
      idNum: '身份證號碼',
      enName: '英文姓名',
      cnName: '中文姓名',
      telexCode: '中文電碼',
      birthday: '出生日期',
      sex: '性別',
      currentIssueDate: '簽發日期',
      hkidVersion: '證件版本',
    },
  },
} as const

export const words = (language: Language) => WORDS[language]

/** The next answer of POST /api/hkid/recognize, parsed (set up before the photo is sent). */
export function nextRecognition(page: Page): Promise<RecognizeResult> {
  return page
    .waitForResponse((response: Response) => new URL(response.url()).pathname === '/api/hkid/recognize')
    .then(async (response) => (await response.json()) as RecognizeResult)
}

export async function uploadPhoto(page: Page, file: string, language: Language = 'en'): Promise<void> {
  await page.getByRole('button', { name: words(language).upload }).click()
  await page.getByLabel(words(language).choose).setInputFiles(file)
}

/** The holder's own printed fields, read off the card, are what review shows. */
export async function expectOwnFields(page: Page, truth: PrintedCard, language: Language = 'en') {
  const label = words(language).fields
  await expect(page.getByRole('heading', { name: words(language).review })).toBeVisible({ timeout: 45_000 })
  await expect(page.getByLabel(label.idNum, { exact: true })).toHaveValue(truth.IdNum)
  await expect(page.getByLabel(label.enName, { exact: true })).toHaveValue(truth.EnName)
  await expect(page.getByLabel(label.cnName, { exact: true })).toHaveValue(truth.CnName)
  await expect(page.getByLabel(label.telexCode, { exact: true })).toHaveValue(truth.TelexCode)
  await expect(page.getByLabel(label.birthday, { exact: true })).toHaveValue(truth.Birthday)
  await expect(page.getByLabel(label.sex, { exact: true })).toHaveValue(truth.Sex.endsWith('F') ? 'F' : 'M')
  await expect(page.getByLabel(label.currentIssueDate, { exact: true })).toHaveValue(truth.CurrentIssueDate)
  await expect(page.getByLabel(label.hkidVersion, { exact: true })).toHaveValue(truth.HKIDVersion)
}

/** The fields review marks as doubted: an unconfirmed character already says what is unsure in the Chinese name. */
export function doubtsShown(reading: RecognizeResult['reading']): string[] {
  const unconfirmed = (reading?.cnNameCharacters ?? []).some((character) => !character.confirmed)
  return (reading?.uncertainFields ?? []).filter((field) => !(field === 'cnName' && unconfirmed))
}
