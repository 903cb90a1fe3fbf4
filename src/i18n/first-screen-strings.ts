// The strings the app needs before review: bundled with the first screen (of the recognize step, what shows
// while reading and the offline message; other failures: recognize-error-strings.ts). Review's and done's strings
// arrive with review's code (later-strings.ts), keeping the initial bundle within its budget.
import { app as enApp } from './en/app.ts'
import { capture as enCapture } from './en/capture.ts'
import { recognize as enRecognize } from './en/recognize.ts'
import { app as zhApp } from './zh-HK/app.ts'
import { capture as zhCapture } from './zh-HK/capture.ts'
import { recognize as zhRecognize } from './zh-HK/recognize.ts'

export const firstScreenStrings = {
  en: { app: enApp, capture: enCapture, recognize: enRecognize },
  'zh-HK': { app: zhApp, capture: zhCapture, recognize: zhRecognize },
} as const
