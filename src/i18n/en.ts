// English strings, one file per step so each feature owns its own. Every key here must also exist in
// zh-HK (a test enforces it).
import { app } from './en/app.ts'
import { camera } from './en/camera.ts'
import { consent } from './en/consent.ts'
import { capture } from './en/capture.ts'
import { customer } from './en/customer.ts'
import { done } from './en/done.ts'
import { handoff } from './en/desk-handoff.ts'
import { recognize as whileReading } from './en/recognize.ts'
import { recognizeErrors } from './en/recognize-errors.ts'
import { recognizeWords } from './recognize-words.ts'
import { review } from './en/review.ts'
import { photo } from './en/photo.ts'

// The recognize step's words are in two parts, the failures loading later (recognize-error-strings.ts).
const recognize = recognizeWords(whileReading, recognizeErrors)

export const en = {
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
