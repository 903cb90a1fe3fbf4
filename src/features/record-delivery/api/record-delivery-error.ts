// The codes a record delivery can end in, and the error that carries one: kept apart from the fetcher (and
// zod) so the flow can tell a failed delivery from anything else without loading either.
import type { RecordErrorCode } from '#src/hkid/api-errors.ts'

/** What POST /api/records answers: the server's list (src/hkid/api-errors.ts), spelt out here so the first screen
 * does not load zod; the types below fail the build if the two lists ever differ. */
export const recordDeliveryErrorCodes = [
  'RECORD_DELIVERY_OFF',
  'RECORD_TICKET_INVALID',
  'RECORD_TICKET_USED',
  'RECORD_MALFORMED',
  'RECORD_TOO_LARGE',
  'UNSUPPORTED_TYPE',
  'UNAUTHORIZED',
  'REQUEST_TIMEOUT',
  'TEMPORARILY_UNAVAILABLE',
  'RATE_LIMITED',
  'NOT_FOUND',
  'METHOD_NOT_ALLOWED',
  'INTERNAL_ERROR',
] as const satisfies readonly RecordErrorCode[]
type Unhandled = Exclude<RecordErrorCode, (typeof recordDeliveryErrorCodes)[number]>
/** Compiles only while every code the server may answer is in the list above. */
export const everyRecordCodeHandled: [Unhandled] extends [never] ? true : never = true

/** The server's codes, and what goes wrong here: no connection, an answer we cannot read, a record not sealed. */
export type RecordDeliveryErrorCode =
  (typeof recordDeliveryErrorCodes)[number] | 'NETWORK' | 'INVALID_RESPONSE' | 'SEAL_FAILED'

export class RecordDeliveryError extends Error {
  readonly code: RecordDeliveryErrorCode
  readonly retryAfterMs: number | undefined
  readonly requestId: string | undefined
  constructor(code: RecordDeliveryErrorCode, options: { retryAfterMs?: number; requestId?: string } = {}) {
    super(code)
    this.name = 'RecordDeliveryError'
    this.code = code
    this.retryAfterMs = options.retryAfterMs
    this.requestId = options.requestId
  }
}
