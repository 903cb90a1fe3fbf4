// The canary: known image bytes, a known card number and a capture token go through the endpoint;
// none of them (nor their base64) may appear in any log line.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mintCaptureToken } from '../access/capture-token.ts'
import { DEMO_SECRET_KEY } from '../emulator/demo-keys.ts'
import { postImage, specimenCard, startHarness, type Harness } from '#testing/server/endpoint-harness.ts'

const CANARY_ID = 'Z987654(3)'
const CANARY_NAME = 'CANARYBIRD, Tweety'
const SECRET = 'canary-token-secret-0123456789abcdef'

let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(() => h.close())

/** The image with a unique marker in a JPEG comment, so its bytes are recognisable anywhere. */
function markedImage(marker: string): Uint8Array<ArrayBuffer> {
  const comment = new TextEncoder().encode(marker)
  const segment = new Uint8Array([0xff, 0xfe, 0, comment.length + 2, ...comment])
  return new Uint8Array([...specimenCard.subarray(0, 2), ...segment, ...specimenCard.subarray(2)])
}

describe('request logs', () => {
  it('carry one JSON line per request with the useful fields and none of the canaries', async () => {
    const marker = `CANARY-BYTES-${crypto.randomUUID()}`
    const image = markedImage(marker)
    const token = await mintCaptureToken({ secret: SECRET, lifetimeSeconds: 600, calls: 5 })
    const app = h.appWith({ captureTokenSecret: SECRET })
    await h.next({ card: { IdNum: CANARY_ID, EnName: CANARY_NAME } })
    const ok = await postImage(app, image, { Authorization: `Bearer ${token}` })
    expect((await ok.json()) as unknown).toMatchObject({ card: { idNum: CANARY_ID } })
    await h.next({ error: { code: 'FailedOperation.OcrFailed', message: `upstream says ${CANARY_ID}` } })
    await postImage(app, image, { Authorization: `Bearer ${token}` })
    await postImage(app, image, { Authorization: `Bearer ${token}x` })

    expect(h.logs).toHaveLength(3)
    const [first, second, third] = h.logs.map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(first).toMatchObject({ status: 200, bytes: image.byteLength, sniffedType: 'image/jpeg' })
    expect(first).toHaveProperty('ms')
    expect(first).toHaveProperty('requestId')
    expect(second).toMatchObject({ status: 502, upstreamCode: 'FailedOperation.OcrFailed' })
    expect(third).toMatchObject({ status: 401, denied: 'bad-signature' })

    const base64 = Buffer.from(image).toString('base64')
    const canaries = [
      marker,
      CANARY_ID,
      'Z987654',
      CANARY_NAME,
      token,
      token.split('.')[1]!,
      DEMO_SECRET_KEY,
      SECRET,
    ]
    for (const line of h.logs) {
      for (const canary of canaries) expect(line).not.toContain(canary)
      // Any 40-character run of the image's base64 would mean image bytes leaked.
      for (let i = 0; i + 40 < base64.length; i += 4000) expect(line).not.toContain(base64.slice(i, i + 40))
    }
  })
})
