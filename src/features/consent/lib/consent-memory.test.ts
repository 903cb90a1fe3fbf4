// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import type { Consent } from '#src/hkid/verified-record.ts'
import { linkId, rememberConsent, rememberedConsent } from './consent-memory.ts'

const consent: Consent = {
  picsVersion: 'sha256-0123456789abcdef',
  language: 'en',
  consentedAt: new Date(0).toISOString(),
}
const tokenWith = (claims: object) =>
  `${btoa(JSON.stringify(claims)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}.signature`

describe('remembered consent', () => {
  afterEach(() => sessionStorage.clear())

  it('holds for the same link in this tab, and for no other link', () => {
    rememberConsent('link-a', consent)
    expect(rememberedConsent('link-a')).toEqual(consent)
    expect(rememberedConsent('link-b')).toBeNull()
  })

  it('keeps the link’s random id, never the token', () => {
    const token = tokenWith({ v: 1, jti: 'abcdefghijklmnop0123', exp: 1 })
    rememberConsent(linkId(token), consent)
    const stored = Object.values(sessionStorage).join('')
    expect(stored).toContain('abcdefghijklmnop0123')
    expect(stored).not.toContain('signature')
    expect(linkId(null)).toBe('')
    expect(linkId('not-base64!.x')).toBe('')
  })

  it('ignores what is not a consent', () => {
    sessionStorage.setItem(
      'hkid-capture.consent',
      JSON.stringify({ link: 'link-a', consent: { picsVersion: '' } }),
    )
    expect(rememberedConsent('link-a')).toBeNull()
    sessionStorage.setItem('hkid-capture.consent', '{')
    expect(rememberedConsent('link-a')).toBeNull()
  })
})
