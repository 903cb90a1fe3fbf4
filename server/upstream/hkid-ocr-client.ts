// Calls Tencent Cloud's HKIDCardOCR (or the emulator, which speaks the same protocol): signs each attempt
// afresh, enforces one deadline over the whole call, retries only RequestLimitExceeded, and classifies
// every outcome so the route never sees a raw upstream message.
import { signTc3 } from '../tc3/sign-tc3.ts'
import { createNodeHttpFetch } from './node-http-fetch.ts'
import { encodeOcrPayload } from './ocr-payload.ts'
import { BytePool } from './byte-pool.ts'
import type { UpstreamLimiter } from './upstream-limiter.ts'
import { hkidOcrSuccessSchema, tencentErrorSchema, type HkidOcrSuccess } from './hkid-ocr-response.ts'
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
  fetch?: typeof fetch
  /** Shared by every call of this process so together they stay under the upstream's rate. */
  limiter?: UpstreamLimiter
}

export type UpstreamOutcome =
  | { kind: 'ok'; response: HkidOcrSuccess; attempts: number }
  | { kind: 'api-error'; upstreamCode: string; requestId?: string; attempts: number }
  | { kind: 'timeout'; attempts: number }
  | { kind: 'network'; attempts: number }
  | { kind: 'malformed'; attempts: number }
  /** Our own limiter's queue was full: the burst is too long to wait out. */
  | { kind: 'busy'; attempts: number }

export interface HkidOcrRequest {
  /** The image bytes as received; base64 and the JSON body are built once, in encodeOcrPayload. */
  image: Uint8Array
  returnHeadImage: boolean
}

// node:http where the runtime has it (Node), the platform's fetch elsewhere (workerd, Deno, browsers).
const defaultFetch: (url: URL, init: RequestInit) => Promise<Response> =
  createNodeHttpFetch() ?? ((url, init) => fetch(url, init))

/** One per process, like the connection pool: request bodies reuse memory across calls. */
const payloadPool = new BytePool()

const MAX_RETRIES = 2
const CONTENT_TYPE = 'application/json'
// ≥ 1 s: the signature covers only the timestamp in seconds, so a retry must land in a later second.
const defaultBackoff = (attempt: number) => 1000 * 2 ** (attempt - 1) + Math.random() * 250

async function sendOnce(
  config: UpstreamConfig,
  payload: Uint8Array<ArrayBuffer>,
  signal: AbortSignal,
  timestamp: number,
  transport: { sending: boolean },
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
  transport.sending = true
  // Resolves once the body is no longer read (fetch copies it; node-http-fetch waits for the write).
  const response = await (config.fetch ?? defaultFetch)(url, {
    method: 'POST',
    headers,
    body: payload,
    signal,
  })
  transport.sending = false
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
  const transport = { sending: false }
  try {
    return await callWithRetries(config, payload, transport, callerSignal)
  } finally {
    // A send cut short (deadline, network error) may still be reading the bytes: those are left to the GC.
    if (!transport.sending) payloadPool.release(payload)
  }
}

async function callWithRetries(
  config: UpstreamConfig,
  payload: Uint8Array<ArrayBuffer>,
  transport: { sending: boolean },
  callerSignal?: AbortSignal,
): Promise<UpstreamOutcome> {
  const deadline = AbortSignal.timeout(config.timeoutMs)
  const signal = callerSignal ? AbortSignal.any([deadline, callerSignal]) : deadline
  const backoff = config.backoffMs ?? defaultBackoff
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
      body = await response.json().catch(() => undefined)
      // The deadline firing mid-body makes the read fail: that is a timeout, not a malformed answer.
      if (body === undefined && deadline.aborted) return { kind: 'timeout', attempts: attempt }
    } catch {
      return deadline.aborted
        ? { kind: 'timeout', attempts: attempt }
        : { kind: 'network', attempts: attempt }
    }

    const error = tencentErrorSchema.safeParse(body)
    if (error.success) {
      const upstreamCode = error.data.Response.Error.Code
      if (isRetryableUpstreamError(upstreamCode) && attempt <= MAX_RETRIES) {
        try {
          await sleep(backoff(attempt), signal)
        } catch {
          return { kind: 'timeout', attempts: attempt }
        }
        continue
      }
      const requestId = error.data.Response.RequestId ?? undefined
      return { kind: 'api-error', upstreamCode, attempts: attempt, ...(requestId ? { requestId } : {}) }
    }
    const success = hkidOcrSuccessSchema.safeParse(body)
    if (!success.success) return { kind: 'malformed', attempts: attempt }
    return { kind: 'ok', response: success.data.Response, attempts: attempt }
  }
}
