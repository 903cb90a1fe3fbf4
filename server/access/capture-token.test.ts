import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  bearerToken,
  MAX_TOKEN_LIFETIME_SECONDS,
  mintCaptureToken,
  verifyCaptureToken,
} from './capture-token.ts'

const secret = 'test-secret-that-is-long-enough-1234'
const now = 1_800_000_000

describe('capture tokens', () => {
  it('verify when fresh and carry their budget', async () => {
    const token = await mintCaptureToken({ secret, lifetimeSeconds: 600, calls: 3, nowSeconds: now })
    const check = await verifyCaptureToken(token, secret, now + 10)
    expect(check).toMatchObject({ ok: true, claims: { calls: 3, exp: now + 600 } })
  })

  it('fail once expired, with another secret, or when any character changes', async () => {
    const token = await mintCaptureToken({ secret, lifetimeSeconds: 600, calls: 3, nowSeconds: now })
    expect(await verifyCaptureToken(token, secret, now + 600)).toEqual({ ok: false, reason: 'expired' })
    expect(await verifyCaptureToken(token, `${secret}x`, now)).toEqual({ ok: false, reason: 'bad-signature' })
    const flipped = token.slice(0, 5) + (token[5] === 'A' ? 'B' : 'A') + token.slice(6)
    expect((await verifyCaptureToken(flipped, secret, now)).ok).toBe(false)
  })

  it('refuse to mint, and refuse to accept, a lifetime over 60 minutes', async () => {
    await expect(
      mintCaptureToken({ secret, lifetimeSeconds: MAX_TOKEN_LIFETIME_SECONDS + 1, calls: 1 }),
    ).rejects.toThrow(RangeError)
    // Forged with the right secret but a day-long lifetime: still refused.
    const body = btoa(
      JSON.stringify({ v: 1, jti: 'abcdefghijklmnopq', iat: now, exp: now + 86_400, calls: 1 }),
    )
      .replace(/=+$/, '')
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
    const key = await crypto.subtle.importKey(
      'raw',
      new TextEncoder().encode(secret),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    )
    const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(body)))
    const macText = btoa(String.fromCharCode(...mac))
      .replace(/=+$/, '')
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
    expect(await verifyCaptureToken(`${body}.${macText}`, secret, now)).toEqual({
      ok: false,
      reason: 'too-long-lived',
    })
  })

  it('refuse a token issued in the future, so a future iat cannot stretch its life past an hour from now', async () => {
    // Minted by a machine whose clock runs a day ahead: an hour's lifetime, all of it tomorrow.
    const ahead = await mintCaptureToken({
      secret,
      lifetimeSeconds: 3600,
      calls: 1,
      nowSeconds: now + 86_400,
    })
    expect(await verifyCaptureToken(ahead, secret, now)).toEqual({ ok: false, reason: 'issued-in-future' })
    // A few seconds of skew between minting and verifying machines is fine.
    const slightly = await mintCaptureToken({ secret, lifetimeSeconds: 600, calls: 1, nowSeconds: now + 30 })
    expect((await verifyCaptureToken(slightly, secret, now)).ok).toBe(true)
  })

  it('never accept or throw on random strings', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), async (text) => {
        expect((await verifyCaptureToken(text, secret, now)).ok).toBe(false)
      }),
      { numRuns: 300 },
    )
  })

  it('are read from an Authorization header only in the Bearer form', async () => {
    const token = await mintCaptureToken({ secret, lifetimeSeconds: 600, calls: 1, nowSeconds: now })
    expect(bearerToken(`Bearer ${token}`)).toBe(token)
    expect(bearerToken(` Bearer ${token} `)).toBe(token)
    for (const header of [undefined, '', token, `Basic ${token}`, `Bearer ${token} extra`, 'Bearer a/b']) {
      expect(bearerToken(header)).toBeNull()
    }
  })
})
