// The browser's deadline is the server's (GET /api/client-config), not a number of its own: a server with a
// longer upstream deadline is waited for longer, and the wait still ends.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { forgetClientConfig } from '#src/session/client-config.ts'
import { recognizeCard, RecognizeError } from './recognize-card.ts'

/** When the recognition was sent, by the fake clock. */
let sentAt = 0

/** A server that answers client-config with this deadline and never answers a recognition. */
function silentServer(clientConfig: unknown) {
  const recognize = vi.fn((_url: string, init: RequestInit) => {
    sentAt = Date.now()
    return new Promise<Response>((_resolve, reject) =>
      init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
    )
  })
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string, init: RequestInit) =>
      url === '/api/client-config' ? Promise.resolve(Response.json(clientConfig)) : recognize(url, init),
    ),
  )
  return recognize
}

/** How long the call waited after sending before it gave up as REQUEST_TIMEOUT, by the fake clock. */
async function msUntilGivenUp(): Promise<number> {
  sentAt = 0
  let settled: unknown
  const call = recognizeCard({
    image: new Blob([new Uint8Array([0xff, 0xd8])], { type: 'image/jpeg' }),
  }).catch((error: unknown) => (settled = error))
  while (settled === undefined) await vi.advanceTimersByTimeAsync(sentAt ? 500 : 0)
  const givenUp = Date.now()
  await call
  expect(settled).toBeInstanceOf(RecognizeError)
  expect((settled as RecognizeError).code).toBe('REQUEST_TIMEOUT')
  return givenUp - sentAt
}

beforeEach(() => {
  vi.useFakeTimers()
  vi.stubGlobal('navigator', { onLine: true })
  forgetClientConfig()
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('recognizeCard deadline', () => {
  it('waits as long as the server says: 45 s when its upstream deadline is 25 s', async () => {
    const recognize = silentServer({
      recordHostOrigin: null,
      recognizeDeadlineMs: 45_000,
      recordWebhook: null,
    })
    const waited = await msUntilGivenUp()
    expect(recognize).toHaveBeenCalledOnce()
    expect(waited).toBeGreaterThanOrEqual(45_000)
    expect(waited).toBeLessThan(46_000)
  })

  it('and only that long: 12 s from a server with a short deadline', async () => {
    silentServer({ recordHostOrigin: null, recognizeDeadlineMs: 12_000, recordWebhook: null })
    const waited = await msUntilGivenUp()
    expect(waited).toBeGreaterThanOrEqual(12_000)
    expect(waited).toBeLessThan(13_000)
  })

  it('falls back to 30 s when the server cannot say', async () => {
    silentServer({ recordHostOrigin: null })
    const waited = await msUntilGivenUp()
    expect(waited).toBeGreaterThanOrEqual(30_000)
    expect(waited).toBeLessThan(31_000)
  })
})
