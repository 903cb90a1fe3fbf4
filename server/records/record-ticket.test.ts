import { describe, expect, it } from 'vitest'
import { RECORD_TICKET_LIFETIME_SECONDS, RecordTickets, ticketBindsCaller } from './record-ticket.ts'

const SECRET = `whsec_${Buffer.from('0123456789abcdef0123456789abcdef').toString('base64')}`
const OTHER_SECRET = `whsec_${Buffer.from('fedcba9876543210fedcba9876543210').toString('base64')}`
const NOW = 1_800_000_000

describe('record tickets', () => {
  it('round-trip the request ID and the capture token ids, expiring after the documented lifetime', async () => {
    const tickets = new RecordTickets(SECRET)
    const ticket = await tickets.issue({
      requestId: 'req-1',
      token: { jti: 'phone-token-id-000001', parent: { jti: 'desk-link-id-00000001' } },
      nowSeconds: NOW,
    })
    expect(await tickets.verify(ticket, NOW + 60)).toEqual({
      ok: true,
      claims: {
        v: 1,
        rid: 'req-1',
        iat: NOW,
        exp: NOW + RECORD_TICKET_LIFETIME_SECONDS,
        jti: 'phone-token-id-000001',
        pjti: 'desk-link-id-00000001',
      },
    })
    expect(await tickets.verify(ticket, NOW + RECORD_TICKET_LIFETIME_SECONDS)).toEqual({
      ok: false,
      reason: 'expired',
    })
  })

  it('agree across instances that share the webhook secret, and not with another secret', async () => {
    const ticket = await new RecordTickets(SECRET).issue({ requestId: 'req-2', nowSeconds: NOW })
    expect((await new RecordTickets(SECRET).verify(ticket, NOW)).ok).toBe(true)
    expect(await new RecordTickets(OTHER_SECRET).verify(ticket, NOW)).toEqual({
      ok: false,
      reason: 'bad-signature',
    })
  })

  it('are not signed with the webhook secret itself: the key is derived from it', async () => {
    const ticket = await new RecordTickets(SECRET).issue({ requestId: 'req-3', nowSeconds: NOW })
    const [body] = ticket.split('.')
    const raw = await crypto.subtle.importKey(
      'raw',
      new TextEncoder().encode(SECRET),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    )
    const direct = new Uint8Array(await crypto.subtle.sign('HMAC', raw, new TextEncoder().encode(body)))
    expect(ticket.split('.')[1]).not.toBe(Buffer.from(direct).toString('base64url'))
  })

  it('refuse a changed claim, a cut or padded ticket, and garbage', async () => {
    const tickets = new RecordTickets(SECRET)
    const ticket = await tickets.issue({ requestId: 'req-4', token: { jti: 'a' }, nowSeconds: NOW })
    const [body, mac] = ticket.split('.') as [string, string]
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString()) as Record<string, unknown>
    const forged = Buffer.from(JSON.stringify({ ...claims, rid: 'req-5' })).toString('base64url')
    expect((await tickets.verify(`${forged}.${mac}`, NOW)).ok).toBe(false)
    expect(await tickets.verify(body, NOW)).toEqual({ ok: false, reason: 'malformed' })
    expect(await tickets.verify(`${ticket}.x`, NOW)).toEqual({ ok: false, reason: 'malformed' })
    expect(await tickets.verify('not a ticket', NOW)).toEqual({ ok: false, reason: 'malformed' })
    expect(await tickets.verify(`${body}.${mac}!`, NOW)).toEqual({ ok: false, reason: 'malformed' })
  })
})

describe('a ticket binds its caller', () => {
  const handedOff = { v: 1, rid: 'r', iat: NOW, exp: NOW + 1, jti: 'phone', pjti: 'desk' } as const
  it('to the token that recognized, or the desk link it came from, when tokens are required', () => {
    expect(ticketBindsCaller(handedOff, 'phone')).toBe(true)
    expect(ticketBindsCaller(handedOff, 'desk')).toBe(true)
    expect(ticketBindsCaller(handedOff, 'someone-else')).toBe(false)
    const unbound = { v: 1, rid: 'r', iat: NOW, exp: NOW + 1 } as const
    expect(ticketBindsCaller(unbound, 'phone')).toBe(false)
  })

  it('to no token when this server requires none', () => {
    expect(ticketBindsCaller({ v: 1, rid: 'r', iat: NOW, exp: NOW + 1 }, null)).toBe(true)
  })
})
