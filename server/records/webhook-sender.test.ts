import { describe, expect, it } from 'vitest'
import { parseRetryAfter, RETRY_AFTER_CAP_MS, webhookId } from './webhook-sender.ts'

const now = Date.parse('2026-12-07T10:00:00Z')

describe("a receiver's Retry-After", () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000)
    expect(parseRetryAfter('Mon, 07 Dec 2026 10:01:00 GMT', now)).toBe(60_000)
  })

  it('is capped, never negative, and ignored when it says nothing', () => {
    expect(parseRetryAfter('999999', now)).toBe(RETRY_AFTER_CAP_MS)
    expect(parseRetryAfter('Mon, 07 Dec 2026 09:00:00 GMT', now)).toBe(0)
    expect(parseRetryAfter('soon', now)).toBeUndefined()
    expect(parseRetryAfter(null, now)).toBeUndefined()
  })
})

it("the webhook-id is the record's, the same on every attempt", () => {
  expect(webhookId('rec_abc')).toBe('msg_rec_abc')
})
