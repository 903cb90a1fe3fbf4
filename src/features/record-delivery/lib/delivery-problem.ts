// What a failed record delivery means to the person in front of the screen: no connection, the server busy
// for a while, the link (or its one-time ticket) no longer good, or our fault — each with its own words.
import { RecordDeliveryError, type RecordDeliveryErrorCode } from '../api/record-delivery-error.ts'

export type DeliveryProblem = 'network' | 'busy' | 'link' | 'ours'

/** A failed delivery as the flow keeps it: the code, what it means, and what the server added. */
export interface DeliveryFailure {
  code: RecordDeliveryErrorCode
  problem: DeliveryProblem
  /** Whole seconds to wait, from Retry-After */
  waitSeconds?: number | undefined
  requestId?: string | undefined
}

const PROBLEMS: Record<RecordDeliveryErrorCode, DeliveryProblem> = {
  NETWORK: 'network',
  REQUEST_TIMEOUT: 'network',
  TEMPORARILY_UNAVAILABLE: 'busy',
  RATE_LIMITED: 'busy',
  UNAUTHORIZED: 'link',
  RECORD_TICKET_INVALID: 'link',
  RECORD_TICKET_USED: 'link',
  RECORD_DELIVERY_OFF: 'ours',
  RECORD_MALFORMED: 'ours',
  RECORD_TOO_LARGE: 'ours',
  UNSUPPORTED_TYPE: 'ours',
  NOT_FOUND: 'ours',
  METHOD_NOT_ALLOWED: 'ours',
  INTERNAL_ERROR: 'ours',
  INVALID_RESPONSE: 'ours',
  SEAL_FAILED: 'ours',
}

export function deliveryFailure(error: unknown): DeliveryFailure {
  // Anything else (the delivery's own code failed to load) is a connection that dropped.
  if (!(error instanceof RecordDeliveryError)) return { code: 'NETWORK', problem: 'network' }
  const { code, retryAfterMs, requestId } = error
  return {
    code,
    problem: PROBLEMS[code],
    ...(retryAfterMs === undefined ? {} : { waitSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) }),
    ...(requestId === undefined ? {} : { requestId }),
  }
}
