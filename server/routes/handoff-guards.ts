// What every hand-off request past /start and /open goes through: its token names its channel (never the
// request), its waits stay within their caps, and what a wait took goes back to the relay if its client left.
import type { Context } from 'hono'
import type { CaptureTokenClaims } from '../access/capture-token.ts'
import { bearerToken } from '../access/capture-token.ts'
import type { HandoffEnd, HandoffTokens } from '../access/desk-handoff-tokens.ts'
import { rateKeyForAddress } from '../access/ip-address.ts'
import type { AppEnv } from '../app-env.ts'
import type { HandoffRelay } from '../store/shared-store.ts'
import { refuseHandoff } from './handoff-refusal.ts'
import type { OpenWaits } from './open-waits.ts'

/** A wait refused at its cap may be tried again this soon: by then a reconnect's stale wait has usually ended. */
const WAIT_RETRY_AFTER_MS = 5_000

export interface HandoffGuardsOptions {
  relay: HandoffRelay
  tokens: HandoffTokens
  openWaits: OpenWaits
  clientAddress: (c: Context<AppEnv>) => string | undefined
  nowMs: () => number
}

export function handoffGuards({ relay, tokens, openWaits, clientAddress, nowMs }: HandoffGuardsOptions) {
  const remainingMs = (claims: CaptureTokenClaims) => claims.exp * 1000 - nowMs()

  /** The channel this request's token is bound to, or the answer refusing it. */
  async function channelOf(c: Context<AppEnv>, end: HandoffEnd) {
    const token = bearerToken(c.req.header('Authorization'))
    const check = token ? await tokens.verify(token, end, Math.floor(nowMs() / 1000)) : null
    if (check?.ok) return { channel: check.claims.ch!, claims: check.claims }
    const reason = check?.reason ?? 'no-token'
    return { refusal: refuseHandoff(c, reason === 'expired' ? 'HANDOFF_EXPIRED' : 'UNAUTHORIZED', reason) }
  }

  /** Holds a wait within the caps of its token (this end of this channel) and its address; 429 past them. */
  async function capped(c: Context<AppEnv>, end: HandoffEnd, channel: string, wait: () => Promise<Response>) {
    const release = openWaits.enter(`${end}:${channel}`, rateKeyForAddress(clientAddress(c)))
    if (!release) return refuseHandoff(c, 'RATE_LIMITED', 'open-waits', WAIT_RETRY_AFTER_MS)
    try {
      return await wait()
    } finally {
      release()
    }
  }

  /**
   * What a wait took, unless its client left meanwhile: then it all goes back to the relay for the next wait (the
   * answer would go to a closed connection, and the sender was already told its message was accepted).
   */
  async function deliverable(c: Context<AppEnv>, found: Map<string, Uint8Array>, claims: CaptureTokenClaims) {
    if (!c.req.raw.signal.aborted) return found
    await Promise.all([...found].map(([key, bytes]) => relay.giveBack(key, bytes, remainingMs(claims))))
    return null
  }

  return { remainingMs, channelOf, capped, deliverable }
}
