// POST /api/records: the sealed record and its one-time ticket, with the capture token, answered 202 with a
// receipt once the record is stored durably — or a RecordDeliveryError with a stable code the screens explain.
import { recordErrorSchema } from '#src/hkid/api-errors.ts'
import {
  recordAcceptedSchema,
  type RecordPost,
  type RecordReceipt,
} from '#src/hkid/record-delivery-contract.ts'
import { captureToken } from '#src/session/capture-token.ts'
import { RecordDeliveryError } from './record-delivery-error.ts'

/** How long the browser waits for the 202: storing a record is quick; a silent connection must not hold it. */
export const POST_RECORD_DEADLINE_MS = 30_000

/** Retry-After as seconds or an HTTP date, in milliseconds from now; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined
  const trimmed = header.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000
  const at = Date.parse(trimmed)
  return Number.isNaN(at) ? undefined : Math.max(0, at - now)
}

/** The error a non-202 answer stands for. */
export function deliveryErrorOf(response: Response, body: unknown): RecordDeliveryError {
  const parsed = recordErrorSchema.safeParse(body)
  const wait = retryAfterMs(response.headers.get('Retry-After'))
  const options = { ...(wait === undefined ? {} : { retryAfterMs: wait }) }
  if (!parsed.success)
    return new RecordDeliveryError(response.status === 413 ? 'RECORD_TOO_LARGE' : 'INVALID_RESPONSE', options)
  const { code, requestId } = parsed.data.error
  return new RecordDeliveryError(code, { ...options, ...(requestId ? { requestId } : {}) })
}

export interface PostRecordInput {
  post: RecordPost
  signal?: AbortSignal | undefined
}

export async function postRecord({ post, signal }: PostRecordInput): Promise<RecordReceipt> {
  if (!navigator.onLine) throw new RecordDeliveryError('NETWORK')
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  const token = captureToken()
  if (token) headers.Authorization = `Bearer ${token}`
  const deadline = new AbortController()
  const timer = setTimeout(() => deadline.abort(), POST_RECORD_DEADLINE_MS)
  const cancel = () => deadline.abort()
  signal?.addEventListener('abort', cancel)
  let response: Response
  let body: unknown
  try {
    response = await fetch('/api/records', {
      method: 'POST',
      headers,
      body: JSON.stringify(post),
      signal: deadline.signal,
      credentials: 'same-origin',
      cache: 'no-store',
    })
    body = await response.json().catch((): unknown => undefined)
  } catch (error) {
    if (signal?.aborted) throw error
    throw new RecordDeliveryError('NETWORK')
  } finally {
    clearTimeout(timer)
    signal?.removeEventListener('abort', cancel)
  }
  if (response.status !== 202) throw deliveryErrorOf(response, body)
  const parsed = recordAcceptedSchema.safeParse(body)
  if (!parsed.success) throw new RecordDeliveryError('INVALID_RESPONSE')
  return parsed.data.receipt
}
