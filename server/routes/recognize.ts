// POST /api/hkid/recognize: image bytes in, normalized card out (docs/architecture.md, docs/errors.md).
// limit → sniff → the recognizer chosen at start-up (Tencent, or the local reader) → its outcome as our answer.
import { Hono, type Context } from 'hono'
import { rateKeyForAddress } from '../access/ip-address.ts'
import { apiError } from '../http/api-error.ts'
import { readBodyWithLimit } from '../http/read-body.ts'
import { sniffImage } from '../http/sniff-image.ts'
import { BytePool } from '../upstream/byte-pool.ts'
import type { Recognizer, RecognizeOutcome } from '../recognizers/recognizer.ts'
import type { AppEnv } from '../app-env.ts'
import type { RecordTickets } from '../records/record-ticket.ts'

export interface RecognizeRouteOptions {
  /** Tencent or the local reader, chosen at start-up; the route does not know which. */
  recognizer: Recognizer
  maxBodyBytes: number
  /** The whole image must arrive within this long, else 408 (default 30 s). */
  bodyTimeoutMs?: number
  /** Record delivery on: every card answered carries a ticket to post its sealed record (docs/record-delivery.md). */
  tickets?: RecordTickets
  /** The caller's address (after trusted proxies): the local reader serves addresses in turn. */
  clientAddress?: (c: Context<AppEnv>) => string | undefined
}

/** A browser can send these only after a CORS preflight, so another site cannot post them unseen. */
const DECLARED_IMAGE_TYPES = new Set(['image/jpeg', 'image/png'])

function declaresImage(contentType: string | undefined): boolean {
  return DECLARED_IMAGE_TYPES.has(contentType?.split(';')[0]?.trim().toLowerCase() ?? '')
}

/** nginx's 499: the client closed the connection before the answer. Logged; nobody is there to read it. */
export function clientClosed(c: Context<AppEnv>): Response {
  c.get('log').code = 'CLIENT_CLOSED'
  return c.body(null, 499 as never)
}

export function recognizeRoute({
  recognizer,
  maxBodyBytes,
  bodyTimeoutMs = 30_000,
  tickets,
  clientAddress,
}: RecognizeRouteOptions) {
  const route = new Hono<AppEnv>()
  // Image bodies reuse memory across requests (see byte-pool.ts); each is released once answered.
  const bodyPool = new BytePool()

  route.post('/', async (c) => {
    const log = c.get('log')
    // Checked before the body is read; the bytes are still sniffed below, the header is never trusted.
    if (!declaresImage(c.req.header('Content-Type'))) {
      return apiError(c, 'UNSUPPORTED_TYPE', { requestId: log.requestId })
    }
    const nodeIncoming = (c.env as { incoming?: unknown } | undefined)?.incoming
    const body = await readBodyWithLimit(
      c.req.raw,
      maxBodyBytes,
      nodeIncoming,
      (size) => bodyPool.acquire(size),
      bodyTimeoutMs,
    )
    if (!body.ok) {
      if (body.reason === 'client-closed') return clientClosed(c)
      if (body.reason === 'timeout') {
        // The rest of the body is never read: the connection goes with the answer.
        c.header('Connection', 'close')
        return apiError(c, 'REQUEST_TIMEOUT', { requestId: log.requestId })
      }
      return apiError(c, 'IMAGE_TOO_LARGE', { requestId: log.requestId })
    }
    log.bytes = body.bytes.byteLength
    if (body.bytes.byteLength === 0) return apiError(c, 'EMPTY_BODY', { requestId: log.requestId })

    log.sniffedType = sniffImage(body.bytes)
    if (!log.sniffedType) {
      bodyPool.release(body.bytes)
      return apiError(c, 'UNSUPPORTED_TYPE', { requestId: log.requestId })
    }

    const started = performance.now()
    // Until the outcome says otherwise the image may be on its way: a crash from here on spends the call.
    c.set('upstreamSent', true)
    let outcome: RecognizeOutcome
    try {
      outcome = await recognizer.recognize(body.bytes, {
        portraits: c.req.query('portraits') !== '0',
        signal: c.req.raw.signal,
        requestId: log.requestId,
        ...(clientAddress ? { clientKey: rateKeyForAddress(clientAddress(c)) } : {}),
      })
    } finally {
      bodyPool.release(body.bytes)
    }
    log.upstreamMs = Math.round(performance.now() - started)
    Object.assign(log, outcome.log)
    // A call is spent once the image left for the upstream or its reading started (access-control.ts).
    c.set('upstreamSent', outcome.spent)

    switch (outcome.kind) {
      case 'card': {
        if (!tickets) return c.json(outcome.result)
        // Bound to the answer's request ID and the token this call was admitted with, whichever recognizer read it.
        const ticket = await tickets.issue({
          requestId: outcome.result.requestId,
          token: c.get('captureToken'),
        })
        return c.json({ ...outcome.result, ticket })
      }
      case 'client-closed':
        return clientClosed(c)
      case 'error': {
        const requestId = outcome.requestId ?? log.requestId
        const retry = outcome.retryAfterSeconds ? { retryAfterSeconds: outcome.retryAfterSeconds } : {}
        return apiError(c, outcome.code, { requestId, ...retry })
      }
    }
  })

  route.all('/', (c) => apiError(c, 'METHOD_NOT_ALLOWED', { requestId: c.get('log').requestId }))
  return route
}
