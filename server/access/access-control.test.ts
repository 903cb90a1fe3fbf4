// Access through the whole app: a token in the Authorization header, its budget, its rate, the IP's rate.
// The bodies are not images, so an admitted call ends at 415 without an upstream call (or a budget call).
import { describe, expect, it } from 'vitest'
import { apiErrorSchema } from '#src/hkid/api-errors.ts'
import { createApp, type AppOptions } from '../app.ts'
import { MemoryStore } from '../store/memory-store.ts'
import { StoreUnavailableError } from '../store/shared-store.ts'
import { mintCaptureToken } from './capture-token.ts'
import { unreachableTencent } from '#testing/server/unreachable-tencent.ts'

const secret = 'access-test-secret-0123456789abcdef'
let clock = 1_800_000_000_000

function appWith(overrides: Partial<AppOptions> = {}) {
  return createApp({
    recognizer: unreachableTencent(),
    maxBodyBytes: 1024 * 1024,
    captureTokenSecret: secret,
    ratePerIpPerMinute: 1000,
    ratePerTokenPerMinute: 1000,
    clientAddress: () => '198.51.100.1',
    nowMs: () => clock,
    logSink: () => undefined,
    ...overrides,
  })
}

async function call(app: ReturnType<typeof appWith>, token?: string) {
  const response = await app.request('/api/hkid/recognize', {
    method: 'POST',
    body: 'not an image',
    headers: token === undefined ? {} : { Authorization: `Bearer ${token}` },
  })
  const body = response.ok ? null : apiErrorSchema.parse(await response.json())
  return { status: response.status, code: body?.error.code, retryAfter: response.headers.get('retry-after') }
}

const mint = (calls = 5, lifetimeSeconds = 600) =>
  mintCaptureToken({ secret, lifetimeSeconds, calls, nowSeconds: Math.floor(clock / 1000) })

describe('access control', () => {
  it('lets a valid token through and refuses none, garbage or another scheme', async () => {
    const app = appWith()
    expect(await call(app, await mint())).toMatchObject({ status: 415 })
    expect(await call(app)).toMatchObject({ status: 401, code: 'UNAUTHORIZED' })
    expect(await call(app, 'garbage')).toMatchObject({ status: 401, code: 'UNAUTHORIZED' })
    const basic = await app.request('/api/hkid/recognize', {
      method: 'POST',
      body: 'x',
      headers: { Authorization: `Basic ${await mint()}` },
    })
    expect(basic.status).toBe(401)
  })

  it('refuses a token after it expires', async () => {
    const app = appWith()
    const token = await mint(5, 60)
    expect((await call(app, token)).status).toBe(415)
    clock += 61_000
    expect(await call(app, token)).toMatchObject({ status: 401, code: 'UNAUTHORIZED' })
  })

  it('spends none of the per-token call budget on refused uploads or an unreachable upstream', async () => {
    const app = appWith()
    const token = await mint(2)
    for (let i = 0; i < 4; i++) expect((await call(app, token)).status).toBe(415)
    // A real JPEG reaches the (unreachable) upstream: 502, still not spent.
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])
    for (let i = 0; i < 3; i++) {
      const response = await app.request('/api/hkid/recognize', {
        method: 'POST',
        body: jpeg,
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'image/jpeg' },
      })
      expect(response.status).toBe(502)
    }
    expect((await call(app, token)).status).toBe(415)
  })

  it('answers 429 RATE_LIMITED with Retry-After past the per-token rate, and recovers', async () => {
    const app = appWith({ ratePerTokenPerMinute: 2 })
    const token = await mint(50)
    await call(app, token)
    await call(app, token)
    const limited = await call(app, token)
    expect(limited).toMatchObject({ status: 429, code: 'RATE_LIMITED' })
    expect(Number(limited.retryAfter)).toBeGreaterThanOrEqual(1)
    clock += Number(limited.retryAfter) * 1000
    expect((await call(app, token)).status).toBe(415)
  })

  it('answers 429 past the per-IP rate, per address, even with a fresh token', async () => {
    let ip = '192.0.2.1'
    const app = appWith({ ratePerIpPerMinute: 3, clientAddress: () => ip })
    for (let i = 0; i < 3; i++) expect((await call(app, await mint())).status).toBe(415)
    expect(await call(app, await mint())).toMatchObject({ status: 429, code: 'RATE_LIMITED' })
    // Token guessing is rate-limited too: a bad token from this address also gets 429, not 401.
    expect((await call(app, 'guess')).status).toBe(429)
    ip = '192.0.2.2'
    expect((await call(app, await mint())).status).toBe(415)
  })

  it('counts every address of one IPv6 /64 as one client, and another /64 as another', async () => {
    let ip = '2001:db8:1:2::1'
    const app = appWith({ ratePerIpPerMinute: 2, clientAddress: () => ip })
    expect((await call(app, await mint())).status).toBe(415)
    ip = '2001:db8:1:2:ffff:ffff:ffff:fffe'
    expect((await call(app, await mint())).status).toBe(415)
    ip = '2001:db8:1:2:aaaa::9'
    expect(await call(app, await mint())).toMatchObject({ status: 429, code: 'RATE_LIMITED' })
    ip = '2001:db8:1:3::1'
    expect((await call(app, await mint())).status).toBe(415)
  })

  it('refuses budgets with 503 TEMPORARILY_UNAVAILABLE while the shared store is down', async () => {
    const down = new MemoryStore()
    down.spendCall = () => Promise.reject(new StoreUnavailableError('down'))
    const app = appWith({ store: down })
    expect(await call(app, await mint())).toMatchObject({ status: 503, code: 'TEMPORARILY_UNAVAILABLE' })
  })

  it('keeps /api/health open without a token', async () => {
    expect((await appWith().request('/api/health')).status).toBe(200)
  })
})
