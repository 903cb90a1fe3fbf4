// The Redis store against a real redis-server: the same contract as every store, plus what only Redis
// shows — keys expire on their own, and an outage fails fast and recovers by itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { describeSharedStoreContract } from '#testing/server/shared-store-contract.ts'
import { startRedisServer, type RedisServer } from '#testing/server/redis-server.ts'
import { createClient } from 'redis'
import { RedisStore } from './redis-store.ts'
import { StoreUnavailableError } from './shared-store.ts'

let redis: RedisServer
const stores: RedisStore[] = []

function store(): RedisStore {
  const opened = new RedisStore({ url: redis.url, keyPrefix: 'test:' })
  stores.push(opened)
  return opened
}

beforeAll(async () => {
  redis = await startRedisServer()
})
afterAll(async () => {
  await Promise.all(stores.map((opened) => opened.close()))
  await redis?.close()
})

describeSharedStoreContract('redis store', { store })

describe('redis store on its own', () => {
  it('shares state between two connections, as two instances would', async () => {
    const [a, b] = [store(), store()]
    const key = crypto.randomUUID()
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).spendCall(key, 3, Date.now() + 60_000)),
    )
    expect(results.filter(Boolean)).toHaveLength(3)
    const channel = crypto.randomUUID().replace(/-/g, '')
    const waiting = b.relay.waitAndTake(channel, { timeoutMs: 30_000 })
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(await a.relay.put(channel, new Uint8Array([1, 2]))).toBe('stored')
    expect(await waiting).toEqual(new Uint8Array([1, 2]))
  })

  it('leaves nothing behind for good: every key it writes expires on its own', async () => {
    const opened = store()
    const id = crypto.randomUUID().replace(/-/g, '')
    await opened.spendCall(id, 2, Date.now() + 60_000)
    await opened.hitRate(`ip:${id}`, 5, 60_000)
    await opened.relay.put(id, new Uint8Array([1]), 120_000)
    await opened.relay.claim(id, 'phone', 120_000)
    const inspector = createClient({ url: redis.url })
    await inspector.connect()
    const keys = await inspector.keys(`test:*${id}*`)
    expect(keys.length).toBeGreaterThanOrEqual(4)
    for (const key of keys) {
      const ttl = await inspector.pTTL(key)
      expect(ttl).toBeGreaterThan(0)
      expect(ttl).toBeLessThanOrEqual(60_000 + 10 * 60_000)
    }
    await inspector.close()
  })

  it('fails fast while Redis is down, then works again once it is back', async () => {
    const opened = store()
    expect(await opened.ready(5000)).toBe(true)
    await redis.stop()
    const started = performance.now()
    await expect(opened.spendCall('k', 1, Date.now() + 60_000)).rejects.toThrow(StoreUnavailableError)
    await expect(opened.hitRate('k', 1, 1000)).rejects.toThrow(StoreUnavailableError)
    // Refused within the command timeout (1 s) rather than queued until Redis returns.
    expect(performance.now() - started).toBeLessThan(5000)
    await redis.start()
    let back = false
    for (let i = 0; i < 100 && !back; i++) {
      back = await opened.hitRate(`after:${crypto.randomUUID()}`, 1, 1000).then(
        () => true,
        () => new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 100)),
      )
    }
    expect(back).toBe(true)
  })
})
