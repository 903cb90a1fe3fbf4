// Every error answer of the API: a stable code, the status the one table (src/hkid/api-errors.ts) gives it,
// and a plain message we wrote — never upstream text. Routes call apiError and never write a status.
import type { Context } from 'hono'
import { API_ERROR_STATUS, type ErrorCode } from '#src/hkid/api-errors.ts'

const MESSAGES: Record<ErrorCode, string> = {
  NOT_HKID: 'No Hong Kong identity card was found in the image.',
  IMAGE_UNREADABLE: 'The image could not be read.',
  IMAGE_BLURRY: 'The image is too blurry to read.',
  IMAGE_TOO_LARGE: 'The image is too large.',
  RECOGNITION_FAILED: 'The card could not be recognised this time.',
  BUSY: 'The recognition service is busy.',
  SERVICE_UNAVAILABLE: 'The recognition service is not available. Please contact the operator.',
  UPSTREAM_TIMEOUT: 'The recognition service took too long to answer.',
  UPSTREAM_ERROR: 'The recognition service could not be reached.',
  UNSUPPORTED_TYPE: 'Only JPEG and PNG images are accepted.',
  EMPTY_BODY: 'No image was received.',
  UNAUTHORIZED: 'This link is missing, invalid, expired or not allowed here.',
  RATE_LIMITED: 'Too many attempts. Please wait a moment.',
  REQUEST_TIMEOUT: 'The image took too long to arrive.',
  TEMPORARILY_UNAVAILABLE: 'The service is briefly unavailable. Please try again shortly.',
  NOT_FOUND: 'Not found.',
  METHOD_NOT_ALLOWED: 'Method not allowed.',
  INTERNAL_ERROR: 'Something went wrong on our side.',
  HANDOFF_EXPIRED: 'This hand-off link has expired.',
  HANDOFF_IN_USE: 'This hand-off link is already open on another device.',
  HANDOFF_USED: 'This hand-off link has already been used.',
  HANDOFF_TOO_LARGE: 'The message is too large.',
  BAD_REQUEST: 'The request is malformed.',
  RECORD_DELIVERY_OFF: 'Record delivery is not configured on this server.',
  RECORD_TICKET_INVALID: 'This record cannot be accepted: its ticket is missing, invalid or expired.',
  RECORD_TICKET_USED: 'A record was already sent for this recognition.',
  RECORD_MALFORMED: 'The record is malformed.',
  RECORD_TOO_LARGE: 'The record is too large.',
  DEVICE_READING_OFF:
    'This server reads cards itself: readings on the device are switched off (READ_ON=server).',
}

export interface ApiErrorOptions {
  /** What a user quotes to support: the same id is on the request's log line. */
  requestId?: string | undefined
  /** Sent as Retry-After: when the client may try again. */
  retryAfterSeconds?: number
  /** In place of the code's usual message: our words for this route (never what the request held). */
  message?: string
}

/** The error answer for `code`, with the status the table gives it. */
export function apiError(
  c: Context,
  code: ErrorCode,
  { requestId, retryAfterSeconds, message = MESSAGES[code] }: ApiErrorOptions = {},
) {
  if (retryAfterSeconds !== undefined)
    c.header('Retry-After', String(Math.max(1, Math.ceil(retryAfterSeconds))))
  const body = { error: { code, message, ...(requestId ? { requestId } : {}) } }
  return c.json(body, API_ERROR_STATUS[code])
}
