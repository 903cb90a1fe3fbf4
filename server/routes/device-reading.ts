// POST /api/hkid/device-reading: a card read on the customer's own device (READ_ON=device|auto) gets what a
// server recognition gets besides the card — a request ID and a record ticket — without the image ever coming
// here. It sits behind the same access control as recognize (capture token, its call budget, rate limits), so
// a device reading spends a call exactly as a server reading does (docs/record-delivery.md, docs/operations.md).
import { Hono, type MiddlewareHandler } from 'hono'
import type { AppEnv } from '../app-env.ts'
import { apiError } from '../http/api-error.ts'
import { readBodyWithLimit } from '../http/read-body.ts'
import type { RecordTickets } from '../records/record-ticket.ts'
import { clientClosed } from './recognize.ts'
import type { ReadOn } from '#src/hkid/client-config.ts'
import type { DeviceReadingTicket } from '#src/hkid/device-reading-contract.ts'

/** The body is `{}` (or nothing): anything near an image's size is refused before it is read. */
export const DEVICE_READING_MAX_BYTES = 1024

export interface DeviceReadingRouteOptions {
  /** Record delivery on: the answer carries a ticket to post the sealed record with */
  tickets?: RecordTickets | undefined
  /** The whole (tiny) body must arrive within this long, else 408 */
  bodyTimeoutMs: number
}

/** READ_ON=server: refused before access control, so the refusal spends no call and counts no rate. */
export function deviceReadingAllowed(readOn: ReadOn): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (readOn !== 'server') return next()
    const log = c.get('log')
    log.code = 'DEVICE_READING_OFF'
    return apiError(c, 'DEVICE_READING_OFF', { requestId: log.requestId })
  }
}

function isJsonObject(bytes: Uint8Array): boolean {
  if (bytes.byteLength === 0) return true
  try {
    const value: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
    return typeof value === 'object' && value !== null && !Array.isArray(value)
  } catch {
    return false
  }
}

export function deviceReadingRoute({ tickets, bodyTimeoutMs }: DeviceReadingRouteOptions) {
  const route = new Hono<AppEnv>()

  route.post('/', async (c) => {
    const log = c.get('log')
    // A browser sends JSON only after a CORS preflight: another site's form cannot spend a link's calls here.
    if (c.req.header('Content-Type')?.split(';')[0]?.trim().toLowerCase() !== 'application/json') {
      return apiError(c, 'UNSUPPORTED_TYPE', {
        requestId: log.requestId,
        message: 'Send the device reading as application/json.',
      })
    }
    const nodeIncoming = (c.env as { incoming?: unknown } | undefined)?.incoming
    const body = await readBodyWithLimit(
      c.req.raw,
      DEVICE_READING_MAX_BYTES,
      nodeIncoming,
      undefined,
      bodyTimeoutMs,
    )
    if (!body.ok) {
      if (body.reason === 'client-closed') return clientClosed(c)
      c.header('Connection', 'close')
      if (body.reason === 'timeout') return apiError(c, 'REQUEST_TIMEOUT', { requestId: log.requestId })
      log.code = 'IMAGE_TOO_LARGE'
      return apiError(c, 'IMAGE_TOO_LARGE', {
        requestId: log.requestId,
        message: `A device reading carries no image: its body is at most ${DEVICE_READING_MAX_BYTES} bytes.`,
      })
    }
    log.bytes = body.bytes.byteLength
    if (!isJsonObject(body.bytes)) {
      return apiError(c, 'BAD_REQUEST', {
        requestId: log.requestId,
        message: 'The body must be a JSON object.',
      })
    }
    // Nobody is there to take the ticket: the call goes back to the link's budget (access-control.ts refunds).
    if (c.req.raw.signal.aborted) return clientClosed(c)
    // The reading happened on the device: this call is spent as a server reading's would be.
    c.set('upstreamSent', true)
    log.reader = 'device'
    const answer: DeviceReadingTicket = { requestId: log.requestId }
    if (tickets)
      answer.ticket = await tickets.issue({ requestId: log.requestId, token: c.get('captureToken') })
    return c.json(answer)
  })

  route.all('/', (c) => apiError(c, 'METHOD_NOT_ALLOWED', { requestId: c.get('log').requestId }))
  return route
}
