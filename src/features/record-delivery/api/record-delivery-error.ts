// The codes a record delivery can end in, and the error that carries one: kept apart from the fetcher (and
// zod) so the flow can tell a failed delivery from anything else without loading either.

/** What POST /api/records answers (the server's list in src/hkid/api-errors.ts once it has one). */
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
] as const

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
