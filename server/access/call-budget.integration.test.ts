// A capture link's call budget is spent only by calls the upstream answered about the image — through the
// whole app, against the emulator.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { mintCaptureToken } from './capture-token.ts'
import { postImage, specimenCard, startHarness, type Harness } from '#testing/server/endpoint-harness.ts'

const secret = 'budget-test-secret-0123456789abcdef'
let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(() => h.close())
beforeEach(() => h.reset())

async function statusOf(response: Response) {
  await response.arrayBuffer()
  return response.status
}

/** Posts the card, hangs up once the upstream has the image (it answers after 2 s), and waits for the app. */
async function hangUpDuringUpstream(
  app: ReturnType<Harness['appWith']>,
  headers: Record<string, string> = {},
) {
  await h.next({ delayMs: 2000 })
  const controller = new AbortController()
  const pending = Promise.resolve(
    app.request('/api/hkid/recognize', {
      method: 'POST',
      body: specimenCard,
      headers: { 'Content-Type': 'image/jpeg', ...headers },
      signal: controller.signal,
    }),
  )
  while ((await h.stats()).calls < 1) await new Promise((resolve) => setTimeout(resolve, 10))
  controller.abort()
  await pending.catch(() => undefined)
}

describe('capture-link call budget', () => {
  it('two refused uploads (415) leave both calls of a 2-call link', async () => {
    const app = h.appWith({ captureTokenSecret: secret })
    const auth = {
      Authorization: `Bearer ${await mintCaptureToken({ secret, lifetimeSeconds: 600, calls: 2 })}`,
    }
    const gif = new TextEncoder().encode('GIF89a')
    expect(await statusOf(await postImage(app, gif, auth))).toBe(415)
    expect(
      await statusOf(await postImage(app, specimenCard, { ...auth, 'Content-Type': 'text/plain' })),
    ).toBe(415)
    expect(await statusOf(await postImage(app, specimenCard, auth))).toBe(200)
    expect(await statusOf(await postImage(app, specimenCard, auth))).toBe(200)
    expect(await statusOf(await postImage(app, specimenCard, auth))).toBe(401)
  })

  it('refunds what never reached the upstream; a timeout or upstream fault after sending is spent', async () => {
    // One app, so one budget; the deadline leaves room for BUSY's two ≥ 1 s retries.
    const app = h.appWith({ captureTokenSecret: secret, timeoutMs: 3500 })
    const auth = {
      Authorization: `Bearer ${await mintCaptureToken({ secret, lifetimeSeconds: 600, calls: 2 })}`,
    }
    const post = async (body: Uint8Array<ArrayBuffer>) => statusOf(await postImage(app, body, auth))
    expect(await post(new Uint8Array(6 * 1024 * 1024).fill(0xff))).toBe(413)
    expect(await post(new Uint8Array(0))).toBe(400)
    // Refused as over its rate on every attempt: the upstream never looked at the image.
    await h.next({ error: { code: 'RequestLimitExceeded' }, times: 3 })
    expect(await post(specimenCard)).toBe(429)
    await h.next({ delayMs: 4000 })
    expect(await post(specimenCard)).toBe(504)
    await h.next({ malformed: 'http-500' })
    expect(await post(specimenCard)).toBe(502)
    // Both calls went on the two that reached the upstream: the link is used up now.
    expect(await post(specimenCard)).toBe(401)
    expect((await h.stats()).calls).toBe(5)
  }, 15_000)

  it('refunds a call our own queue turned away (BUSY) before sending', async () => {
    // The rate window runs on this clock: it slides when the test says, not after a wait.
    let clock = Date.now()
    const app = h.appWith({
      captureTokenSecret: secret,
      upstreamRatePerSecond: 1,
      upstreamQueueMax: 0,
      nowMs: () => clock,
    })
    const auth = {
      Authorization: `Bearer ${await mintCaptureToken({ secret, lifetimeSeconds: 600, calls: 2 })}`,
    }
    const statuses = await Promise.all(
      [1, 2].map(async () => statusOf(await postImage(app, specimenCard, auth))),
    )
    expect(statuses.sort()).toEqual([200, 429])
    clock += 999
    expect(await statusOf(await postImage(app, specimenCard, auth))).toBe(429)
    clock += 1
    expect(await statusOf(await postImage(app, specimenCard, auth))).toBe(200)
    expect(await statusOf(await postImage(app, specimenCard, auth))).toBe(401)
  })

  it('a client that hangs up while the upstream works has spent the call: it was sent, and is billed', async () => {
    const app = h.appWith({ captureTokenSecret: secret })
    const auth = {
      Authorization: `Bearer ${await mintCaptureToken({ secret, lifetimeSeconds: 600, calls: 1 })}`,
    }
    await hangUpDuringUpstream(app, auth)
    // The link is used up: nothing more reaches the upstream on it.
    for (let i = 0; i < 3; i++) expect(await statusOf(await postImage(app, specimenCard, auth))).toBe(401)
    expect((await h.stats()).calls).toBe(1)
  })

  it('logs a hang-up during the upstream call as 499, not as an upstream fault', async () => {
    const app = h.appWith()
    await hangUpDuringUpstream(app)
    while (h.logs.length === 0) await new Promise((resolve) => setTimeout(resolve, 10))
    expect(JSON.parse(h.logs[0]!)).toMatchObject({ status: 499, code: 'CLIENT_CLOSED' })
  })
})
