// One delivery attempt of a record to the business's webhook (RECORD_WEBHOOK_URL), signed the Standard Webhooks
// way. The id is the record's on every attempt (the receiver drops a second delivery by it); the timestamp is the
// attempt's. Anything but a 2xx is retried — a misconfigured receiver (4xx) must not lose a record — and the
// body is never logged: it is ciphertext, but a receipt is still nobody's business in a log.
import { Webhook } from 'standardwebhooks'

export interface WebhookTarget {
  url: string
  /** Standard Webhooks secret (`whsec_…`) */
  secret: string
  /** One attempt's deadline, connection to the end of the response headers (default 10 s) */
  timeoutMs?: number
  nowMs?: () => number
}

export type DeliveryOutcome =
  | { kind: 'delivered'; status: number }
  | {
      kind: 'retry'
      /** The receiver's HTTP status, or null when none came (network error, timeout) */
      status: number | null
      reason: 'network' | 'timeout' | 'status'
      /** The receiver's Retry-After, capped: a hint, never a reason to wait longer than the cap */
      retryAfterMs?: number
    }

export type SendRecord = (record: { id: string; body: string }) => Promise<DeliveryOutcome>

/** A receiver's Retry-After is honoured up to this; longer asks wait this long and try again. */
export const RETRY_AFTER_CAP_MS = 60 * 60 * 1000

export const webhookId = (recordId: string) => `msg_${recordId}`

export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (!value) return undefined
  const seconds = /^\s*\d+\s*$/.test(value) ? Number(value) * 1000 : Date.parse(value) - nowMs
  if (!Number.isFinite(seconds)) return undefined
  return Math.min(Math.max(seconds, 0), RETRY_AFTER_CAP_MS)
}

export function createWebhookSender(target: WebhookTarget): SendRecord {
  const signer = new Webhook(target.secret)
  const now = target.nowMs ?? Date.now
  const timeoutMs = target.timeoutMs ?? 10_000
  return async ({ id, body }) => {
    const msgId = webhookId(id)
    const at = new Date(now())
    let response: Response
    try {
      response = await fetch(target.url, {
        method: 'POST',
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
        headers: {
          'content-type': 'application/json',
          'webhook-id': msgId,
          'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
          'webhook-signature': signer.sign(msgId, at, body),
        },
      })
    } catch (error) {
      const timedOut = error instanceof DOMException && error.name === 'TimeoutError'
      return { kind: 'retry', status: null, reason: timedOut ? 'timeout' : 'network' }
    }
    // What the receiver says does not matter, only its status: let the connection go without reading it.
    await response.body?.cancel().catch(() => undefined)
    if (response.status >= 200 && response.status < 300) return { kind: 'delivered', status: response.status }
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), now())
    return {
      kind: 'retry',
      status: response.status,
      reason: 'status',
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    }
  }
}
