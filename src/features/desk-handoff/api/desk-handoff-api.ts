// The calls of the hand-off (docs/desk-handoff.md), for both ends. Every failure becomes a HandoffError with a
// code the screens turn into words: the server's code, or NETWORK when no answer came.
import { handoffErrorSchema, type HandoffErrorCode } from '#src/hkid/api-errors.ts'
import {
  deskEventsSchema,
  handoffOpenSchema,
  handoffStartSchema,
  phoneEventsSchema,
  type DeskEvent,
  type HandoffReply,
  type HandoffStart,
} from '#src/hkid/desk-handoff-contract.ts'

export class HandoffError extends Error {
  readonly code: HandoffErrorCode | 'NETWORK' | 'INVALID_RESPONSE'
  constructor(code: HandoffError['code']) {
    super(code)
    this.name = 'HandoffError'
    this.code = code
  }
}

interface CallOptions {
  token: string | null
  device?: string
  channel?: string
  body?: BodyInit
  contentType?: string
  signal?: AbortSignal
  /** Outlives the page (a reply sent while the tab closes). */
  keepalive?: boolean
}

async function call(path: string, options: CallOptions): Promise<unknown> {
  const headers: Record<string, string> = {}
  if (options.token) headers.Authorization = `Bearer ${options.token}`
  if (options.device) headers['X-Handoff-Device'] = options.device
  if (options.channel) headers['X-Handoff-Channel'] = options.channel
  if (options.contentType) headers['Content-Type'] = options.contentType
  let response: Response
  try {
    response = await fetch(`/api/handoff/${path}`, {
      method: 'POST',
      headers,
      body: options.body ?? null,
      signal: options.signal ?? null,
      cache: 'no-store',
      credentials: 'same-origin',
      keepalive: options.keepalive ?? false,
    })
  } catch (error) {
    if (options.signal?.aborted) throw error
    throw new HandoffError('NETWORK')
  }
  const body = (await response.json().catch(() => null)) as unknown
  if (response.ok) return body
  const parsed = handoffErrorSchema.safeParse(body)
  throw new HandoffError(parsed.success ? parsed.data.error.code : 'INVALID_RESPONSE')
}

function parsed<T>(
  schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } },
  value: unknown,
): T {
  const result = schema.safeParse(value)
  if (!result.success) throw new HandoffError('INVALID_RESPONSE')
  return result.data
}

/** The desk: a new channel, with its own capture link's token when it has one. */
export async function startHandoff(deskLink: string | null): Promise<HandoffStart> {
  return parsed(handoffStartSchema, await call('start', { token: deskLink }))
}

/** The desk: waits (long-poll) for what happened on the phone's side; [] when nothing yet. */
export async function waitAtDesk(deskToken: string, signal: AbortSignal): Promise<DeskEvent[]> {
  return parsed(deskEventsSchema, await call('desk-wait', { token: deskToken, signal })).events
}

export async function replyToPhone(deskToken: string, reply: HandoffReply, keepalive = false): Promise<void> {
  await call('reply', {
    token: deskToken,
    body: JSON.stringify(reply),
    contentType: 'application/json',
    keepalive,
  })
}

/** The phone: this device now holds the channel named in its link, and is given its token. */
export async function openOnPhone(
  channel: string,
  device: string,
): Promise<{ expiresAt: string; phoneToken: string }> {
  return parsed(handoffOpenSchema, await call('open', { token: null, channel, device }))
}

export async function sendFromPhone(
  phoneToken: string | null,
  device: string,
  sealed: Uint8Array<ArrayBuffer>,
) {
  await call('message', { token: phoneToken, device, body: sealed, contentType: 'application/octet-stream' })
}

/** The phone: waits (long-poll) for the desk's word; [] when nothing yet. */
export async function waitOnPhone(phoneToken: string | null, signal: AbortSignal): Promise<HandoffReply[]> {
  return parsed(phoneEventsSchema, await call('phone-wait', { token: phoneToken, signal })).events.map(
    (e) => e.type,
  )
}
