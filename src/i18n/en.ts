// English strings, one file per step so each feature owns its own. Every key here must also exist in
// zh-HK (a test enforces it).
import { app } from './en/app.ts'
import { camera } from './en/camera.ts'
import { consent } from './en/consent.ts'
import { capture } from './en/capture.ts'
import { customer } from './en/customer.ts'
import { done } from './en/done.ts'
import { handoff } from './en/desk-handoff.ts'
import { recognize } from './en/recognize.ts'
import { review } from './en/review.ts'
import { photo } from './en/photo.ts'

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
