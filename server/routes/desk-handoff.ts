// /api/handoff/*: the desk → phone → desk hand-off (docs/desk-handoff.md). The server relays one sealed message
// from the phone to the desk and one word back; it holds ciphertext only, in the relay, one-shot, for
// minutes, under ids that come from signed tokens — never from what a request says.
import { Hono, type Context } from 'hono'
import type { CaptureTokenClaims } from '../access/capture-token.ts'
import { HandoffTokens } from '../access/desk-handoff-tokens.ts'
import { rateKeyForAddress } from '../access/ip-address.ts'
import type { AppEnv } from '../app-env.ts'
import { bytesToBase64 } from '../http/base64.ts'
import { readBodyWithLimit } from '../http/read-body.ts'
import { RELAY_MAX_BYTES, StoreUnavailableError, type SharedStore } from '../store/shared-store.ts'
import { handoffIdSchema, handoffReplySchema, type DeskEvent } from '#src/hkid/desk-handoff-contract.ts'
import { handoffGuards } from './handoff-guards.ts'
import { refuseHandoff as fail } from './handoff-refusal.ts'
import { MARK, replyBytes, replyOf, slot } from './handoff-slots.ts'
import { MINUTE, startHandoff } from './handoff-start.ts'
import { phoneTokenOf } from './handoff-ticket.ts'
import { OpenWaits } from './open-waits.ts'
import { clientClosed } from './recognize.ts'
import { waitForAny } from './relay-wait.ts'

export interface HandoffRouteOptions {
  /** Its relay keeps the sealed messages; its rates count hand-offs started. */
  store: SharedStore
  /** Set → only a valid desk link (a capture token, not a customer's) may start a hand-off. */
  captureTokenSecret?: string
  /** How long a hand-off lives, at most (and never past the desk link's own expiry). */
  ttlSeconds: number
  /** How long one wait is held open before it answers "nothing yet". */
  pollMs: number
  /** Hand-offs started per client address, and per desk link, per minute. */
  startsPerIpPerMinute: number
  clientAddress: (c: Context<AppEnv>) => string | undefined
  nowMs: () => number
  /** Open waits per token and per address (default: open-waits.ts's caps) */
  openWaits?: OpenWaits
}

/** The longest reply body read: `"received"` with room to spare. */
const REPLY_MAX_BYTES = 64

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes))
  } catch {
    return null
  }
}

export function handoffRoute(options: HandoffRouteOptions) {
  const { store, nowMs } = options
  const { relay } = store
  const tokens = new HandoffTokens(options.captureTokenSecret ? { secret: options.captureTokenSecret } : {})
  const openWaits = options.openWaits ?? new OpenWaits()
  const route = new Hono<AppEnv>()

  const { remainingMs, channelOf, capped, deliverable } = handoffGuards({
    relay,
    tokens,
    openWaits,
    clientAddress: options.clientAddress,
    nowMs,
  })

  route.post('/start', (c) => startHandoff(c, { ...options, tokens }))

  // The phone names the channel from its link; the first device to open it is given the phone's token.
  route.post('/open', async (c) => {
    const ip = rateKeyForAddress(options.clientAddress(c))
    const perIp = await store.hitRate(`handoff-open-ip:${ip}`, options.startsPerIpPerMinute, MINUTE)
    if (!perIp.ok) return fail(c, 'RATE_LIMITED', 'ip-rate', perIp.retryAfterMs)
    const channel = handoffIdSchema.safeParse(c.req.header('X-Handoff-Channel'))
    const device = handoffIdSchema.safeParse(c.req.header('X-Handoff-Device'))
    if (!channel.success || !device.success) return fail(c, 'BAD_REQUEST')
    let claims: CaptureTokenClaims | null = null
    const phoneToken = await phoneTokenOf(relay, channel.data, async (token) => {
      const check = await tokens.verify(token, 'phone', Math.floor(nowMs() / 1000))
      claims = check.ok && check.claims.ch === channel.data ? check.claims : null
      return claims ? remainingMs(claims) : 0
    })
    // Unknown, or its time is up: either way a new code is needed.
    const bound = claims as CaptureTokenClaims | null
    if (!phoneToken || !bound) return fail(c, 'HANDOFF_EXPIRED', 'no-channel')
    const ttl = remainingMs(bound)
    if ((await relay.claim(channel.data, device.data, ttl)) === 'refused') {
      await relay.put(slot.refused(channel.data), MARK, ttl)
      return fail(c, 'HANDOFF_IN_USE')
    }
    await relay.put(slot.opened(channel.data), MARK, ttl)
    return c.json({ expiresAt: new Date(bound.exp * 1000).toISOString(), phoneToken })
  })

  route.post('/message', async (c) => {
    const bound = await channelOf(c, 'phone')
    if ('refusal' in bound) return bound.refusal
    const device = handoffIdSchema.safeParse(c.req.header('X-Handoff-Device'))
    if (!device.success) return fail(c, 'BAD_REQUEST')
    // Only the device that opened the link may send on it (claiming again is how it proves that).
    const ttl = remainingMs(bound.claims)
    if ((await relay.claim(bound.channel, device.data, ttl)) === 'refused') return fail(c, 'HANDOFF_IN_USE')
    if (c.req.header('Content-Type')?.split(';')[0]?.trim() !== 'application/octet-stream') {
      return fail(c, 'BAD_REQUEST')
    }
    const nodeIncoming = (c.env as { incoming?: unknown } | undefined)?.incoming
    const body = await readBodyWithLimit(c.req.raw, RELAY_MAX_BYTES, nodeIncoming)
    if (!body.ok) return fail(c, 'HANDOFF_TOO_LARGE')
    c.get('log').bytes = body.bytes.byteLength
    if (body.bytes.byteLength === 0) return fail(c, 'BAD_REQUEST')
    const put = await relay.put(slot.message(bound.channel), body.bytes, ttl)
    if (put === 'already-used') return fail(c, 'HANDOFF_USED')
    if (put === 'too-large') return fail(c, 'HANDOFF_TOO_LARGE')
    if (put === 'store-full') return fail(c, 'TEMPORARILY_UNAVAILABLE')
    return c.body(null, 202)
  })

  route.post('/desk-wait', async (c) => {
    const bound = await channelOf(c, 'desk')
    if ('refusal' in bound) return bound.refusal
    const { channel } = bound
    return capped(c, 'desk', channel, async () => {
      const found = await waitForAny(
        relay,
        [slot.opened(channel), slot.refused(channel), slot.message(channel)],
        Math.min(options.pollMs, remainingMs(bound.claims)),
        c.req.raw.signal,
      ).then((taken) => deliverable(c, taken, bound.claims))
      if (!found) return clientClosed(c)
      const events: DeskEvent[] = []
      if (found.has(slot.opened(channel))) events.push({ type: 'opened' })
      if (found.has(slot.refused(channel))) events.push({ type: 'refused' })
      const message = found.get(slot.message(channel))
      if (message) events.push({ type: 'message', data: bytesToBase64(message) })
      return c.json({ events })
    })
  })

  route.post('/reply', async (c) => {
    const bound = await channelOf(c, 'desk')
    if ('refusal' in bound) return bound.refusal
    // A reply is one JSON word: read no more than that, however much the client sends.
    const nodeIncoming = (c.env as { incoming?: unknown } | undefined)?.incoming
    const body = await readBodyWithLimit(c.req.raw, REPLY_MAX_BYTES, nodeIncoming)
    if (!body.ok) return fail(c, body.reason === 'too-large' ? 'HANDOFF_TOO_LARGE' : 'BAD_REQUEST')
    const reply = handoffReplySchema.safeParse(parseJson(body.bytes))
    if (!reply.success) return fail(c, 'BAD_REQUEST')
    await relay.put(slot.reply(bound.channel), replyBytes(reply.data), remainingMs(bound.claims))
    return c.body(null, 204)
  })

  route.post('/phone-wait', async (c) => {
    const bound = await channelOf(c, 'phone')
    if ('refusal' in bound) return bound.refusal
    const reply = slot.reply(bound.channel)
    return capped(c, 'phone', bound.channel, async () => {
      const found = await waitForAny(
        relay,
        [reply],
        Math.min(options.pollMs, remainingMs(bound.claims)),
        c.req.raw.signal,
      ).then((taken) => deliverable(c, taken, bound.claims))
      if (!found) return clientClosed(c)
      const type = replyOf(found.get(reply)?.[0])
      return c.json({ events: type ? [{ type }] : [] })
    })
  })

  // Every hand-off route is a POST: another method is refused as such, not as an unknown path.
  route.all('/:step{start|open|message|desk-wait|reply|phone-wait}', (c) => fail(c, 'METHOD_NOT_ALLOWED'))

  // The shared store unreachable: the relay fails closed, and says so as "try again shortly".
  route.onError((error, c) => {
    if (error instanceof StoreUnavailableError) return fail(c, 'TEMPORARILY_UNAVAILABLE', 'store-unavailable')
    throw error
  })

  return route
}
