// @vitest-environment jsdom
// POST /api/records as the browser makes it: the capture token, the body as the contract says, the receipt of a
// 202 — and each error the route answers turned into its code, with Retry-After and the request ID kept.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { RecordPost } from '#src/hkid/record-delivery-contract.ts'
import { recordDeliveryErrorCodes, type RecordDeliveryError } from './record-delivery-error.ts'

const post: RecordPost = {
  ticket: 'tkt-1',
  jwe: 'eyJhbGciOiJFQ0RILUVTIn0..aXY.Y2lwaGVy.dGFn',
  routing: { journey: 'customer', staffReview: false },
}
const receipt = {
  id: 'rec_0123456789abcdefgh',
  reference: 'K7Q2-M9XD',
  acceptedAt: '2026-11-25T10:01:00.000Z',
}

const STATUS: Record<(typeof recordDeliveryErrorCodes)[number], number> = {
  RECORD_DELIVERY_OFF: 404,
  RECORD_TICKET_INVALID: 403,
  RECORD_TICKET_USED: 409,
  RECORD_MALFORMED: 400,
  RECORD_TOO_LARGE: 413,
  UNSUPPORTED_TYPE: 415,
  UNAUTHORIZED: 401,
  REQUEST_TIMEOUT: 408,
  TEMPORARILY_UNAVAILABLE: 503,
  RATE_LIMITED: 429,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  INTERNAL_ERROR: 500,
}

let postRecord: typeof import('./post-record.ts').postRecord
beforeAll(async () => {
  // The link's token is read from the page's URL once, when the module loads.
  window.history.replaceState(null, '', '/#token=tok-customer')
  ;({ postRecord } = await import('./post-record.ts'))
})
afterEach(() => vi.unstubAllGlobals())

function answer(status: number, body: unknown, headers: Record<string, string> = {}) {
  const fetch = vi.fn<typeof globalThis.fetch>(async () =>
    typeof body === 'string'
      ? new Response(body, { status, headers })
      : Response.json(body, { status, headers }),
  )
  vi.stubGlobal('fetch', fetch)
  return fetch
}

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.unreachable('the post succeeded'),
    (error: RecordDeliveryError) => error,
  )

describe('postRecord', () => {
  it('posts the sealed record with the capture token and returns the receipt of a 202', async () => {
    const fetch = answer(202, { receipt })
    expect(await postRecord({ post })).toEqual(receipt)
    const [url, init] = fetch.mock.calls[0]!
    expect(url).toBe('/api/records')
    expect(init?.method).toBe('POST')
    expect(new Headers(init?.headers).get('Authorization')).toBe('Bearer tok-customer')
    expect(JSON.parse(init?.body as string)).toEqual(post)
  })

  it('does not take a 200 or a receipt that breaks the contract for a 202', async () => {
    answer(200, { receipt })
    expect((await failureOf(postRecord({ post }))).code).toBe('INVALID_RESPONSE')
    answer(202, { receipt: { ...receipt, reference: 'k7q2m9xd' } })
    expect((await failureOf(postRecord({ post }))).code).toBe('INVALID_RESPONSE')
  })

  it.each(recordDeliveryErrorCodes)('turns %s into its code, keeping the request ID', async (code) => {
    answer(STATUS[code], { error: { code, message: 'm', requestId: 'req-9' } })
    const error = await failureOf(postRecord({ post }))
    expect(error.name).toBe('RecordDeliveryError')
    expect(error.code).toBe(code)
    expect(error.requestId).toBe('req-9')
  })

  it('keeps Retry-After, in seconds or as a date', async () => {
    answer(503, { error: { code: 'TEMPORARILY_UNAVAILABLE', message: 'm' } }, { 'Retry-After': '7' })
    expect((await failureOf(postRecord({ post }))).retryAfterMs).toBe(7000)
    const inAMinute = new Date(Date.now() + 60_000).toUTCString()
    answer(429, { error: { code: 'RATE_LIMITED', message: 'm' } }, { 'Retry-After': inAMinute })
    const wait = (await failureOf(postRecord({ post }))).retryAfterMs!
    expect(wait).toBeGreaterThan(50_000)
    expect(wait).toBeLessThanOrEqual(60_000)
  })

  it('reads answers without our JSON: a bare 413 is too large, anything else unreadable', async () => {
    answer(413, '<html>Request Entity Too Large</html>')
    expect((await failureOf(postRecord({ post }))).code).toBe('RECORD_TOO_LARGE')
    answer(502, '<html>Bad Gateway</html>')
    expect((await failureOf(postRecord({ post }))).code).toBe('INVALID_RESPONSE')
    answer(400, { error: { code: 'SOMETHING_NEW', message: 'm' } })
    expect((await failureOf(postRecord({ post }))).code).toBe('INVALID_RESPONSE')
  })

  it('says NETWORK when the connection drops, and when the browser is offline sends nothing', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    )
    expect((await failureOf(postRecord({ post }))).code).toBe('NETWORK')
    const fetch = answer(202, { receipt })
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValueOnce(false)
    expect((await failureOf(postRecord({ post }))).code).toBe('NETWORK')
    expect(fetch).not.toHaveBeenCalled()
  })
})
