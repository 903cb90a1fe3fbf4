import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { defaultNodeCrypto, hmacSha256, sha256Hex, toHex } from './sha256'

const hex = (bytes: Uint8Array) => toHex(bytes)

describe('sha256 / hmac: node:crypto fast path and Web Crypto agree', () => {
  it('uses node:crypto on Node (the fast path is really taken here)', () => {
    expect(defaultNodeCrypto).not.toBeNull()
  })

  it('SHA-256 of random bytes and strings is the same on both paths', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 4096 }), fc.string()), async (data) => {
        expect(await sha256Hex(data)).toBe(await sha256Hex(data, null))
      }),
      { numRuns: 150 },
    )
  })

  it('HMAC-SHA256 with random keys is the same on both paths', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.uint8Array({ minLength: 1, maxLength: 100 }), fc.string({ minLength: 1 })),
        fc.string(),
        async (key, message) => {
          expect(hex(await hmacSha256(key, message))).toBe(hex(await hmacSha256(key, message, null)))
        },
      ),
      { numRuns: 150 },
    )
  })

  it('matches the RFC 4231 HMAC-SHA256 vector on both paths', async () => {
    const expected = '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843'
    expect(hex(await hmacSha256('Jefe', 'what do ya want for nothing?'))).toBe(expected)
    expect(hex(await hmacSha256('Jefe', 'what do ya want for nothing?', null))).toBe(expected)
  })

  it('hashes only the viewed bytes of a subarray on the Node path too', async () => {
    const backing = new Uint8Array([9, 0x61, 0x62, 0x63, 9])
    expect(await sha256Hex(backing.subarray(1, 4))).toBe(await sha256Hex('abc', null))
  })
})
