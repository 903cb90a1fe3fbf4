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
// The service itself is not set up (keys, account, routes): no photo, retry or phone gets past it until fixed.
const MISCONFIGURED: ReadonlySet<string> = new Set(['SERVICE_UNAVAILABLE', 'NOT_FOUND', 'METHOD_NOT_ALLOWED'])

export function remedyFor(code: RecognizeErrorCode | 'COMPRESS_FAILED'): ErrorRemedy {
  if (code === 'COMPRESS_FAILED' || RETAKE.has(code)) return 'retake'
  if (CONTACT.has(code)) return 'contact'
  return 'retry'
}

/** An error only whoever runs the service can fix: the desk is told whom to tell, and offered nothing to press. */
export function isMisconfigured(code: RecognizeErrorCode | 'COMPRESS_FAILED'): boolean {
  return MISCONFIGURED.has(code)
}

/** Which ways forward the error panel offers. A customer is offered a retake only where a new photo can help
 *  (the photo's fault, the card unread, or no photo kept to send again); the desk keeps it beside a retry. */
export function waysForward(
  code: RecognizeErrorCode | 'COMPRESS_FAILED',
  journey: 'operator' | 'customer',
  canRetry: boolean,
): { retry: boolean; retake: boolean } {
  const remedy = remedyFor(code)
  if (journey === 'operator') {
    if (isMisconfigured(code)) return { retry: false, retake: false }
    return { retry: canRetry && remedy !== 'retake', retake: true }
  }
  // A spent link stays spent: nothing to press.
  if (code === 'UNAUTHORIZED') return { retry: false, retake: false }
  const retry = canRetry && remedy !== 'retake'
  return { retry, retake: !retry || code === 'RECOGNITION_FAILED' }
}
