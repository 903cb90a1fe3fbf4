// The recognize step's failures other than offline, in every language, added to i18next when the camera
// opens (app/lazy-steps.tsx): a failure is rarer than a reading, so its words stay off the first screen's
// bundle. Importing it twice adds them once.
import { recognizeErrors as enRecognizeErrors } from './en/recognize-errors.ts'
import { i18n } from './setup-i18n.ts'
import { recognizeErrors as zhRecognizeErrors } from './zh-HK/recognize-errors.ts'

export const recognizeErrorStrings = {
  en: { recognize: enRecognizeErrors },
  'zh-HK': { recognize: zhRecognizeErrors },
} as const

for (const [language, strings] of Object.entries(recognizeErrorStrings))
  i18n.addResourceBundle(language, 'translation', strings, true, true)
