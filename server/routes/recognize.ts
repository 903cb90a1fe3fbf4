// POST /api/hkid/recognize: image bytes in, normalized card out (docs/architecture.md, docs/errors.md).
// sniff → limit → base64 → sign → forward → validate → normalize.
import { Hono, type Context } from 'hono'
import { apiError } from '../http/api-error.ts'
import { readBodyWithLimit } from '../http/read-body.ts'
import { sniffImage } from '../http/sniff-image.ts'
import { BytePool } from '../upstream/byte-pool.ts'
import { callHkidCardOcr, type UpstreamConfig, type UpstreamOutcome } from '../upstream/hkid-ocr-client.ts'
import { mapUpstreamError } from '../upstream/upstream-errors.ts'
import { normalizeHkidOcr } from '../upstream/normalize-card.ts'
import { startCrossCheck, type CrossReader } from '../upstream/cross-check.ts'
import type { RecognizeResult } from '#src/hkid/recognize-contract.ts'
import type { AppEnv } from '../app-env.ts'

export interface RecognizeRouteOptions {
  upstream: UpstreamConfig
  maxBodyBytes: number
  /** The whole image must arrive within this long, else 408 (default 30 s). */
  bodyTimeoutMs?: number
  /** Set (LOCAL_CROSSCHECK): every image is also read locally and the two readings compared. */
  crossCheck?: CrossReader
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
  upstream,
  maxBodyBytes,
  bodyTimeoutMs = 30_000,
  crossCheck,
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
    // Its own copy: the body's memory goes back to the pool as soon as the upstream call is done.
    const second = crossCheck ? startCrossCheck(crossCheck, body.bytes.slice(), c.req.raw.signal) : null
    let outcome: UpstreamOutcome
    // Until the outcome says otherwise the image may be on its way: a crash from here on spends the call.
    c.set('upstreamSent', true)
    try {
      outcome = await callHkidCardOcr(
        upstream,
        { image: body.bytes, returnHeadImage: c.req.query('portraits') !== '0' },
        c.req.raw.signal,
      )
    } finally {
      bodyPool.release(body.bytes)
    }
    log.upstreamMs = Math.round(performance.now() - started)
    log.upstreamAttempts = outcome.attempts
    // A call is spent once the image left for the upstream, whatever came back (access-control.ts).
    c.set('upstreamSent', outcome.sent)

    if (outcome.kind !== 'ok') second?.cancel()
    switch (outcome.kind) {
      case 'ok': {
        if (outcome.response.RequestId) log.upstreamRequestId = outcome.response.RequestId
        const result = normalizeHkidOcr(outcome.response, log.requestId)
        if (!second) return c.json(result)
        // The local reading may take until the call's own deadline; past it, the answer goes without it.
        const waitMs = Math.max(0, upstream.timeoutMs - (performance.now() - started))
        const checked = await second.against(result.card, waitMs)
        log.crossCheck = checked.status === 'read' ? `differs:${checked.differences.length}` : checked.reason
        return c.json({
          ...result,
          reading: result.reading ?? { reader: 'tencent', uncertainFields: [] },
          crossCheck: checked,
        } satisfies RecognizeResult)
      }
      case 'api-error': {
        log.upstreamCode = outcome.upstreamCode
        if (outcome.requestId) log.upstreamRequestId = outcome.requestId
        const code = mapUpstreamError(outcome.upstreamCode)
        const requestId = outcome.requestId ?? log.requestId
        return apiError(c, code, { requestId, ...(code === 'BUSY' ? { retryAfterSeconds: 2 } : {}) })
      }
      case 'busy':
        log.upstreamCode = 'local-queue-full'
        return apiError(c, 'BUSY', { requestId: log.requestId, retryAfterSeconds: 1 })
      case 'client-closed':
        return clientClosed(c)
      case 'timeout':
        return apiError(c, 'UPSTREAM_TIMEOUT', { requestId: log.requestId })
      case 'network':
      case 'malformed':
      case 'reply-too-large':
        log.upstreamCode = outcome.kind
        return apiError(c, 'UPSTREAM_ERROR', { requestId: log.requestId })
    }
  })

  route.all('/', (c) => apiError(c, 'METHOD_NOT_ALLOWED', { requestId: c.get('log').requestId }))
  return route
}
