// The one call to our endpoint: JPEG bytes in, a validated RecognizeResult out, or a RecognizeError
// carrying a stable code the UI turns into a specific message.
import { mutationOptions } from '@tanstack/react-query'
import type { ApiErrorCode } from '#src/hkid/api-errors.ts'
import type { RecognizeResult } from '#src/hkid/recognize-contract.ts'
import { captureToken } from '#src/session/capture-token.ts'
import { getClientConfig } from '#src/session/client-config.ts'

/** Our endpoint's codes plus what can go wrong before or after it answers: no connection (NETWORK), or
 * an answer that never came (REQUEST_TIMEOUT, as when the endpoint gives up on a slow upload). */
export type RecognizeErrorCode =
  | ApiErrorCode
  | 'NETWORK'
  | 'INVALID_RESPONSE'
  /** READ_ON=device: the card reader could not be loaded or run on this device (no fallback to the server) */
  | 'DEVICE_READER_UNAVAILABLE'
  /** The server no longer gives device readings a ticket (READ_ON=server since the page asked) */
  | 'DEVICE_READING_OFF'

const BARE_STATUS_CODES: Partial<Record<number, RecognizeErrorCode>> = {
  408: 'REQUEST_TIMEOUT',
  413: 'IMAGE_TOO_LARGE',
}

export class RecognizeError extends Error {
  readonly code: RecognizeErrorCode
  readonly requestId: string | undefined
  constructor(code: RecognizeErrorCode, requestId?: string) {
    super(code)
    this.name = 'RecognizeError'
    this.code = code
    this.requestId = requestId
  }
}

export interface RecognizeCardInput {
  image: Blob
  signal?: AbortSignal
}

export async function recognizeCard({ image, signal }: RecognizeCardInput): Promise<RecognizeResult> {
  const headers: Record<string, string> = { 'Content-Type': image.type || 'image/jpeg' }
  // The contract (and zod with it) loads during the upload, keeping it out of the first screen's bundle.
  const contract = Promise.all([import('#src/hkid/recognize-contract.ts'), import('#src/hkid/api-errors.ts')])
  const token = captureToken()
  if (token) headers.Authorization = `Bearer ${token}`
  // Nothing can be sent without a connection: say so at once rather than after a failed attempt.
  if (!navigator.onLine) throw new RecognizeError('NETWORK')
  // The server's deadline and a margin (GET /api/client-config): its own answer, even UPSTREAM_TIMEOUT, comes
  // first; a connection that went silent does not hold the user for ever.
  const { recognizeDeadlineMs } = await getClientConfig()
  // The caller's cancel, or our deadline: a plain timer (so a test's clock can move it on) over the headers
  // and the body alike. One controller for both, as AbortSignal.any is missing from Safari before 17.4.
  const deadline = new AbortController()
  const timer = setTimeout(() => deadline.abort(), recognizeDeadlineMs)
  const cancel = () => deadline.abort()
  signal?.addEventListener('abort', cancel)
  let response: Response
  let body: unknown
  let schemas: Awaited<typeof contract>
  try {
    response = await fetch('/api/hkid/recognize?portraits=1', {
      method: 'POST',
      headers,
      body: image,
      signal: deadline.signal,
      credentials: 'same-origin',
      cache: 'no-store',
    })
    ;[body, schemas] = await Promise.all([response.json().catch((): unknown => undefined), contract])
  } catch (error) {
    if (signal?.aborted) throw error
    throw new RecognizeError(deadline.signal.aborted ? 'REQUEST_TIMEOUT' : 'NETWORK')
  } finally {
    clearTimeout(timer)
    signal?.removeEventListener('abort', cancel)
  }
  const [{ recognizeResultSchema }, { apiErrorSchema }] = schemas
  if (!response.ok) {
    const parsed = apiErrorSchema.safeParse(body)
    if (parsed.success) throw new RecognizeError(parsed.data.error.code, parsed.data.error.requestId)
    // Answers without our JSON come from the HTTP server itself (body or upload too slow, too large).
    const bare = BARE_STATUS_CODES[response.status] ?? 'INVALID_RESPONSE'
    throw new RecognizeError(bare)
  }
  const parsed = recognizeResultSchema.safeParse(body)
  if (!parsed.success) throw new RecognizeError('INVALID_RESPONSE')
  return { ...parsed.data, readOn: 'server' }
}

export const recognizeCardMutation = () =>
  mutationOptions({
    mutationKey: ['recognize-card'],
    mutationFn: recognizeCard,
    // The server retries what is safe to retry; a second upload from here would only double the cost.
    retry: 0,
    // By default a mutation started offline is paused, silently, until the browser is back online: the
    // user saw "Reading the card…" for ever. recognizeCard says "offline" at once instead, and the flow
    // sends the photo again when the connection returns.
    networkMode: 'always',
  })
