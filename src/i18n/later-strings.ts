// Review's, done's, the photo check's and the camera problems' strings, in every language, added to i18next when those steps'
// code loads (app/lazy-steps.tsx imports this before rendering them). Importing it twice adds them once.
import { camera as enCamera } from './en/camera.ts'
import { done as enDone } from './en/done.ts'
import { photo as enPhoto } from './en/photo.ts'
import { review as enReview } from './en/review.ts'
import { i18n } from './setup-i18n.ts'
import { camera as zhCamera } from './zh-HK/camera.ts'
import { done as zhDone } from './zh-HK/done.ts'
import { photo as zhPhoto } from './zh-HK/photo.ts'
import { review as zhReview } from './zh-HK/review.ts'

export const laterStrings = {
  en: { review: enReview, done: enDone, photo: enPhoto, camera: enCamera },
  'zh-HK': { review: zhReview, done: zhDone, photo: zhPhoto, camera: zhCamera },
} as const

for (const [language, strings] of Object.entries(laterStrings))
  i18n.addResourceBundle(language, 'translation', strings, true, true)
