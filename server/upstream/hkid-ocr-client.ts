// Calls Tencent Cloud's HKIDCardOCR (or the emulator, which speaks the same protocol): signs each attempt
// afresh, enforces one deadline over the whole call, retries only RequestLimitExceeded, caps the reply, and
// classifies every outcome so the route never sees a raw upstream message. Each outcome says whether the
// image may have reached the upstream (`sent`): that, not the outcome, decides whether a call is spent.
import { signTc3 } from '../tc3/sign-tc3.ts'
import { createNodeHttpFetch, ReplyTooLargeError, type UpstreamFetch } from './node-http-fetch.ts'
import { encodeOcrPayload } from './ocr-payload.ts'
import { BytePool } from './byte-pool.ts'
import type { UpstreamLimiter } from './upstream-limiter.ts'
import { hkidOcrSuccessSchema, tencentErrorSchema, type HkidOcrSuccess } from '#src/hkid/hkid-ocr-response.ts'
import { DEFAULT_MAX_REPLY_BYTES, readBoundedJson } from './read-reply.ts'
import { isRetryableUpstreamError } from './upstream-errors.ts'
import { abortableSleep as sleep } from './abortable-sleep.ts'

export interface UpstreamConfig {
  endpoint: string
  secretId: string
  secretKey: string
  sessionToken?: string
  region?: string
  timeoutMs: number
  /** Waits before retry n (1-based); injectable so tests need not sleep. */
  backoffMs?: (attempt: number) => number
  fetch?: UpstreamFetch
  /** Shared by every call of this process so together they stay under the upstream's rate. */
  limiter?: UpstreamLimiter
  /** Longest reply read (default 4 MB); past it the call fails as `reply-too-large`. */
  maxReplyBytes?: number
}

export type UpstreamOutcome = {
  attempts: number
  /** The image may have reached the upstream (and be billed): bytes left on an open connection, and the
   *  upstream did not refuse every attempt as over its rate. */
  sent: boolean
} & (
  | { kind: 'ok'; response: HkidOcrSuccess }
  | { kind: 'api-error'; upstreamCode: string; requestId?: string }
  | { kind: 'timeout' }
  | { kind: 'network' }
  | { kind: 'malformed' }
  | { kind: 'reply-too-large' }
  /** Our own limiter's queue was full: the burst is too long to wait out. */
  | { kind: 'busy' }
  /** The caller (the browser) went away; nothing more is done for it. */
  | { kind: 'client-closed' }
)

export interface HkidOcrRequest {
  /** The image bytes as received; base64 and the JSON body are built once, in encodeOcrPayload. */
  image: Uint8Array
  returnHeadImage: boolean
}

// node:http where the runtime has it (Node), the platform's fetch elsewhere (workerd, Deno, browsers).
const nodeFetch = createNodeHttpFetch()
const platformFetch: UpstreamFetch = (url, init) => fetch(url, init)

/** One per process, like the connection pool: request bodies reuse memory across calls. */
const payloadPool = new BytePool()

const MAX_RETRIES = 2
const CONTENT_TYPE = 'application/json'
// ≥ 1 s: the signature covers only the timestamp in seconds, so a retry must land in a later second.
const defaultBackoff = (attempt: number) => 1000 * 2 ** (attempt - 1) + Math.random() * 250

/** What happened to the bytes across attempts: they may be still in a socket, and may have reached it. */
interface Transport {
  writing: boolean
  attemptsSent: number
  attemptsRateRefused: number
}

async function sendOnce(
  config: UpstreamConfig,
  payload: Uint8Array<ArrayBuffer>,
  signal: AbortSignal,
  timestamp: number,
  transport: Transport,
): Promise<Response | 'queue-full'> {
  const url = new URL(config.endpoint)
  const { authorization } = await signTc3({
    secretId: config.secretId,
    secretKey: config.secretKey,
    service: 'ocr',
    // The bare hostname, as the official SDK signs it (Tencent's endpoints never carry a port).
    host: url.hostname,
    contentType: CONTENT_TYPE,
    payload,
    timestamp,
  })
  const headers: Record<string, string> = {
    Authorization: authorization,
    'Content-Type': CONTENT_TYPE,
    'X-TC-Action': 'HKIDCardOCR',
    'X-TC-Version': '2018-11-19',
    'X-TC-Timestamp': String(timestamp),
  }
  if (config.region) headers['X-TC-Region'] = config.region
  if (config.sessionToken) headers['X-TC-Token'] = config.sessionToken
  // Admitted last, right before the bytes leave, so the upstream sees the same spacing the limiter keeps.
  if ((await config.limiter?.acquire(signal)) === 'queue-full') return 'queue-full'
  // Gone (caller or deadline) while signing or queueing: never start sending.
  signal.throwIfAborted()
  let counted = false
  const onSending = () => {
    if (counted) return
    counted = true
    transport.attemptsSent++
  }
  const send = config.fetch ?? nodeFetch
  // Only node-http-fetch reports when the connection is up; any other transport counts as sending at once.
  if (!send || config.fetch) onSending()
  transport.writing = true
  // Resolves once the body is no longer read (fetch copies it; node-http-fetch waits for the write).
  const response = await (send ?? platformFetch)(
    url,
    { method: 'POST', headers, body: payload, signal },
    { onSending, maxReplyBytes: config.maxReplyBytes ?? DEFAULT_MAX_REPLY_BYTES },
  )
  transport.writing = false
  return response
}

export async function callHkidCardOcr(
  config: UpstreamConfig,
  request: HkidOcrRequest,
  callerSignal?: AbortSignal,
): Promise<UpstreamOutcome> {
  // Encoded once: the same bytes are hashed for the signature and sent, for every attempt.
  const payload = encodeOcrPayload(request.image, request.returnHeadImage, (size) =>
    payloadPool.acquire(size),
  )
  const transport: Transport = { writing: false, attemptsSent: 0, attemptsRateRefused: 0 }
  try {
    const outcome = await callWithRetries(config, payload, transport, callerSignal)
    return { ...outcome, sent: transport.attemptsSent > transport.attemptsRateRefused } as UpstreamOutcome
  } finally {
    // A send cut short (deadline, network error) may still be reading the bytes: those are left to the GC.
    if (!transport.writing) payloadPool.release(payload)
  }
}

type Unsent<T> = T extends unknown ? Omit<T, 'sent'> : never

async function callWithRetries(
  config: UpstreamConfig,
  payload: Uint8Array<ArrayBuffer>,
  transport: Transport,
  callerSignal?: AbortSignal,
): Promise<Unsent<UpstreamOutcome>> {
  const deadline = AbortSignal.timeout(config.timeoutMs)
  const signal = callerSignal ? AbortSignal.any([deadline, callerSignal]) : deadline
  const backoff = config.backoffMs ?? defaultBackoff
  const maxReplyBytes = config.maxReplyBytes ?? DEFAULT_MAX_REPLY_BYTES
  // Why the call stopped early: the caller leaving wins over the deadline (it is what happened first).
  const stopped = (attempts: number) =>
    callerSignal?.aborted
      ? ({ kind: 'client-closed', attempts } as const)
      : deadline.aborted
        ? ({ kind: 'timeout', attempts } as const)
        : null
  let lastTimestamp = 0

  for (let attempt = 1; ; attempt++) {
    let body: unknown
    try {
      // A retry always carries a new X-TC-Timestamp, hence a fresh signature, whatever the backoff.
      const nowSeconds = Math.floor(Date.now() / 1000)
      if (nowSeconds <= lastTimestamp) await sleep((lastTimestamp + 1) * 1000 - Date.now() + 5, signal)
      lastTimestamp = Math.max(nowSeconds, lastTimestamp + 1)
      const response = await sendOnce(config, payload, signal, lastTimestamp, transport)
      if (response === 'queue-full') return { kind: 'busy', attempts: attempt }
      if (!response.ok) {
        await response.body?.cancel()
        return { kind: 'network', attempts: attempt }
      }
      body = await readBoundedJson(response, maxReplyBytes)
      // The deadline firing mid-body makes the read fail: that is a timeout, not a malformed answer.
      if (body === undefined) {
        const early = stopped(attempt)
        if (early) return early
      }
    } catch (error) {
      if (error instanceof ReplyTooLargeError) return { kind: 'reply-too-large', attempts: attempt }
      return stopped(attempt) ?? { kind: 'network', attempts: attempt }
    }

    const error = tencentErrorSchema.safeParse(body)
    if (error.success) {
      const upstreamCode = error.data.Response.Error.Code
      const retryable = isRetryableUpstreamError(upstreamCode)
      // Refused as over its rate: the upstream did not look at the image (and does not bill it).
      if (retryable) transport.attemptsRateRefused++
      if (retryable && attempt <= MAX_RETRIES) {
        try {
          await sleep(backoff(attempt), signal)
        } catch {
          return stopped(attempt) ?? { kind: 'timeout', attempts: attempt }
        }
        continue
      }
      const requestId = error.data.Response.RequestId
      return { kind: 'api-error', upstreamCode, attempts: attempt, ...(requestId ? { requestId } : {}) }
    }
    const success = hkidOcrSuccessSchema.safeParse(body)
    if (!success.success) return { kind: 'malformed', attempts: attempt }
    return { kind: 'ok', response: success.data.Response, attempts: attempt }
  }
}
