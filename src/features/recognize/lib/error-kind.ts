// What the user can do about each error: drives which buttons the error panel offers first.
import type { RecognizeErrorCode } from '../api/recognize-card.ts'

export type ErrorRemedy = 'retake' | 'retry' | 'contact'

const RETAKE: ReadonlySet<RecognizeErrorCode> = new Set([
  'NOT_HKID',
  'IMAGE_UNREADABLE',
  'IMAGE_BLURRY',
  'IMAGE_TOO_LARGE',
  'UNSUPPORTED_TYPE',
  'EMPTY_BODY',
])
const CONTACT: ReadonlySet<RecognizeErrorCode> = new Set([
  'SERVICE_UNAVAILABLE',
  'UNAUTHORIZED',
  'NOT_FOUND',
  'METHOD_NOT_ALLOWED',
])

export function remedyFor(code: RecognizeErrorCode | 'COMPRESS_FAILED'): ErrorRemedy {
  if (code === 'COMPRESS_FAILED' || RETAKE.has(code)) return 'retake'
  if (CONTACT.has(code)) return 'contact'
  return 'retry'
}
