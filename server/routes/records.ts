// POST /api/records: a sealed record in, a receipt out (docs/record-delivery.md). The server never opens the
// record: it checks the ticket of the recognition that produced it, the caller's capture token and the JWE's
// header, and answers 202 only once the durable queue holds it. Nothing is queued on any refusal; the log
// keeps the receipt id, never the body.
import { Hono, type Context } from 'hono'
import { bearerToken, verifyCaptureToken } from '../access/capture-token.ts'
import { rateKeyForAddress } from '../access/ip-address.ts'
import type { AppEnv } from '../app-env.ts'
import { apiError } from '../http/api-error.ts'
import { readBodyWithLimit } from '../http/read-body.ts'
import { RecordStoreUnavailableError, type RecordQueue } from '../records/record-queue.ts'
import { ticketBindsCaller, type RecordTickets } from '../records/record-ticket.ts'
import { sealProblem } from '../records/seal-header.ts'
import type { SharedStore } from '../store/shared-store.ts'
import { clientClosed } from './recognize.ts'
import type { RecordErrorCode } from '#src/hkid/api-errors.ts'
import {
  RECORD_WEBHOOK_TYPE,
  recordPostSchema,
  type RecordReceipt,
  type RecordWebhook,
} from '#src/hkid/record-delivery-contract.ts'

export interface RecordDelivery {
  queue: RecordQueue
  tickets: RecordTickets
  /** The kids a seal may name (seal-header.ts acceptedKids) */
  kids: Promise<ReadonlySet<string>>
  /** RECORD_MAX_BYTES: the whole JSON body */
  maxBytes: number
}

export interface RecordsRouteOptions {
  /** null: no webhook configured, every post is RECORD_DELIVERY_OFF */
  delivery: RecordDelivery | null
  /** Set → a post needs the capture token the ticket was issued to (or its desk link). */
  captureTokenSecret?: string
  /** Its rates count posts per client address. */
  store: SharedStore
  perIpPerMinute: number
  clientAddress: (c: Context<AppEnv>) => string | undefined
  /** The whole body must arrive within this long, else 408. */
  bodyTimeoutMs: number
  nowMs: () => number
}

/** What goes before a refusal's detail: the part wrong is named after it. */
const RECORD_MESSAGES: Partial<Record<RecordErrorCode, string>> = {
  RECORD_MALFORMED: 'The record is malformed. ',
}

const MINUTE = 60_000
/** A brief store outage: the browser keeps the sealed record and tries again. */
const STORE_RETRY_SECONDS = 5

/** Which part of a post is wrong, from the schema's first complaint: the part's name, never its content. */
const PART_PROBLEM: Record<string, string> = {
  jwe: 'The jwe is not a compact JWE (a sealed record has five dot-separated parts).',
  routing: 'The routing is missing or not as documented.',
}

function parseJson(bytes: Uint8Array): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) }
  } catch {
    return { ok: false }
  }
}

export function recordsRoute(options: RecordsRouteOptions) {
  const { delivery, store, nowMs } = options
  const route = new Hono<AppEnv>()

  const fail = (
    c: Context<AppEnv>,
    code: RecordErrorCode,
    extra: { denied?: string; detail?: string; retryAfterSeconds?: number } = {},
  ) => {
    const log = c.get('log')
    log.code = code
    if (extra.denied) log.denied = extra.denied
    return apiError(c, code, {
      requestId: log.requestId,
      ...(extra.detail ? { message: `${RECORD_MESSAGES[code] ?? ''}${extra.detail}` } : {}),
      ...(extra.retryAfterSeconds ? { retryAfterSeconds: extra.retryAfterSeconds } : {}),
    })
  }

  route.post('/', async (c) => {
    if (!delivery) return fail(c, 'RECORD_DELIVERY_OFF')
    const ip = rateKeyForAddress(options.clientAddress(c))
    const rate = await store.hitRate(`records-ip:${ip}`, options.perIpPerMinute, MINUTE)
    if (!rate.ok) return fail(c, 'RATE_LIMITED', { retryAfterSeconds: rate.retryAfterMs / 1000 })
    // A browser posts JSON only after a CORS preflight: another site's form cannot post here unseen.
    if (c.req.header('Content-Type')?.split(';')[0]?.trim().toLowerCase() !== 'application/json') {
      return fail(c, 'UNSUPPORTED_TYPE', { detail: 'Send the record as application/json.' })
    }
    const token = bearerToken(c.req.header('Authorization'))
    if (options.captureTokenSecret && !token) return fail(c, 'UNAUTHORIZED', { denied: 'no-token' })

    const nodeIncoming = (c.env as { incoming?: unknown } | undefined)?.incoming
    const body = await readBodyWithLimit(
      c.req.raw,
      delivery.maxBytes,
      nodeIncoming,
      undefined,
      options.bodyTimeoutMs,
    )
    if (!body.ok) {
      if (body.reason === 'client-closed') return clientClosed(c)
      // The rest of the body is never read: the connection goes with the answer.
      c.header('Connection', 'close')
      return fail(c, body.reason === 'timeout' ? 'REQUEST_TIMEOUT' : 'RECORD_TOO_LARGE')
    }
    c.get('log').bytes = body.bytes.byteLength
    const json = parseJson(body.bytes)
    if (!json.ok) return fail(c, 'RECORD_MALFORMED', { detail: 'The body is not JSON.' })
    const post = recordPostSchema.safeParse(json.value)
    if (!post.success) {
      // A post without a ticket is refused as such, whatever else is wrong with it.
      if (post.error.issues.some((issue) => issue.path[0] === 'ticket')) {
        return fail(c, 'RECORD_TICKET_INVALID', { denied: 'ticket-missing' })
      }
      const part = String(post.error.issues[0]?.path[0] ?? '')
      return fail(c, 'RECORD_MALFORMED', {
        detail: PART_PROBLEM[part] ?? 'The body must hold ticket, jwe and routing, and nothing else.',
      })
    }

    const nowSeconds = Math.floor(nowMs() / 1000)
    const ticket = await delivery.tickets.verify(post.data.ticket, nowSeconds)
    if (!ticket.ok) return fail(c, 'RECORD_TICKET_INVALID', { denied: `ticket-${ticket.reason}` })
    let callerJti: string | null = null
    if (options.captureTokenSecret) {
      // The token must have been good when the ticket was issued; the ticket, not the token, bounds how long
      // a review may take (a desk link may run out while its last record is being checked).
      const check = await verifyCaptureToken(token ?? '', options.captureTokenSecret, ticket.claims.iat)
      if (!check.ok) return fail(c, 'UNAUTHORIZED', { denied: check.reason })
      callerJti = check.claims.jti
    }
    if (!ticketBindsCaller(ticket.claims, callerJti)) {
      return fail(c, 'RECORD_TICKET_INVALID', { denied: 'ticket-other-token' })
    }
    const problem = sealProblem(post.data.jwe, await delivery.kids)
    if (problem) return fail(c, 'RECORD_MALFORMED', { detail: problem })

    const ids = await delivery.tickets.receiptFor(ticket.claims.rid, post.data.jwe)
    const acceptedAtMs = nowMs()
    const receipt: RecordReceipt = { ...ids, acceptedAt: new Date(acceptedAtMs).toISOString() }
    const webhook: RecordWebhook = {
      type: RECORD_WEBHOOK_TYPE,
      timestamp: receipt.acceptedAt,
      data: { receipt, requestId: ticket.claims.rid, routing: post.data.routing, jwe: post.data.jwe },
    }
    let accepted
    try {
      accepted = await delivery.queue.accept({
        id: receipt.id,
        ticketId: ticket.claims.rid,
        ticketExpiresAtMs: ticket.claims.exp * 1000,
        body: JSON.stringify(webhook),
        acceptedAtMs,
      })
    } catch (error) {
      if (!(error instanceof RecordStoreUnavailableError)) throw error
      return fail(c, 'TEMPORARILY_UNAVAILABLE', {
        denied: 'record-store-unavailable',
        retryAfterSeconds: STORE_RETRY_SECONDS,
      })
    }
    if (accepted === 'ticket-used') return fail(c, 'RECORD_TICKET_USED')
    c.get('log').receipt = receipt.id
    return c.json({ receipt }, 202)
  })

  route.all('/', (c) => fail(c, 'METHOD_NOT_ALLOWED'))
  return route
}
