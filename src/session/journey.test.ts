import { describe, expect, it } from 'vitest'
import { detectJourney } from './journey.ts'

const desk = { search: '', fromDesk: false, linkJourney: null, phone: false }

describe('detectJourney', () => {
  it('serves the device when nothing else says: a phone is a customer’s, anything else a desk', () => {
    expect(detectJourney(desk)).toBe('operator')
    expect(detectJourney({ ...desk, phone: true })).toBe('customer')
  })

  it('follows ?journey= (and the older ?mode=) from an embedding page', () => {
    expect(detectJourney({ ...desk, search: '?journey=customer' })).toBe('customer')
    expect(detectJourney({ ...desk, search: '?journey=operator', phone: true })).toBe('operator')
    expect(detectJourney({ ...desk, search: '?mode=self-service' })).toBe('customer')
    expect(detectJourney({ ...desk, search: '?mode=operator', phone: true })).toBe('operator')
    expect(detectJourney({ ...desk, search: '?journey=other' })).toBe('operator')
  })

  it('lets the link’s own journey win over the address, and a desk’s hand-off code over everything', () => {
    expect(detectJourney({ ...desk, search: '?journey=operator', linkJourney: 'customer' })).toBe('customer')
    expect(detectJourney({ ...desk, linkJourney: 'operator', phone: true })).toBe('operator')
    expect(
      detectJourney({ ...desk, search: '?journey=operator', linkJourney: 'operator', fromDesk: true }),
    ).toBe('customer')
  })
})
