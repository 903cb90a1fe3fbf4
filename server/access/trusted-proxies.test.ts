import { describe, expect, it } from 'vitest'
import { clientAddressBehindProxies, parseTrustedProxies } from './trusted-proxies.ts'

const { ranges } = parseTrustedProxies('loopback, 10.0.0.0/8')

describe('clientAddressBehindProxies', () => {
  it('uses the socket peer when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(clientAddressBehindProxies('127.0.0.1', '203.0.113.9', [])).toBe('127.0.0.1')
  })

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy', () => {
    expect(clientAddressBehindProxies('198.51.100.4', '203.0.113.9', ranges)).toBe('198.51.100.4')
  })

  it('takes the rightmost untrusted hop, so a client cannot choose its address by prepending one', () => {
    expect(clientAddressBehindProxies('127.0.0.1', '1.1.1.1, 203.0.113.9, 10.1.2.3', ranges)).toBe(
      '203.0.113.9',
    )
  })

  it('stops at a malformed hop and keeps the last address a trusted proxy vouched for', () => {
    expect(clientAddressBehindProxies('127.0.0.1', 'evil, 10.1.2.3', ranges)).toBe('10.1.2.3')
    expect(clientAddressBehindProxies('127.0.0.1', 'not an ip', ranges)).toBe('127.0.0.1')
  })

  it('falls back to the peer when a trusted proxy sends no header', () => {
    expect(clientAddressBehindProxies('10.9.9.9', undefined, ranges)).toBe('10.9.9.9')
  })
})

describe('parseTrustedProxies', () => {
  it('expands the keywords and counts what it could not read', () => {
    const parsed = parseTrustedProxies('private, 192.0.2.0/24, nonsense, 300.1.1.1')
    expect(parsed.ranges).toHaveLength(5)
    expect(parsed.invalid).toBe(2)
  })
})
