// Capture tokens: short-lived, HMAC-signed permission to call the recognizer a few times. Web Crypto only,
// so the same code mints (CLI) and verifies (Node or an edge runtime). Format: base64url(claims).base64url(mac).
import { z } from 'zod'

/** A capture link lives at most an hour (docs/architecture.md, the trust boundary). */
export const MAX_TOKEN_LIFETIME_SECONDS = 60 * 60
export const MAX_TOKEN_CALLS = 100
/** Clock difference tolerated between the machine that mints links and the one that verifies them. */
export const MAX_CLOCK_SKEW_SECONDS = 60

/** Random ids in claims (jti, channel): what randomId makes, with room for longer ones. */
const idSchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/)

const claimsSchema = z.strictObject({
  v: z.literal(1),
  /** Random id: the key of the per-token budget and rate. */
  jti: idSchema,
  iat: z.number().int(),
  exp: z.number().int(),
  /** How many recognitions this token may make in its lifetime. */
  calls: z.number().int().min(1).max(MAX_TOKEN_CALLS),
  /** The journey the link opens (docs/desk-desk-handoff.md); absent: the device decides. */
  j: z.enum(['operator', 'customer']).optional(),
  /** A phone's hand-off token: the relay channel it is bound to (docs/desk-desk-handoff.md). */
  ch: idSchema.optional(),
  /** The desk link this token was minted from: its budget is spent too, so minting never adds calls. */
  parent: z
    .strictObject({
      jti: idSchema,
      calls: z.number().int().min(1).max(MAX_TOKEN_CALLS),
      exp: z.number().int(),
    })
    .optional(),
})
export type CaptureTokenClaims = z.infer<typeof claimsSchema>

export type TokenCheck =
  | { ok: true; claims: CaptureTokenClaims }
  | { ok: false; reason: 'malformed' | 'bad-signature' | 'expired' | 'too-long-lived' | 'issued-in-future' }

const encoder = new TextEncoder()

export function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'))
    return Uint8Array.from(binary, (char) => char.charCodeAt(0))
  } catch {
    return null
  }
}

/** A new random id (a token's jti, a hand-off channel): 128 bits, URL-safe. */
export function randomId(): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(16)))
}

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(header: string | undefined): string | null {
  const match = header ? /^Bearer ([A-Za-z0-9_.-]+)$/.exec(header.trim()) : null
  return match?.[1] ?? null
}

function hmacKey(secret: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
    'verify',
  ])
}

export interface MintOptions {
  secret: string
  lifetimeSeconds: number
  calls: number
  nowSeconds?: number
  journey?: 'operator' | 'customer'
  /** Binds the token to one hand-off channel (a phone's token). */
  channel?: string
  parent?: CaptureTokenClaims['parent']
}

export async function mintCaptureToken(options: MintOptions): Promise<string> {
  const { lifetimeSeconds, calls } = options
  if (
    !Number.isInteger(lifetimeSeconds) ||
    lifetimeSeconds < 1 ||
    lifetimeSeconds > MAX_TOKEN_LIFETIME_SECONDS
  ) {
    throw new RangeError(`lifetime must be 1…${MAX_TOKEN_LIFETIME_SECONDS} seconds`)
  }
  if (!Number.isInteger(calls) || calls < 1 || calls > MAX_TOKEN_CALLS) {
    throw new RangeError(`calls must be 1…${MAX_TOKEN_CALLS}`)
  }
  const iat = options.nowSeconds ?? Math.floor(Date.now() / 1000)
  const jti = randomId()
  const claims: CaptureTokenClaims = {
    v: 1,
    jti,
    iat,
    exp: iat + lifetimeSeconds,
    calls,
    ...(options.journey ? { j: options.journey } : {}),
    ...(options.channel ? { ch: options.channel } : {}),
    ...(options.parent ? { parent: options.parent } : {}),
  }
  const body = toBase64Url(encoder.encode(JSON.stringify(claims)))
  const mac = await crypto.subtle.sign('HMAC', await hmacKey(options.secret), encoder.encode(body))
  return `${body}.${toBase64Url(new Uint8Array(mac))}`
}

export async function verifyCaptureToken(
  token: string,
  secret: string,
  nowSeconds = Math.floor(Date.now() / 1000),
): Promise<TokenCheck> {
  const [body, mac, extra] = token.split('.')
  if (!body || !mac || extra !== undefined || token.length > 1024) return { ok: false, reason: 'malformed' }
  const macBytes = fromBase64Url(mac)
  if (!macBytes) return { ok: false, reason: 'malformed' }
  // crypto.subtle.verify compares in constant time.
  const valid = await crypto.subtle.verify('HMAC', await hmacKey(secret), macBytes, encoder.encode(body))
  if (!valid) return { ok: false, reason: 'bad-signature' }
  const claimsBytes = fromBase64Url(body)
  let parsed
  try {
    parsed = claimsSchema.safeParse(JSON.parse(new TextDecoder().decode(claimsBytes ?? new Uint8Array())))
  } catch {
    return { ok: false, reason: 'malformed' }
  }
  if (!parsed.success) return { ok: false, reason: 'malformed' }
  const claims = parsed.data
  if (claims.exp - claims.iat > MAX_TOKEN_LIFETIME_SECONDS) return { ok: false, reason: 'too-long-lived' }
  // The lifetime is bounded by our clock, not the token's word: an iat in the future would stretch it
  // (with iat within the skew, exp is at most an hour and the skew from now).
  if (claims.iat > nowSeconds + MAX_CLOCK_SKEW_SECONDS) return { ok: false, reason: 'issued-in-future' }
  if (claims.exp <= nowSeconds) return { ok: false, reason: 'expired' }
  return { ok: true, claims }
}
