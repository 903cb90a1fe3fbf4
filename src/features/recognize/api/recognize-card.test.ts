// What the browser makes of each kind of answer: our error body gives its code, a bare status from the HTTP
// server or a proxy in front is read where it can be, and anything else is INVALID_RESPONSE (docs/errors.md).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { forgetClientConfig } from '#src/session/client-config.ts'
import { recognizeCard, RecognizeError } from './recognize-card.ts'

const image = new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type: 'image/jpeg' })

function answer(status: number, body: string, type = 'application/json') {
  vi.stubGlobal('fetch', () =>
    Promise.resolve(new Response(body, { status, headers: { 'Content-Type': type } })),
  )
}

async function codeOf(call: Promise<unknown>) {
  const error = await call.then(
    () => null,
    (thrown: unknown) => thrown,
  )
  expect(error).toBeInstanceOf(RecognizeError)
  return { code: (error as RecognizeError).code, requestId: (error as RecognizeError).requestId }
}

beforeEach(() => {
  vi.stubGlobal('navigator', { onLine: true })
  forgetClientConfig()
})
afterEach(() => vi.unstubAllGlobals())

describe('recognizeCard', () => {
  it('throws our code and request id from our error body', async () => {
    answer(422, JSON.stringify({ error: { code: 'NOT_HKID', message: 'No card.', requestId: 'req-9' } }))
    expect(await codeOf(recognizeCard({ image }))).toEqual({ code: 'NOT_HKID', requestId: 'req-9' })
  })

  it('reads a bare 408 and 413 from the HTTP server or a proxy', async () => {
    answer(408, '')
    expect((await codeOf(recognizeCard({ image }))).code).toBe('REQUEST_TIMEOUT')
    answer(413, '<html>Request Entity Too Large</html>', 'text/html')
    expect((await codeOf(recognizeCard({ image }))).code).toBe('IMAGE_TOO_LARGE')
  })

  it.each([
    ['a proxy’s error page', 502, '<html>Bad Gateway</html>', 'text/html'],
    ['a host the server does not serve (421, plain text)', 421, 'Misdirected Request', 'text/plain'],
    [
      'an error body with a code we do not have',
      500,
      JSON.stringify({ error: { code: 'OOPS', message: 'x' } }),
    ],
    ['a success that is not a result', 200, JSON.stringify({ card: null })],
  ])('says INVALID_RESPONSE for %s', async (_what, status, body, type?: string) => {
    answer(status, body, type)
    expect((await codeOf(recognizeCard({ image }))).code).toBe('INVALID_RESPONSE')
  })

  it('says NETWORK at once when the browser is offline', async () => {
    vi.stubGlobal('navigator', { onLine: false })
    const fetch = vi.fn()
    vi.stubGlobal('fetch', fetch)
    expect((await codeOf(recognizeCard({ image }))).code).toBe('NETWORK')
    expect(fetch).not.toHaveBeenCalled()
  })
})
