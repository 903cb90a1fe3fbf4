// Review's, done's and the photo check's strings, in every language, added to i18next when those steps'
// code loads (app/lazy-steps.tsx imports this before rendering them). Importing it twice adds them once.
import { done as enDone } from './en/done.ts'
import { photo as enPhoto } from './en/photo.ts'
import { review as enReview } from './en/review.ts'
import { i18n } from './setup-i18n.ts'
import { done as zhDone } from './zh-HK/done.ts'
import { photo as zhPhoto } from './zh-HK/photo.ts'
import { review as zhReview } from './zh-HK/review.ts'

export const laterStrings = {
  en: { review: enReview, done: enDone, photo: enPhoto },
  'zh-HK': { review: zhReview, done: zhDone, photo: zhPhoto },
} as const

for (const [language, strings] of Object.entries(laterStrings))
  i18n.addResourceBundle(language, 'translation', strings, true, true)
