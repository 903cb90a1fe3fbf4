// A stalled Redis (SIGSTOP: connections stay open, nothing answers) fails closed as fast as a crashed one:
// billed requests are refused 503 TEMPORARILY_UNAVAILABLE within the command deadline instead of hanging
// until Redis wakes, /api/health says the store is degraded, and the stall and the recovery are logged once
// each. No spend is forgotten: a link's calls served before, during and after the stall never exceed it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mintCaptureToken } from '../access/capture-token.ts'
import { RedisStore } from './redis-store.ts'
import { StoreUnavailableError } from './shared-store.ts'
import { specimenCard, startHarness, type Harness } from '#testing/server/endpoint-harness.ts'
import { DURABLE_REDIS_ARGS, startRedisServer, type RedisServer } from '#testing/server/redis-server.ts'
import { createClient } from 'redis'

const SECRET = 'stall-test-secret-0123456789abcdef'
let redis: RedisServer
let h: Harness
const stores: RedisStore[] = []

function store(): RedisStore {
  const opened = new RedisStore({ url: redis.url, keyPrefix: 'stall:' })
  stores.push(opened)
  return opened
}

beforeAll(async () => {
  // DEBUG (for DEBUG SLEEP, a busy Redis) is off by default since Redis 7.
  redis = await startRedisServer([...DURABLE_REDIS_ARGS, '--enable-debug-command', 'yes'])
  h = await startHarness()
}, 30_000)
afterAll(async () => {
  redis?.resume()
  await Promise.all(stores.map((opened) => opened.close()))
  await h?.close()
  await redis?.close()
})

const timed = async <T>(work: Promise<T>) => {
  const started = performance.now()
  const value = await work
  return { value, ms: performance.now() - started }
}
const settle = (work: Promise<unknown>) =>
  timed(
    work.then(
      () => 'ok',
      (error: unknown) => (error instanceof StoreUnavailableError ? 'unavailable' : 'other'),
    ),
  )

async function until(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const deadline = performance.now() + ms
  while (performance.now() < deadline) {
    if (await check()) return true
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return false
}

describe('Redis stalled', () => {
  it('fails each command within its deadline, then at once, and works again when Redis wakes', async () => {
    const opened = store()
    expect(await opened.ready(5000)).toBe(true)
    redis.pause()
    try {
      const first = await settle(opened.spendCall('k', 1, Date.now() + 60_000))
      expect(first.value).toBe('unavailable')
      expect(first.ms).toBeLessThan(2000)
      // Known stalled: the next commands do not each wait out a deadline.
      const next = await Promise.all([
        settle(opened.hitRate('k', 5, 1000)),
        settle(opened.relay.take('0123456789abcdef0123')),
      ])
      for (const result of next) {
        expect(result.value).toBe('unavailable')
        expect(result.ms).toBeLessThan(300)
      }
    } finally {
      redis.resume()
    }
    expect(await until(async () => (await settle(opened.hitRate('k', 5, 1000))).value === 'ok', 5000)).toBe(
      true,
    )
  })

  it('treats a Redis busy in DEBUG SLEEP the same way', async () => {
    const opened = store()
    expect(await opened.ready(5000)).toBe(true)
    const sleeper = createClient({ url: redis.url })
    await sleeper.connect()
    const sleeping = sleeper.sendCommand(['DEBUG', 'SLEEP', '3'])
    await new Promise((resolve) => setTimeout(resolve, 100))
    const during = await settle(opened.spendCall('busy', 1, Date.now() + 60_000))
    expect(during.value).toBe('unavailable')
    expect(during.ms).toBeLessThan(2000)
    await sleeping
    await sleeper.close()
    expect(
      await until(async () => (await settle(opened.hitRate('busy', 5, 1000))).value === 'ok', 5000),
    ).toBe(true)
  })

  it('refuses billed calls fast, reports degraded health, logs the stall and the recovery once', async () => {
    h.logs.length = 0
    const app = h.appWith({
      store: store(),
      captureTokenSecret: SECRET,
      ratePerIpPerMinute: 1000,
      ratePerTokenPerMinute: 1000,
      clientAddress: () => '198.51.100.20',
    })
    const token = await mintCaptureToken({ secret: SECRET, lifetimeSeconds: 600, calls: 2 })
    const recognize = () =>
      timed(
        Promise.resolve(
          app.request('/api/hkid/recognize?portraits=0', {
            method: 'POST',
            headers: { 'Content-Type': 'image/jpeg', Authorization: `Bearer ${token}` },
            body: specimenCard,
          }),
        ),
      )
    const health = async () => ((await (await app.request('/api/health')).json()) as { store?: string }).store

    expect((await recognize()).value.status).toBe(200)
    expect(await health()).toBe('ok')
    redis.pause()
    try {
      const during = await Promise.all(Array.from({ length: 10 }, recognize))
      for (const { value, ms } of during) {
        expect(value.status).toBe(503)
        expect(value.headers.get('retry-after')).toBe('5')
        expect(ms).toBeLessThan(3000)
      }
      const probe = await timed(health())
      expect(probe.value).toBe('degraded')
      expect(probe.ms).toBeLessThan(3000)
    } finally {
      redis.resume()
    }
    expect(await until(async () => (await health()) === 'ok', 10_000)).toBe(true)
    // The link allowed 2: one before the stall, one after — none of the refused ones was served or counted.
    const after = [await recognize(), await recognize()].map(({ value }) => value.status)
    expect(after).toEqual([200, 401])
    const events = h.logs.map((line) => (JSON.parse(line) as { msg?: string }).msg)
    expect(events.filter((msg) => msg === 'store-unavailable')).toHaveLength(1)
    expect(events.filter((msg) => msg === 'store-recovered')).toHaveLength(1)
  }, 60_000)
})
