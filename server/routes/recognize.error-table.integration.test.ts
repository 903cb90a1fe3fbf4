// docs/errors.md's table, every row driven end to end: our endpoint → TC3-signed HTTP → emulator control.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { apiErrorSchema, type ApiErrorCode } from '#src/hkid/api-errors.ts'
import { mintCaptureToken } from '../access/capture-token.ts'
import { DEMO_SECRET_KEY } from '../emulator/demo-keys.ts'
import { postImage, specimenCard, startHarness, type Harness } from '#testing/server/endpoint-harness.ts'
import { RATE_LIMIT_CODES, UPSTREAM_ERROR_ROWS } from '#testing/server/error-table-rows.ts'

let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(() => h.close())
beforeEach(() => h.reset())

const UPSTREAM_WORDS = 'upstream words that must not leak'
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/** Status, stable code, a message of ours only, and a request id that is also in the log. */
async function expectError(response: Response, status: number, code: ApiErrorCode) {
  expect(response.status).toBe(status)
  expect(response.headers.get('cache-control')).toBe('no-store')
  const text = await response.text()
  const body = apiErrorSchema.parse(JSON.parse(text))
  expect(body.error.code).toBe(code)
  expect(body.error.requestId).toMatch(UUID)
  for (const leak of [UPSTREAM_WORDS, DEMO_SECRET_KEY, 'tencent', 'emulator', 'cloud', 'Error:', '    at ']) {
    expect(text.toLowerCase()).not.toContain(leak.toLowerCase())
  }
  expect(h.logs.join('\n')).toContain(body.error.requestId)
  return body
}

/** The RequestId the emulator answered with last: the one the user must see, and the operator must find. */
async function lastUpstreamRequestId() {
  const issued = (await h.stats()).requestIds
  expect(issued.length).toBeGreaterThan(0)
  return issued.at(-1)
}

const loggedFields = () => h.logs.map((line) => JSON.parse(line) as Record<string, unknown>)

describe('upstream rows', () => {
  it.each(UPSTREAM_ERROR_ROWS)(
    '%s → %i %s, with the upstream RequestId',
    async (upstreamCode, status, code) => {
      await h.next({ error: { code: upstreamCode, message: UPSTREAM_WORDS } })
      const body = await expectError(await postImage(h.appWith(), specimenCard), status, code)
      expect((await h.stats()).calls).toBe(1)
      const upstreamRequestId = await lastUpstreamRequestId()
      expect(body.error.requestId).toBe(upstreamRequestId)
      expect(loggedFields()).toEqual([expect.objectContaining({ upstreamRequestId, upstreamCode })])
      // The log keeps the upstream code for the operator; the answer never does.
      expect(h.logs.join('\n')).toContain(upstreamCode)
    },
  )

  it.each(RATE_LIMIT_CODES)(
    '%s, still there after two retries → 429 BUSY with Retry-After',
    async (upstreamCode) => {
      await h.next({ error: { code: upstreamCode, message: UPSTREAM_WORDS }, times: 3 })
      const response = await postImage(h.appWith(), specimenCard)
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
      const body = await expectError(response, 429, 'BUSY')
      expect((await h.stats()).calls).toBe(3)
      // The last attempt's RequestId: the one whose answer the user got.
      expect(body.error.requestId).toBe(await lastUpstreamRequestId())
    },
  )

  it('a success: the emulator RequestId is in the verified record and in the log line', async () => {
    const response = await postImage(h.appWith(), specimenCard)
    expect(response.status).toBe(200)
    const { requestId } = (await response.json()) as { requestId: string }
    const upstreamRequestId = await lastUpstreamRequestId()
    expect(requestId).toBe(upstreamRequestId)
    expect(loggedFields()).toEqual([expect.objectContaining({ status: 200, upstreamRequestId })])
  })

  it('a real signature failure (wrong key) → 503 SERVICE_UNAVAILABLE', async () => {
    await expectError(
      await postImage(h.appWith({ secretKey: 'not-the-demo-key' }), specimenCard),
      503,
      'SERVICE_UNAVAILABLE',
    )
    expect(h.logs.join('\n')).toContain('AuthFailure.SignatureFailure')
    expect(loggedFields()[0]).toMatchObject({ upstreamRequestId: await lastUpstreamRequestId() })
  })

  it('a slow upstream → 504 UPSTREAM_TIMEOUT within the timeout', async () => {
    // The upstream would answer after 10 s; the 300 ms deadline must answer long before that.
    await h.next({ delayMs: 10_000 })
    const started = performance.now()
    await expectError(await postImage(h.appWith({ timeoutMs: 300 }), specimenCard), 504, 'UPSTREAM_TIMEOUT')
    expect(performance.now() - started).toBeLessThan(10_000)
  })

  it('an unreachable upstream → 502 UPSTREAM_ERROR', async () => {
    // Port 9 (discard) on loopback: nothing listens, the connection is refused.
    const app = h.appWith({ endpoint: 'http://127.0.0.1:9' })
    await expectError(await postImage(app, specimenCard), 502, 'UPSTREAM_ERROR')
  })

  it.each(['not-json', 'bad-shape', 'http-500'] as const)(
    'a %s answer → 502 UPSTREAM_ERROR',
    async (malformed) => {
      await h.next({ malformed })
      await expectError(await postImage(h.appWith(), specimenCard), 502, 'UPSTREAM_ERROR')
    },
  )
})

describe('local rows (never reach the upstream)', () => {
  it('body over the limit → 413 IMAGE_TOO_LARGE', async () => {
    await expectError(
      await postImage(h.appWith({ maxBodyBytes: 100_000 }), specimenCard),
      413,
      'IMAGE_TOO_LARGE',
    )
  })

  it('not JPEG/PNG by its bytes → 415 UNSUPPORTED_TYPE', async () => {
    await expectError(
      await postImage(h.appWith(), new TextEncoder().encode('GIF89a')),
      415,
      'UNSUPPORTED_TYPE',
    )
  })

  it('empty body → 400 EMPTY_BODY', async () => {
    await expectError(await postImage(h.appWith(), new Uint8Array(0)), 400, 'EMPTY_BODY')
  })

  it('missing, bad or expired token → 401 UNAUTHORIZED', async () => {
    const secret = 'a'.repeat(32)
    const app = h.appWith({ captureTokenSecret: secret })
    const expired = await mintCaptureToken({ secret, lifetimeSeconds: 60, calls: 5, nowSeconds: 1_000 })
    const forged = await mintCaptureToken({ secret: 'b'.repeat(32), lifetimeSeconds: 600, calls: 5 })
    const attempts: Record<string, string>[] = [
      {},
      { Authorization: `Bearer ${expired}` },
      { Authorization: `Bearer ${forged}` },
    ]
    for (const headers of attempts) {
      await expectError(await postImage(app, specimenCard, headers), 401, 'UNAUTHORIZED')
    }
  })

  it('client over its rate → 429 RATE_LIMITED with Retry-After', async () => {
    const app = h.appWith({ ratePerIpPerMinute: 1, clientAddress: () => '203.0.113.7' })
    await expectError(await postImage(app, new Uint8Array(0)), 400, 'EMPTY_BODY')
    const response = await postImage(app, new Uint8Array(0))
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    await expectError(response, 429, 'RATE_LIMITED')
  })

  afterAll(async () => {
    expect((await h.stats()).calls).toBe(0)
  })
})
