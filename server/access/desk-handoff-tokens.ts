// The two ends' tokens of a hand-off (docs/desk-handoff.md). Both are capture tokens bound to one channel (`ch`):
// the phone's is signed like any capture link, so /api/hkid/recognize takes it (its own small budget, and the
// desk link's budget too); the desk's is signed with a key derived from the same secret, so it opens the
// desk's side of the relay and is refused everywhere else.
import {
  mintCaptureToken,
  randomId,
  toBase64Url,
  verifyCaptureToken,
  type CaptureTokenClaims,
  type TokenCheck,
} from './capture-token.ts'

/** Recognitions a phone may make on one hand-off: a retake or two, not a supply of links. */
export const HANDOFF_PHONE_CALLS = 5

export type HandoffEnd = 'desk' | 'phone'

async function deriveDeskSecret(secret: string): Promise<string> {
  const encoder = new TextEncoder()
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  )
  const derived = await crypto.subtle.sign('HMAC', key, encoder.encode('hkid-capture/handoff/desk-end'))
  return toBase64Url(new Uint8Array(derived))
}

export interface HandoffTokenOptions {
  /** CAPTURE_TOKEN_SECRET when set. Without it, a secret made at start: hand-offs then work within one
   * process only (several instances need CAPTURE_TOKEN_SECRET; docs/desk-handoff.md). */
  secret?: string
}

export class HandoffTokens {
  readonly #phoneSecret: string
  readonly #deskSecret: Promise<string>

  constructor({ secret }: HandoffTokenOptions) {
    this.#phoneSecret = secret ?? `${randomId()}${randomId()}`
    this.#deskSecret = deriveDeskSecret(this.#phoneSecret)
  }

  async mint(input: {
    channel: string
    lifetimeSeconds: number
    nowSeconds: number
    parent?: CaptureTokenClaims['parent']
  }): Promise<{ phoneToken: string; deskToken: string }> {
    const common = {
      lifetimeSeconds: input.lifetimeSeconds,
      nowSeconds: input.nowSeconds,
      channel: input.channel,
    }
    const [phoneToken, deskToken] = await Promise.all([
      mintCaptureToken({
        ...common,
        secret: this.#phoneSecret,
        calls: HANDOFF_PHONE_CALLS,
        journey: 'customer',
        ...(input.parent ? { parent: input.parent } : {}),
      }),
      mintCaptureToken({ ...common, secret: await this.#deskSecret, calls: 1 }),
    ])
    return { phoneToken, deskToken }
  }

  /** A token of this end, bound to a channel. */
  async verify(token: string, end: HandoffEnd, nowSeconds: number): Promise<TokenCheck> {
    const secret = end === 'phone' ? this.#phoneSecret : await this.#deskSecret
    const check = await verifyCaptureToken(token, secret, nowSeconds)
    if (check.ok && !check.claims.ch) return { ok: false, reason: 'malformed' }
    return check
  }
}
