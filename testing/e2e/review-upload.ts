// The specimen uploaded from the first screen until review shows, in either language, and the words of the
// steps around review the review specs click and wait for.
import type { Page } from '@playwright/test'
import { fixtures } from '#testing/fixtures/fixture-files.ts'
import { expect } from './test.ts'

export const REVIEW_WORDS = {
  en: {
    upload: 'Upload a photo instead',
    file: 'Choose a file',
    heading: 'Check the details',
    confirm: /Confirm details/,
    done: 'Details confirmed',
  },
  'zh-HK': {
    upload: '改為上載相片',
    file: '選擇檔案',
    heading: '核對資料',
    confirm: /確認資料/,
    done: '資料已確認',
  },
} as const

export type ReviewLanguage = keyof typeof REVIEW_WORDS

/** From the first screen: the specimen card uploaded, and review's heading shown (within `timeout` ms). */
export async function uploadSpecimenToReview(page: Page, language: ReviewLanguage = 'en', timeout?: number) {
  const words = REVIEW_WORDS[language]
  await page.goto('/')
  await page.getByRole('button', { name: words.upload }).click()
  await page.getByLabel(words.file).setInputFiles(fixtures.specimenCard)
  await expect(page.getByRole('heading', { name: words.heading })).toBeVisible(timeout ? { timeout } : {})
}
