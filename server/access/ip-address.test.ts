import { describe, expect, it } from 'vitest'
import { parseIp, parseIpRange, rangeContains, rateKeyForAddress } from './ip-address.ts'

describe('parseIp', () => {
  it.each([
    ['192.0.2.1', 4, '192.0.2.1'],
    ['192.0.2.1:8080', 4, '192.0.2.1'],
    ['::ffff:192.0.2.1', 4, '192.0.2.1'],
    ['[2001:db8::1]:443', 6, '2001:db8:0:0::/64'],
    ['fe80::1%eth0', 6, 'fe80:0:0:0::/64'],
    ['2001:DB8:0:0:0:0:0:1', 6, '2001:db8:0:0::/64'],
  ])('reads %s', (text, version, key) => {
    expect(parseIp(text)?.version).toBe(version)
    expect(rateKeyForAddress(text)).toBe(key)
  })

  it.each([
    '',
    '1.2.3',
    '256.1.1.1',
    '01.2.3.4',
    '1::2::3',
    '12345::',
    'g::1',
    '1:2:3:4:5:6:7:8:9',
    'x'.repeat(80),
  ])('refuses %j', (text) => expect(parseIp(text)).toBeNull())
})

describe('rateKeyForAddress', () => {
  it('puts every address of one IPv6 /64 under one key, and another /64 under another', () => {
    const a = rateKeyForAddress('2001:db8:aa:bb:1:2:3:4')
    expect(rateKeyForAddress('2001:db8:aa:bb:ffff:ffff:ffff:ffff')).toBe(a)
    expect(rateKeyForAddress('2001:db8:aa:bc::1')).not.toBe(a)
  })

  it('keeps IPv4 per address, and the same client on a dual-stack socket under its IPv4 key', () => {
    expect(rateKeyForAddress('192.0.2.7')).not.toBe(rateKeyForAddress('192.0.2.8'))
    expect(rateKeyForAddress('::ffff:192.0.2.7')).toBe(rateKeyForAddress('192.0.2.7'))
  })
})

describe('parseIpRange / rangeContains', () => {
  it('matches by prefix, bit by bit, and never across versions', () => {
    const range = parseIpRange('172.16.0.0/12')!
    expect(rangeContains(range, parseIp('172.31.255.255')!)).toBe(true)
    expect(rangeContains(range, parseIp('172.32.0.0')!)).toBe(false)
    expect(rangeContains(parseIpRange('::/0')!, parseIp('10.0.0.1')!)).toBe(false)
    expect(rangeContains(parseIpRange('10.0.0.1')!, parseIp('10.0.0.1')!)).toBe(true)
    expect(parseIpRange('10.0.0.0/33')).toBeNull()
    expect(parseIpRange('10.0.0.0/8/1')).toBeNull()
  })
})
