// The same Hono app under workerd (Cloudflare's runtime) via Miniflare: bundled from server/worker.ts,
// configured by bindings, calling the emulator over loopback HTTP. The endpoint's core behaviour must hold.
import { Miniflare } from 'miniflare'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { apiErrorSchema } from '#src/hkid/api-errors.ts'
import { healthSchema, recognizeResultSchema } from '#src/hkid/recognize-contract.ts'
import { mintCaptureToken } from './access/capture-token.ts'
import { DEMO_SECRET_ID, DEMO_SECRET_KEY } from './emulator/demo-keys.ts'
import { SPECIMEN_CARD } from './emulator/specimen-card.ts'
import { specimenCard, startHarness, type Harness } from '#testing/server/endpoint-harness.ts'
import { bundleWorker } from '#testing/server/worker-bundle.ts'

const TOKEN_SECRET = 'workerd-test-secret-0123456789abcdef'
let h: Harness
let mf: Miniflare
let token: string

beforeAll(async () => {
  h = await startHarness()
  mf = new Miniflare({
    modules: [{ type: 'ESModule', path: 'worker.js', contents: await bundleWorker() }],
    compatibilityDate: '2025-01-01',
    bindings: {
      TENCENTCLOUD_SECRET_ID: DEMO_SECRET_ID,
      TENCENTCLOUD_SECRET_KEY: DEMO_SECRET_KEY,
      OCR_ENDPOINT: h.emulator.url,
      CAPTURE_TOKEN_SECRET: TOKEN_SECRET,
      MAX_BODY_BYTES: String(specimenCard.byteLength + 1000),
      // Room for the emulator's real image analysis on a loaded machine; the timeout test waits it out.
      UPSTREAM_TIMEOUT_MS: '4000',
      RATE_PER_IP_PER_MINUTE: '1000',
      RATE_PER_TOKEN_PER_MINUTE: '1000',
    },
  })
  token = await mintCaptureToken({ secret: TOKEN_SECRET, lifetimeSeconds: 600, calls: 100 })
}, 60_000)
afterAll(async () => {
  await mf?.dispose()
  await h.close()
})
beforeEach(() => h.reset())

function recognize(body: Uint8Array, headers: Record<string, string> = { Authorization: `Bearer ${token}` }) {
  return mf.dispatchFetch('http://worker.test/api/hkid/recognize', {
    method: 'POST',
    body,
    headers: { 'Content-Type': 'image/jpeg', 'CF-Connecting-IP': '198.51.100.9', ...headers },
  })
}

async function errorCode(response: { json(): Promise<unknown> }) {
  return apiErrorSchema.parse(await response.json()).error.code
}

describe('under workerd', () => {
  it('answers health with security headers and no CORS', async () => {
    const response = await mf.dispatchFetch('http://worker.test/api/health', {
      headers: { Origin: 'https://evil.example' },
    })
    expect(healthSchema.parse(await response.json())).toEqual({ ok: true, upstream: 'tencent' })
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'")
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('signs, forwards and normalizes a real recognition', async () => {
    const response = await recognize(specimenCard)
    expect(response.status).toBe(200)
    const result = recognizeResultSchema.parse(await response.json())
    expect(result.card.idNum).toBe(SPECIMEN_CARD.IdNum)
    expect(result.portraits.primary).toMatch(/^\/9j\//)
    expect((await h.stats()).calls).toBe(1)
  })

  it('sniffs, limits and refuses empty bodies before any upstream call', async () => {
    const gif = new TextEncoder().encode('GIF89a....')
    const tooBig = new Uint8Array(specimenCard.byteLength + 5000).fill(0xff)
    expect([(await recognize(gif)).status, await errorCode(await recognize(gif))]).toEqual([
      415,
      'UNSUPPORTED_TYPE',
    ])
    expect(await errorCode(await recognize(tooBig))).toBe('IMAGE_TOO_LARGE')
    expect(await errorCode(await recognize(new Uint8Array(0)))).toBe('EMPTY_BODY')
    expect((await h.stats()).calls).toBe(0)
  })

  it('maps upstream errors and times out within its budget', async () => {
    await h.next({ error: { code: 'FailedOperation.NoHKIDCard', message: 'upstream words' } })
    const notCard = await recognize(specimenCard)
    expect(notCard.status).toBe(422)
    expect(await errorCode(notCard)).toBe('NOT_HKID')
    // The upstream would answer after 12 s; the 4 s deadline must answer long before that.
    await h.next({ delayMs: 12_000 })
    const started = performance.now()
    const slow = await recognize(specimenCard)
    expect(slow.status).toBe(504)
    expect(performance.now() - started).toBeLessThan(12_000)
  })

  it('requires a capture token', async () => {
    // A small body: the refusal comes before the body is read, and workerd resets a connection whose
    // large upload is still in flight when the answer is sent (a client-side write error, not a 401).
    const response = await recognize(specimenCard.subarray(0, 1024), { Authorization: 'Bearer nope' })
    expect(response.status).toBe(401)
    expect(await errorCode(response)).toBe('UNAUTHORIZED')
  })

  it('404s and 405s like on Node', async () => {
    expect((await mf.dispatchFetch('http://worker.test/api/nope')).status).toBe(404)
    expect((await mf.dispatchFetch('http://worker.test/api/hkid/recognize')).status).toBe(405)
  })
})

describe('record delivery under workerd', () => {
  it('is refused at start: a Worker has no durable queue, so every path says the service is unavailable', async () => {
    const refused = new Miniflare({
      modules: [{ type: 'ESModule', path: 'worker.js', contents: await bundleWorker() }],
      compatibilityDate: '2025-01-01',
      bindings: {
        TENCENTCLOUD_SECRET_ID: DEMO_SECRET_ID,
        TENCENTCLOUD_SECRET_KEY: DEMO_SECRET_KEY,
        OCR_ENDPOINT: h.emulator.url,
        CAPTURE_TOKEN_SECRET: TOKEN_SECRET,
        RECORD_WEBHOOK_URL: 'https://hooks.example.com/kyc',
        RECORD_WEBHOOK_SECRET: `whsec_${btoa('workerd-record-webhook-secret-01')}`,
        RECORD_PUBLIC_JWK: JSON.stringify({
          kty: 'EC',
          crv: 'P-256',
          x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU',
          y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0',
        }),
      },
    })
    try {
      const response = await refused.dispatchFetch('http://worker.test/api/health')
      expect([response.status, await errorCode(response)]).toEqual([503, 'SERVICE_UNAVAILABLE'])
    } finally {
      await refused.dispose()
    }
  }, 60_000)
})
