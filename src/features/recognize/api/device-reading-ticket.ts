// POST /api/hkid/device-reading: after a card was read on this device, the request ID its record carries and
// the ticket to post it with. The body is `{}`: the photo never leaves the device. Refusals are the same
// RecognizeError codes a server reading gets (a spent link, too many attempts), so the journey shows the same.
import { deviceReadingErrorSchema, apiErrorCodes, type ApiErrorCode } from '#src/hkid/api-errors.ts'
import { deviceReadingTicketSchema, type DeviceReadingTicket } from '#src/hkid/device-reading-contract.ts'
import { captureToken } from '#src/session/capture-token.ts'
import { RecognizeError } from './recognize-card.ts'

/** The server's refusals the journey has words for; any other (a malformed request of ours) is unexpected. */
const KNOWN: ReadonlySet<string> = new Set<string>([...apiErrorCodes, 'DEVICE_READING_OFF'])

export async function fetchDeviceReadingTicket(signal?: AbortSignal): Promise<DeviceReadingTicket> {
  if (!navigator.onLine) throw new RecognizeError('NETWORK')
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  const token = captureToken()
  if (token) headers.Authorization = `Bearer ${token}`
  let response: Response
  let body: unknown
  try {
    response = await fetch('/api/hkid/device-reading', {
      method: 'POST',
      headers,
      body: '{}',
      credentials: 'same-origin',
      cache: 'no-store',
      ...(signal ? { signal } : {}),
    })
    body = await response.json().catch((): unknown => undefined)
  } catch (error) {
    if (signal?.aborted) throw error
    throw new RecognizeError('NETWORK')
  }
  if (!response.ok) {
    const refused = deviceReadingErrorSchema.safeParse(body)
    if (!refused.success) throw new RecognizeError('INVALID_RESPONSE')
    const { code, requestId } = refused.data.error
    if (code === 'DEVICE_READING_OFF') throw new RecognizeError('DEVICE_READING_OFF', requestId)
    throw new RecognizeError(KNOWN.has(code) ? (code as ApiErrorCode) : 'INVALID_RESPONSE', requestId)
  }
  const parsed = deviceReadingTicketSchema.safeParse(body)
  if (!parsed.success) throw new RecognizeError('INVALID_RESPONSE')
  return parsed.data
}
