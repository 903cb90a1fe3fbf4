// The endpoint against the real emulator over loopback HTTP: real TC3 signatures, real image analysis.
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { apiErrorSchema } from '#src/hkid/api-errors.ts'
import { recognizeResultSchema } from '#src/hkid/recognize-contract.ts'
import { createApp } from '../app.ts'
import { DEMO_SECRET_ID, DEMO_SECRET_KEY } from '../emulator/demo-keys.ts'
import { SPECIMEN_CARD } from '../emulator/specimen-card.ts'
import { startEmulator, type RunningEmulator } from '../emulator/start-emulator.ts'
import { tencentRecognizer } from '#server/recognizers/tencent-recognizer.ts'

const card = new Uint8Array(
  readFileSync(new URL('../../testing/fixtures/files/specimen-card.jpg', import.meta.url)),
)
let emulator: RunningEmulator
let logs: string[] = []

function appWith(overrides: { secretKey?: string; timeoutMs?: number; maxBodyBytes?: number } = {}) {
  return createApp({
    recognizer: tencentRecognizer({
      endpoint: emulator.url,
      secretId: DEMO_SECRET_ID,
      secretKey: overrides.secretKey ?? DEMO_SECRET_KEY,
      timeoutMs: overrides.timeoutMs ?? 5000,
      backoffMs: () => 10,
    }),
    maxBodyBytes: overrides.maxBodyBytes ?? 5 * 1024 * 1024,
    logSink: (line) => logs.push(line),
  })
}

function post(app: ReturnType<typeof appWith>, body: BodyInit, path = '/api/hkid/recognize') {
  return app.request(path, { method: 'POST', body, headers: { 'Content-Type': 'image/jpeg' } })
}

async function control(path: string, body?: unknown) {
  const response = await fetch(`${emulator.url}/__emulator/${path}`, {
    method: body === undefined && path === 'stats' ? 'GET' : 'POST',
    headers: { 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  return response.json() as Promise<{ calls: number; signatures: string[] }>
}

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, control: true, rateLimitPerSecond: 1000 })
})
afterAll(async () => {
  await emulator.close()
})
beforeEach(async () => {
  logs = []
  await fetch(`${emulator.url}/__emulator/reset`, { method: 'POST' })
})

describe('POST /api/hkid/recognize through the emulator', () => {
  it('signs the call, and returns the normalized specimen card with both portraits', async () => {
    const response = await post(appWith(), card)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const result = recognizeResultSchema.parse(await response.json())
    expect(result.card).toMatchObject({ idNum: SPECIMEN_CARD.IdNum, cnName: SPECIMEN_CARD.CnName, sex: 'M' })
    expect(result.warnings).toEqual([])
    expect(result.portraits.primary).toMatch(/^\/9j\//)
    expect(result.portraits.secondary).toMatch(/^\/9j\//)
  })

  it('asks for no portraits when portraits=0', async () => {
    const response = await post(appWith(), card, '/api/hkid/recognize?portraits=0')
    expect(recognizeResultSchema.parse(await response.json()).portraits).toEqual({})
  })

  it('is refused by the emulator when signed with the wrong key: 503, and the log names the upstream code', async () => {
    const response = await post(appWith({ secretKey: 'not-the-demo-key' }), card)
    expect(response.status).toBe(503)
    const body = apiErrorSchema.parse(await response.json())
    expect(body.error.code).toBe('SERVICE_UNAVAILABLE')
    expect(JSON.stringify(body)).not.toMatch(/AuthFailure|Signature|emulator|tencent/i)
    expect(logs.join('\n')).toContain('AuthFailure.SignatureFailure')
  })

  it.each([
    ['FailedOperation.NoHKIDCard', 422, 'NOT_HKID'],
    ['FailedOperation.ImageDecodeFailed', 422, 'IMAGE_UNREADABLE'],
    ['LimitExceeded.TooLargeFileError', 413, 'IMAGE_TOO_LARGE'],
    ['FailedOperation.OcrFailed', 502, 'RECOGNITION_FAILED'],
    ['ResourceUnavailable.InArrears', 503, 'SERVICE_UNAVAILABLE'],
  ])('maps upstream %s to %i %s with the upstream RequestId', async (upstreamCode, status, code) => {
    await control('next', { error: { code: upstreamCode, message: 'upstream words that must not leak' } })
    const response = await post(appWith(), card)
    expect(response.status).toBe(status)
    const body = apiErrorSchema.parse(await response.json())
    expect(body.error.code).toBe(code)
    expect(body.error.requestId).toMatch(/^[0-9a-f-]{36}$/)
    expect(body.error.message).not.toContain('upstream words')
  })

  it('retries RequestLimitExceeded at most twice, each time freshly signed, then answers 429 BUSY', async () => {
    await control('next', { error: { code: 'RequestLimitExceeded' }, times: 3 })
    const response = await post(appWith(), card)
    expect(response.status).toBe(429)
    expect(response.headers.get('retry-after')).not.toBeNull()
    const stats = await control('stats')
    expect(stats.calls).toBe(3)
  })

  it('recovers when the rate limit clears before the retries run out', async () => {
    await control('next', { error: { code: 'RequestLimitExceeded' }, times: 2 })
    expect((await post(appWith(), card)).status).toBe(200)
    expect((await control('stats')).calls).toBe(3)
  })

  it('does not retry other failures', async () => {
    await control('next', { error: { code: 'InternalError' } })
    expect((await post(appWith(), card)).status).toBe(502)
    expect((await control('stats')).calls).toBe(1)
  })

  it('answers 504 UPSTREAM_TIMEOUT when the upstream is slower than the timeout', async () => {
    // The upstream would answer after 10 s; the 300 ms deadline must answer long before that.
    await control('next', { delayMs: 10_000 })
    const started = performance.now()
    const response = await post(appWith({ timeoutMs: 300 }), card)
    expect(response.status).toBe(504)
    expect(apiErrorSchema.parse(await response.json()).error.code).toBe('UPSTREAM_TIMEOUT')
    expect(performance.now() - started).toBeLessThan(10_000)
  })

  it.each(['not-json', 'bad-shape', 'http-500'] as const)(
    'answers 502 UPSTREAM_ERROR on a %s upstream answer',
    async (malformed) => {
      await control('next', { malformed })
      const response = await post(appWith(), card)
      expect(response.status).toBe(502)
      expect(apiErrorSchema.parse(await response.json()).error.code).toBe('UPSTREAM_ERROR')
    },
  )

  it('refuses what is not JPEG or PNG by its bytes, whatever the Content-Type says', async () => {
    const response = await post(appWith(), new TextEncoder().encode('GIF89a....'))
    expect(response.status).toBe(415)
    expect(apiErrorSchema.parse(await response.json()).error.code).toBe('UNSUPPORTED_TYPE')
    expect((await control('stats')).calls).toBe(0)
  })

  it('refuses an empty body and an oversized one before calling upstream', async () => {
    expect((await post(appWith(), new Uint8Array(0))).status).toBe(400)
    const big = await post(appWith({ maxBodyBytes: 100_000 }), card)
    expect(big.status).toBe(413)
    expect(apiErrorSchema.parse(await big.json()).error.code).toBe('IMAGE_TOO_LARGE')
    expect((await control('stats')).calls).toBe(0)
  })

  it('writes one JSON log line per request with no image bytes, card fields or secrets', async () => {
    await post(appWith(), card)
    expect(logs).toHaveLength(1)
    const line = logs[0] ?? ''
    expect(JSON.parse(line)).toMatchObject({ status: 200, bytes: card.byteLength, sniffedType: 'image/jpeg' })
    for (const secret of [
      SPECIMEN_CARD.IdNum,
      SPECIMEN_CARD.CnName,
      SPECIMEN_CARD.EnName,
      DEMO_SECRET_KEY,
      '/9j/',
    ]) {
      expect(line).not.toContain(secret)
    }
  })

  it('reports its upstream kind on /api/health and 404s unknown API paths', async () => {
    const app = appWith()
    expect(await (await app.request('/api/health')).json()).toEqual({ ok: true, upstream: 'tencent' })
    const missing = await app.request('/api/nope')
    expect(missing.status).toBe(404)
    expect((await app.request('/api/hkid/recognize')).status).toBe(405)
  })
})
