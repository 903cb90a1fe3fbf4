// Review's and done's strings, in every language, added to i18next when review's code loads
// (app/lazy-steps.tsx imports this before rendering review). Importing it twice adds them once.
import { done as enDone } from './en/done.ts'
import { review as enReview } from './en/review.ts'
import { i18n } from './setup-i18n.ts'
import { done as zhDone } from './zh-HK/done.ts'
import { review as zhReview } from './zh-HK/review.ts'

export const laterStrings = {
  en: { review: enReview, done: enDone },
  'zh-HK': { review: zhReview, done: zhDone },
} as const

for (const [language, strings] of Object.entries(laterStrings))
  i18n.addResourceBundle(language, 'translation', strings, true, true)
