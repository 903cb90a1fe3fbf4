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

  it('local and upstream faults are refunded; an answer about the image (NOT_HKID) is spent', async () => {
    // One app, so one budget; the deadline leaves room for BUSY's two ≥ 1 s retries.
    const app = h.appWith({ captureTokenSecret: secret, timeoutMs: 3500 })
    const auth = {
      Authorization: `Bearer ${await mintCaptureToken({ secret, lifetimeSeconds: 600, calls: 1 })}`,
    }
    const post = async (body: Uint8Array<ArrayBuffer>) => statusOf(await postImage(app, body, auth))
    expect(await post(new Uint8Array(6 * 1024 * 1024).fill(0xff))).toBe(413)
    expect(await post(new Uint8Array(0))).toBe(400)
    await h.next({ error: { code: 'RequestLimitExceeded' }, times: 3 })
    expect(await post(specimenCard)).toBe(429)
    await h.next({ delayMs: 4000 })
    expect(await post(specimenCard)).toBe(504)
    await h.next({ error: { code: 'FailedOperation.OcrFailed' } })
    expect(await post(specimenCard)).toBe(502)
    await h.next({ malformed: 'http-500' })
    expect(await post(specimenCard)).toBe(502)
    await h.next({ error: { code: 'FailedOperation.NoHKIDCard' } })
    expect(await post(specimenCard)).toBe(422)
    // The one call went on NOT_HKID: the link is used up now.
    expect(await post(specimenCard)).toBe(401)
  }, 15_000)
})
