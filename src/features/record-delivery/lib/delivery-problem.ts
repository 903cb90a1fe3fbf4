// What a failed record delivery means to the person in front of the screen: no connection, the server busy
// for a while, the link (or its one-time ticket) no longer good, or our fault — each with its own words.
import type { RecordDeliveryErrorCode } from '../api/record-delivery-error.ts'

export type DeliveryProblem = 'network' | 'busy' | 'link' | 'ours'

/** A failed delivery as the flow keeps it: the code, and what the server added (Retry-After, request ID). */
export interface DeliveryFailure {
  code: RecordDeliveryErrorCode
  retryAfterMs?: number | undefined
  requestId?: string | undefined
}

const PROBLEMS: Record<RecordDeliveryErrorCode, DeliveryProblem> = {
  NETWORK: 'network',
  TEMPORARILY_UNAVAILABLE: 'busy',
  RATE_LIMITED: 'busy',
  UNAUTHORIZED: 'link',
  RECORD_TICKET_INVALID: 'link',
  RECORD_TICKET_USED: 'link',
  RECORD_DELIVERY_OFF: 'ours',
  RECORD_MALFORMED: 'ours',
  RECORD_TOO_LARGE: 'ours',
  NOT_FOUND: 'ours',
  METHOD_NOT_ALLOWED: 'ours',
  INTERNAL_ERROR: 'ours',
  INVALID_RESPONSE: 'ours',
  SEAL_FAILED: 'ours',
}

export function deliveryProblem(code: RecordDeliveryErrorCode): DeliveryProblem {
  return PROBLEMS[code]
}

/** Whole seconds to wait, rounded up, when the server said (Retry-After). */
export function waitSeconds(failure: DeliveryFailure): number | undefined {
  return failure.retryAfterMs === undefined ? undefined : Math.max(1, Math.ceil(failure.retryAfterMs / 1000))
}
