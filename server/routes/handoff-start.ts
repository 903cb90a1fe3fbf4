// POST /api/handoff/start: a desk link mints a hand-off — a channel and the tokens of its two ends — within
// its rates and its own expiry; the phone's token waits in the relay for the phone that opens the channel.
import type { Context } from 'hono'
import type { CaptureTokenClaims } from '../access/capture-token.ts'
import { bearerToken, randomId, verifyCaptureToken } from '../access/capture-token.ts'
import type { HandoffTokens } from '../access/desk-handoff-tokens.ts'
import { rateKeyForAddress } from '../access/ip-address.ts'
import type { AppEnv } from '../app-env.ts'
import type { SharedStore } from '../store/shared-store.ts'
import { keepPhoneToken } from './handoff-ticket.ts'
import { refuseHandoff } from './handoff-refusal.ts'

export const MINUTE = 60_000
/** Hand-offs one desk link may start a minute: a few new codes, not a supply of phone tokens. */
const STARTS_PER_DESK_PER_MINUTE = 6

export interface HandoffStartOptions {
  store: SharedStore
  tokens: HandoffTokens
  captureTokenSecret?: string
  ttlSeconds: number
  startsPerIpPerMinute: number
  clientAddress: (c: Context<AppEnv>) => string | undefined
  nowMs: () => number
}

export async function startHandoff(c: Context<AppEnv>, options: HandoffStartOptions) {
  const { store, tokens, nowMs } = options
  const ip = rateKeyForAddress(options.clientAddress(c))
  const perIp = await store.hitRate(`handoff-ip:${ip}`, options.startsPerIpPerMinute, MINUTE)
  if (!perIp.ok) return refuseHandoff(c, 'RATE_LIMITED', 'ip-rate', perIp.retryAfterMs)
  let parent: CaptureTokenClaims | null = null
  if (options.captureTokenSecret) {
    const token = bearerToken(c.req.header('Authorization'))
    const check = token
      ? await verifyCaptureToken(token, options.captureTokenSecret, Math.floor(nowMs() / 1000))
      : null
    if (!check?.ok) return refuseHandoff(c, 'UNAUTHORIZED', check?.reason ?? 'no-token')
    // A phone's token cannot start another hand-off, nor can a customer's own link.
    if (check.claims.ch || check.claims.j === 'customer')
      return refuseHandoff(c, 'UNAUTHORIZED', 'not-a-desk-link')
    const perDesk = await store.hitRate(
      `handoff-desk:${check.claims.jti}`,
      STARTS_PER_DESK_PER_MINUTE,
      MINUTE,
    )
    if (!perDesk.ok) return refuseHandoff(c, 'RATE_LIMITED', 'desk-rate', perDesk.retryAfterMs)
    parent = check.claims
  }
  const nowSeconds = Math.floor(nowMs() / 1000)
  const lifetimeSeconds = Math.min(options.ttlSeconds, parent ? parent.exp - nowSeconds : Infinity)
  if (lifetimeSeconds < Math.min(30, options.ttlSeconds))
    return refuseHandoff(c, 'HANDOFF_EXPIRED', 'desk-link-ending')
  const channel = randomId()
  const minted = await tokens.mint({
    channel,
    lifetimeSeconds,
    nowSeconds,
    ...(parent ? { parent: { jti: parent.jti, calls: parent.calls, exp: parent.exp } } : {}),
  })
  const expiresAt = new Date((nowSeconds + lifetimeSeconds) * 1000).toISOString()
  // The phone's link carries only the channel and the key: it is given its token when it opens the channel.
  if ((await keepPhoneToken(store.relay, channel, minted.phoneToken, lifetimeSeconds * 1000)) !== 'stored')
    return refuseHandoff(c, 'TEMPORARILY_UNAVAILABLE', 'relay-full')
  return c.json({ channel, ...minted, expiresAt }, 201)
}
