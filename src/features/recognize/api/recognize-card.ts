// The one call to our endpoint: JPEG bytes in, a validated RecognizeResult out, or a RecognizeError
// carrying a stable code the UI turns into a specific message.
import { mutationOptions } from '@tanstack/react-query'
import type { ApiErrorCode, RecognizeResult } from '#src/hkid/recognize-contract.ts'
import { captureToken } from '#src/session/capture-token.ts'

/** Our endpoint's codes plus what can go wrong before or after it answers. */
export type RecognizeErrorCode = ApiErrorCode | 'NETWORK' | 'INVALID_RESPONSE'

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
  const contract = import('#src/hkid/recognize-contract.ts')
  const token = captureToken()
  if (token) headers.Authorization = `Bearer ${token}`
  let response: Response
  try {
    response = await fetch('/api/hkid/recognize?portraits=1', {
      method: 'POST',
      headers,
      body: image,
      signal: signal ?? null,
      credentials: 'same-origin',
      cache: 'no-store',
    })
  } catch (error) {
    if (signal?.aborted) throw error
    throw new RecognizeError('NETWORK')
  }
  const [body, { apiErrorSchema, recognizeResultSchema }] = await Promise.all([
    response.json().catch((): unknown => undefined),
    contract,
  ])
  if (!response.ok) {
    const parsed = apiErrorSchema.safeParse(body)
    if (parsed.success) throw new RecognizeError(parsed.data.error.code, parsed.data.error.requestId)
    // Answers without our JSON come from the HTTP server itself (body or upload too slow, too large).
    const bare = BARE_STATUS_CODES[response.status] ?? 'INVALID_RESPONSE'
    throw new RecognizeError(bare)
  }
  const parsed = recognizeResultSchema.safeParse(body)
  if (!parsed.success) throw new RecognizeError('INVALID_RESPONSE')
  return parsed.data
}

export const recognizeCardMutation = () =>
  mutationOptions({
    mutationKey: ['recognize-card'],
    mutationFn: recognizeCard,
    // The server retries what is safe to retry; a second upload from here would only double the cost.
    retry: 0,
  })
