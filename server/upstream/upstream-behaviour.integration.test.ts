// How the endpoint treats its upstream, observed from the emulator's side: retries (counted, freshly
// signed), the per-process rate limiter and its bounded queue, and connection reuse.
import jpeg from 'jpeg-js'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { apiErrorSchema } from '#src/hkid/api-errors.ts'
import { postImage, specimenCard, startHarness, type Harness } from '#testing/server/endpoint-harness.ts'

let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(() => h.close())
beforeEach(() => h.reset())

// A small real JPEG: the emulator's own work per call stays tiny, so arrival times reflect our sending.
const smallJpeg = new Uint8Array(
  jpeg.encode({ width: 64, height: 40, data: Buffer.alloc(64 * 40 * 4, 128) }, 80).data,
)

/** The most calls that arrived within any window of `windowMs`. */
function busiestWindow(times: number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b)
  let best = 0
  for (let i = 0, j = 0; j < sorted.length; j++) {
    while (sorted[j]! - sorted[i]! >= windowMs) i++
    best = Math.max(best, j - i + 1)
  }
  return best
}

describe('retries', () => {
  it('retries RequestLimitExceeded twice, each attempt with a new signature, then succeeds', async () => {
    await h.next({ error: { code: 'RequestLimitExceeded' }, times: 2 })
    const response = await postImage(h.appWith(), specimenCard)
    expect(response.status).toBe(200)
    const stats = await h.stats()
    expect(stats.calls).toBe(3)
    expect(new Set(stats.signatures).size).toBe(3)
    // Backoff lands each retry in a later second, so X-TC-Timestamp (and the signature) changes.
    const times = stats.arrivals.map((arrival) => arrival.atMs)
    expect(times[2]! - times[0]!).toBeGreaterThanOrEqual(1000)
  })

  it('does not retry anything else', async () => {
    await h.next({ error: { code: 'FailedOperation.OcrFailed' }, times: 3 })
    expect((await postImage(h.appWith(), specimenCard)).status).toBe(502)
    expect((await h.stats()).calls).toBe(1)
  })

  it('gives up at the deadline even while waiting to retry: 504, and the retry is never sent', async () => {
    await h.next({ error: { code: 'RequestLimitExceeded' }, times: 3 })
    // The deadline (600 ms) falls inside the first wait before a retry (5 s): only the first call goes out.
    const response = await postImage(h.appWith({ timeoutMs: 600, backoffMs: 5000 }), specimenCard)
    expect(response.status).toBe(504)
    expect((await h.stats()).calls).toBe(1)
  })
})

describe('per-process upstream limiter', () => {
  it('keeps a burst of 12 at ≤ 5 calls per second and queues it rather than failing', async () => {
    const app = h.appWith({ upstreamRatePerSecond: 5, upstreamQueueMax: 20 })
    const started = performance.now()
    const statuses = await Promise.all(
      Array.from({ length: 12 }, () => postImage(app, smallJpeg, {}, '/api/hkid/recognize?portraits=0')),
    ).then((responses) => responses.map((response) => response.status))
    expect(statuses).toEqual(Array(12).fill(200))
    const arrivals = (await h.stats()).arrivals.map((arrival) => arrival.atMs)
    expect(arrivals).toHaveLength(12)
    // 5 now, 5 a second later, 2 a second after that. Measured where they arrive, so the window allows
    // for scheduling jitter on a loaded machine (unlimited, all 12 would arrive within milliseconds).
    expect(busiestWindow(arrivals, 800)).toBeLessThanOrEqual(5)
    expect(performance.now() - started).toBeGreaterThanOrEqual(2000)
  })

  it('answers 429 BUSY with Retry-After once the queue is full, and serves the rest', async () => {
    const app = h.appWith({ upstreamRatePerSecond: 2, upstreamQueueMax: 2 })
    const responses = await Promise.all(
      Array.from({ length: 6 }, () => postImage(app, smallJpeg, {}, '/api/hkid/recognize?portraits=0')),
    )
    const statuses = responses.map((response) => response.status).sort()
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429])
    const busy = responses.find((response) => response.status === 429)!
    expect(busy.headers.get('retry-after')).toBe('1')
    expect(apiErrorSchema.parse(await busy.json()).error.code).toBe('BUSY')
    expect((await h.stats()).calls).toBe(4)
  })
})

describe('keep-alive', () => {
  it('reuses one connection to the upstream for calls in a row', async () => {
    const app = h.appWith()
    for (let i = 0; i < 5; i++) {
      expect((await postImage(app, specimenCard, {}, '/api/hkid/recognize?portraits=0')).status).toBe(200)
    }
    const ports = (await h.stats()).arrivals.map((arrival) => arrival.remotePort)
    expect(ports).toHaveLength(5)
    expect(ports.every((port) => typeof port === 'number')).toBe(true)
    expect(new Set(ports).size).toBe(1)
  })
})
