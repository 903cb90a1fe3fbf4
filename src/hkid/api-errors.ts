// Every error an /api route answers: a stable code, and the HTTP status that goes with it — one table. The
// server answers through server/http/api-error.ts, which takes the status from here and nowhere else;
// docs/errors.md shows the same rows (api-errors.test.ts compares them both ways); the browser parses the
// body with the schema of the route it called.
import { z } from 'zod'

/** The statuses an error may carry: literals, so the server's typed responses accept them. */
export type ApiErrorStatus =
  400 | 401 | 403 | 404 | 405 | 408 | 409 | 410 | 413 | 415 | 422 | 429 | 500 | 502 | 503 | 504

export const API_ERROR_STATUS = {
  // The recognizer's answer (server/upstream/upstream-errors.ts maps Tencent's codes to these)
  NOT_HKID: 422,
  IMAGE_UNREADABLE: 422,
  IMAGE_BLURRY: 422,
  IMAGE_TOO_LARGE: 413,
  RECOGNITION_FAILED: 502,
  /** With Retry-After: the recognizer, or our queue in front of it, is full. */
  BUSY: 429,
  SERVICE_UNAVAILABLE: 503,
  // The call to the recognizer
  UPSTREAM_TIMEOUT: 504,
  UPSTREAM_ERROR: 502,
  // Refused before the recognizer is called
  UNSUPPORTED_TYPE: 415,
  EMPTY_BODY: 400,
  UNAUTHORIZED: 401,
  /** With Retry-After */
  RATE_LIMITED: 429,
  REQUEST_TIMEOUT: 408,
  /** With Retry-After: the shared store is unreachable, so nothing that must be counted can go ahead. */
  TEMPORARILY_UNAVAILABLE: 503,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  INTERNAL_ERROR: 500,
  // The desk hand-off (docs/desk-desk-handoff.md)
  /** The link's time ran out. */
  HANDOFF_EXPIRED: 410,
  /** Another device holds the channel. */
  HANDOFF_IN_USE: 409,
  /** The phone's message was already sent (a channel carries one). */
  HANDOFF_USED: 409,
  HANDOFF_TOO_LARGE: 413,
  BAD_REQUEST: 400,
  // Record delivery (docs/record-delivery.md)
  /** No webhook is configured on this server: nothing can be delivered. */
  RECORD_DELIVERY_OFF: 404,
  /** The ticket is missing, forged, expired, or belongs to another capture token. */
  RECORD_TICKET_INVALID: 403,
  /** A record was already accepted with this ticket (one per recognition). */
  RECORD_TICKET_USED: 409,
  /** Not JSON, not the record post's shape, or the JWE's header is not a seal we accept. */
  RECORD_MALFORMED: 400,
  RECORD_TOO_LARGE: 413,
  // Reading on the device (docs/operations.md)
  /** READ_ON=server: this server reads every card itself, so it gives no device reading a ticket. */
  DEVICE_READING_OFF: 404,
} as const satisfies Record<string, ApiErrorStatus>

/** Every code any /api route may answer. */
export type ErrorCode = keyof typeof API_ERROR_STATUS
export const errorCodes = Object.keys(API_ERROR_STATUS) as [ErrorCode, ...ErrorCode[]]

function errorBodySchema<const C extends readonly [ErrorCode, ...ErrorCode[]]>(codes: C) {
  return z.object({
    error: z.object({ code: z.enum(codes), message: z.string(), requestId: z.string().optional() }),
  })
}

/** What POST /api/hkid/recognize answers, as any /api path may (an unknown path, a wrong method, our fault). */
export const apiErrorCodes = [
  'NOT_HKID',
  'IMAGE_UNREADABLE',
  'IMAGE_BLURRY',
  'IMAGE_TOO_LARGE',
  'RECOGNITION_FAILED',
  'BUSY',
  'SERVICE_UNAVAILABLE',
  'UPSTREAM_TIMEOUT',
  'UPSTREAM_ERROR',
  'UNSUPPORTED_TYPE',
  'EMPTY_BODY',
  'UNAUTHORIZED',
  'RATE_LIMITED',
  'REQUEST_TIMEOUT',
  'TEMPORARILY_UNAVAILABLE',
  'NOT_FOUND',
  'METHOD_NOT_ALLOWED',
  'INTERNAL_ERROR',
] as const satisfies readonly ErrorCode[]
export type ApiErrorCode = (typeof apiErrorCodes)[number]
export const apiErrorSchema = errorBodySchema(apiErrorCodes)
export type ApiError = z.infer<typeof apiErrorSchema>

/** What /api/handoff/* answers. */
export const handoffErrorCodes = [
  'UNAUTHORIZED',
  'HANDOFF_EXPIRED',
  'HANDOFF_IN_USE',
  'HANDOFF_USED',
  'HANDOFF_TOO_LARGE',
  'BAD_REQUEST',
  'TEMPORARILY_UNAVAILABLE',
  'RATE_LIMITED',
  'METHOD_NOT_ALLOWED',
] as const satisfies readonly ErrorCode[]
export type HandoffErrorCode = (typeof handoffErrorCodes)[number]
export const handoffErrorSchema = errorBodySchema(handoffErrorCodes)

/** What POST /api/records answers (docs/record-delivery.md), with what any /api path may (a server without
 *  the route, our fault). */
export const recordErrorCodes = [
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
  'METHOD_NOT_ALLOWED',
  'NOT_FOUND',
  'INTERNAL_ERROR',
] as const satisfies readonly ErrorCode[]
export type RecordErrorCode = (typeof recordErrorCodes)[number]
export const recordErrorSchema = errorBodySchema(recordErrorCodes)

/** What POST /api/hkid/device-reading answers: access control's refusals, its own, and any /api path's. */
export const deviceReadingErrorCodes = [
  'DEVICE_READING_OFF',
  'UNSUPPORTED_TYPE',
  'IMAGE_TOO_LARGE',
  'BAD_REQUEST',
  'UNAUTHORIZED',
  'RATE_LIMITED',
  'REQUEST_TIMEOUT',
  'TEMPORARILY_UNAVAILABLE',
  'METHOD_NOT_ALLOWED',
  'NOT_FOUND',
  'INTERNAL_ERROR',
] as const satisfies readonly ErrorCode[]
export type DeviceReadingErrorCode = (typeof deviceReadingErrorCodes)[number]
export const deviceReadingErrorSchema = errorBodySchema(deviceReadingErrorCodes)
