// Traditional Chinese as used in Hong Kong, with the terms printed on the card (出生日期, 簽發日期…).
import { app } from './zh-HK/app.ts'
import { camera } from './zh-HK/camera.ts'
import { consent } from './zh-HK/consent.ts'
import { capture } from './zh-HK/capture.ts'
import { customer } from './zh-HK/customer.ts'
import { done } from './zh-HK/done.ts'
import { handoff } from './zh-HK/desk-handoff.ts'
import { photo } from './zh-HK/photo.ts'
import { recognize as whileReading } from './zh-HK/recognize.ts'
import { recognizeErrors } from './zh-HK/recognize-errors.ts'
import { recognizeWords } from './recognize-words.ts'
import { review } from './zh-HK/review.ts'

// The recognize step's words are in two parts, the failures loading later (recognize-error-strings.ts).
const recognize = recognizeWords(whileReading, recognizeErrors)

export const zhHK = {
  app,
  capture,
  recognize,
  review,
  done,
  customer,
  handoff,
  photo,
  camera,
  consent,
} as const
