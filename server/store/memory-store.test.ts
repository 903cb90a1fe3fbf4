import { describe, expect, it } from 'vitest'
import { describeSharedStoreContract } from '#testing/server/shared-store-contract.ts'
import { MemoryStore } from './memory-store.ts'

let clock = 1_000_000
describeSharedStoreContract('memory store', {
  store: () => new MemoryStore({ now: () => clock }),
  clock: {
    now: () => clock,
    advance: async (ms) => {
      clock += ms
    },
  },
})

describe('memory store on its own clock', () => {
  it('forgets a budget once its token has expired', async () => {
    let now = 1_000_000
    const store = new MemoryStore({ now: () => now })
    expect(await store.spendCall('t', 1, now + 1000)).toBe(true)
    expect(await store.spendCall('t', 1, now + 1000)).toBe(false)
    now += 1001
    expect(await store.spendCall('t', 1, now + 1000)).toBe(true)
  })

  it('expires a relay channel after its TTL: the ciphertext is gone and the channel is reusable', async () => {
    let now = 1_000_000
    const store = new MemoryStore({ now: () => now })
    const channel = 'c'.repeat(16)
    await store.relay.put(channel, new Uint8Array([1]), 60_000)
    now += 60_001
    expect(await store.relay.take(channel)).toBeNull()
    expect(await store.relay.put(channel, new Uint8Array([2]), 60_000)).toBe('stored')
  })

  it('lets another device claim once the first claim has expired', async () => {
    let now = 1_000_000
    const store = new MemoryStore({ now: () => now })
    const channel = 'd'.repeat(16)
    expect(await store.relay.claim(channel, 'a', 60_000)).toBe('claimed')
    now += 60_001
    expect(await store.relay.claim(channel, 'b', 60_000)).toBe('claimed')
  })

  it('frees a rate slot exactly when the oldest hit leaves the window', async () => {
    let now = 1_000_000
    const store = new MemoryStore({ now: () => now })
    expect((await store.hitRate('ip:a', 2, 1000)).ok).toBe(true)
    now += 300
    expect((await store.hitRate('ip:a', 2, 1000)).ok).toBe(true)
    const refused = await store.hitRate('ip:a', 2, 1000)
    expect(refused).toEqual({ ok: false, retryAfterMs: 700 })
    now += 699
    expect((await store.hitRate('ip:a', 2, 1000)).ok).toBe(false)
    now += 1
    expect((await store.hitRate('ip:a', 2, 1000)).ok).toBe(true)
    // The second hit is still in the window: the third slot waits for it.
    expect((await store.hitRate('ip:a', 2, 1000)).ok).toBe(false)
  })

  it('bounds memory: refuses puts past its channel and byte caps, and keeps rate keys bounded', async () => {
    const store = new MemoryStore({ relayMaxChannels: 2, relayMaxTotalBytes: 10, maxRateKeys: 100 })
    expect(await store.relay.put('a'.repeat(16), new Uint8Array(8))).toBe('stored')
    expect(await store.relay.put('b'.repeat(16), new Uint8Array(8))).toBe('store-full')
    expect(await store.relay.put('c'.repeat(16), new Uint8Array(1))).toBe('store-full')
    for (let i = 0; i < 1000; i++) await store.hitRate(`ip:${i}`, 5, 60_000)
    // The newest key still counts (it was not dropped to make room for itself).
    for (let i = 0; i < 4; i++) await store.hitRate('ip:999', 5, 60_000)
    expect((await store.hitRate('ip:999', 5, 60_000)).ok).toBe(false)
  })
})
