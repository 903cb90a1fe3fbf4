import { describe, expect, it } from 'vitest'
import { takeHandoffLinkFromUrl } from '#src/session/desk-handoff-link.ts'
import { phoneLinkFor } from './phone-link.ts'
import { makeKey } from './seal.ts'

const channel = 'Ab3_-Ab3_-Ab3_-Ab3_-Ab'
const key = 'k0_-k0_-k0_-k0_-k0_-k0'
const history = { state: null, replaceState: () => undefined }

/** 16 random bytes as the server's randomId() makes them. */
const randomChannel = () =>
  btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')

describe('the phone link of a hand-off', () => {
  it('is at most 100 characters with the e2e origin and a 30-character https origin', async () => {
    const { raw } = await makeKey()
    for (const origin of ['http://127.0.0.1:6200', 'https://kyc.examplebank.com.hk']) {
      const link = phoneLinkFor({ origin, pathname: '/' }, { channel: randomChannel(), key: raw })
      expect(link).toMatch(new RegExp(`^${origin.replace(/[.]/g, '\\.')}/#h=[\\w-]{22}\\.[\\w-]{22}$`))
      expect(link.length).toBeLessThanOrEqual(100)
    }
    expect('https://kyc.examplebank.com.hk'.length).toBe(30)
  })

  it('carries a 128-bit key, and nothing of a token', async () => {
    const { raw } = await makeKey()
    expect(atob(raw.replace(/-/g, '+').replace(/_/g, '/')).length).toBe(16)
    const link = phoneLinkFor({ origin: 'https://a.example', pathname: '/' }, { channel, key: raw })
    expect(new URLSearchParams(new URL(link).hash.slice(1)).has('token')).toBe(false)
  })

  it('refuses to make a link the phone would not read', () => {
    expect(() =>
      phoneLinkFor({ origin: 'https://a.example', pathname: '/' }, { channel: 'short', key }),
    ).toThrow(RangeError)
    expect(() =>
      phoneLinkFor({ origin: 'https://a.example', pathname: '/' }, { channel, key: 'k'.repeat(43) }),
    ).toThrow(RangeError)
  })

  it('is read back by the phone as the same channel and key', () => {
    const link = new URL(phoneLinkFor({ origin: 'https://a.example', pathname: '/' }, { channel, key }))
    const location = { hash: link.hash, pathname: '/', search: '' }
    expect(takeHandoffLinkFromUrl(location, history)).toEqual({
      link: { channel, key },
      lost: false,
    })
  })
})
