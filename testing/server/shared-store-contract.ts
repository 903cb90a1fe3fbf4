// What every SharedStore must do, run against each implementation (memory, Redis, Durable Object) so they
// cannot drift apart. Keys are random per test, so one backend can serve every test without a flush.
import { describe, expect, it } from 'vitest'
import { RELAY_MAX_BYTES, type SharedStore } from '#server/store/shared-store.ts'

export interface ContractOptions {
  /** Store under test; called once per test. */
  store: () => SharedStore
  /** The store's clock, where the test owns it: windows then slide without waiting. Default: the wall clock. */
  clock?: { now: () => number; advance: (ms: number) => Promise<void> }
}

const unique = () => crypto.randomUUID().replace(/-/g, '')
const bytes = (...values: number[]) => new Uint8Array(values)
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

const wallClock = { now: Date.now, advance: sleep }

export function describeSharedStoreContract(
  name: string,
  { store, clock = wallClock }: ContractOptions,
): void {
  describe(`${name}: call budgets`, () => {
    it('spends exactly the limit, refunds one call back, and never goes below zero', async () => {
      const s = store()
      const key = `token:${unique()}`
      const expires = clock.now() + 60_000
      const spends = [] as boolean[]
      for (let i = 0; i < 4; i++) spends.push(await s.spendCall(key, 3, expires))
      expect(spends).toEqual([true, true, true, false])
      await s.refundCall(key)
      expect(await s.spendCall(key, 3, expires)).toBe(true)
      expect(await s.spendCall(key, 3, expires)).toBe(false)

      const other = `token:${unique()}`
      for (let i = 0; i < 5; i++) await s.refundCall(other)
      const afterRefunds = await Promise.all([1, 2, 3].map(() => s.spendCall(other, 2, expires)))
      expect(afterRefunds.filter(Boolean)).toHaveLength(2)
    })

    it('gives exactly the limit to many concurrent spends', async () => {
      const s = store()
      const key = `token:${unique()}`
      const results = await Promise.all(
        Array.from({ length: 25 }, () => s.spendCall(key, 3, clock.now() + 60_000)),
      )
      expect(results.filter(Boolean)).toHaveLength(3)
    })
  })

  describe(`${name}: sliding-window rates`, () => {
    it('admits the limit per key, then says when a slot frees', async () => {
      const s = store()
      const key = `ip:${unique()}`
      for (let i = 0; i < 3; i++) expect(await s.hitRate(key, 3, 60_000)).toEqual({ ok: true })
      const refused = await s.hitRate(key, 3, 60_000)
      expect(refused.ok).toBe(false)
      if (!refused.ok) {
        expect(refused.retryAfterMs).toBeGreaterThan(50_000)
        expect(refused.retryAfterMs).toBeLessThanOrEqual(60_000)
      }
      expect(await s.hitRate(`ip:${unique()}`, 3, 60_000)).toEqual({ ok: true })
    })

    it('admits exactly the limit under concurrency', async () => {
      const s = store()
      const key = `ip:${unique()}`
      const results = await Promise.all(Array.from({ length: 30 }, () => s.hitRate(key, 7, 60_000)))
      expect(results.filter((result) => result.ok)).toHaveLength(7)
    })

    it('slides: a slot frees once the oldest hit leaves the window, and refusals are not counted', async () => {
      const s = store()
      const key = `upstream:${unique()}`
      expect((await s.hitRate(key, 2, 400)).ok).toBe(true)
      expect((await s.hitRate(key, 2, 400)).ok).toBe(true)
      const refused = await s.hitRate(key, 2, 400)
      expect(refused.ok).toBe(false)
      if (refused.ok) return
      expect(refused.retryAfterMs).toBeLessThanOrEqual(400)
      await clock.advance(refused.retryAfterMs + 30)
      expect((await s.hitRate(key, 2, 400)).ok).toBe(true)
    })
  })

  describe(`${name}: hand-off relay`, () => {
    it('takes a put exactly once, and refuses a second put even after the take', async () => {
      const { relay } = store()
      const channel = unique()
      expect(await relay.take(channel)).toBeNull()
      expect(await relay.put(channel, bytes(1, 2, 3))).toBe('stored')
      expect(await relay.put(channel, bytes(9))).toBe('already-used')
      expect(await relay.take(channel)).toEqual(bytes(1, 2, 3))
      expect(await relay.take(channel)).toBeNull()
      expect(await relay.put(channel, bytes(4))).toBe('already-used')
    })

    it('hands a put to exactly one of many concurrent takers', async () => {
      const { relay } = store()
      const channel = unique()
      await relay.put(channel, bytes(7))
      const taken = await Promise.all(Array.from({ length: 10 }, () => relay.take(channel)))
      expect(taken.filter((value) => value !== null)).toEqual([bytes(7)])
    })

    it('refuses ciphertext over the size cap and malformed channel ids', async () => {
      const { relay } = store()
      expect(await relay.put(unique(), new Uint8Array(RELAY_MAX_BYTES + 1))).toBe('too-large')
      await expect(relay.put('short', bytes(1))).rejects.toThrow(RangeError)
      await expect(relay.take('has spaces in it, not an id')).rejects.toThrow(RangeError)
    })

    it('keeps binary ciphertext byte for byte', async () => {
      const { relay } = store()
      const channel = unique()
      const all = Uint8Array.from({ length: 256 }, (_, i) => i)
      await relay.put(channel, all)
      expect(await relay.take(channel)).toEqual(all)
    })

    it('keeps ciphertext of the largest allowed size byte for byte', async () => {
      const { relay } = store()
      const channel = unique()
      const largest = new Uint8Array(RELAY_MAX_BYTES)
      for (let i = 0; i < largest.length; i++) largest[i] = (i * 31 + 7) % 256
      expect(await relay.put(channel, largest)).toBe('stored')
      const taken = await relay.take(channel)
      // Compared as buffers: a 512 KiB element-wise diff would take seconds.
      expect(taken && Buffer.compare(Buffer.from(taken), Buffer.from(largest))).toBe(0)
    })

    it('wakes a waiting reader when the put arrives, and only one of two readers gets it', async () => {
      const { relay } = store()
      const channel = unique()
      const controller = new AbortController()
      // Long timeouts: were the reader not woken by the put, this test would time out instead of passing.
      const waits = [1, 2].map(() =>
        relay.waitAndTake(channel, { timeoutMs: 60_000, signal: controller.signal }),
      )
      await sleep(100)
      expect(await relay.put(channel, bytes(5, 6))).toBe('stored')
      const first = await Promise.race(waits)
      expect(first).toEqual(bytes(5, 6))
      controller.abort()
      expect((await Promise.all(waits)).filter((value) => value !== null)).toHaveLength(1)
    })

    it('answers a wait at once when the ciphertext is already there, and null on timeout or abort', async () => {
      const { relay } = store()
      const ready = unique()
      await relay.put(ready, bytes(8))
      expect(await relay.waitAndTake(ready, { timeoutMs: 5000 })).toEqual(bytes(8))
      expect(await relay.waitAndTake(unique(), { timeoutMs: 150 })).toBeNull()
      const controller = new AbortController()
      const waiting = relay.waitAndTake(unique(), { timeoutMs: 30_000, signal: controller.signal })
      controller.abort()
      expect(await waiting).toBeNull()
    })

    it('takes a message given back again, wakes a reader with it, and keeps the channel used', async () => {
      const { relay } = store()
      const channel = unique()
      expect(await relay.put(channel, bytes(3, 1, 4))).toBe('stored')
      const taken = await relay.take(channel)
      expect(taken).toEqual(bytes(3, 1, 4))
      await relay.giveBack(channel, taken!)
      // The sender's resend is still refused: the channel carried its one message
      expect(await relay.put(channel, bytes(9))).toBe('already-used')
      expect(await relay.take(channel)).toEqual(bytes(3, 1, 4))
      expect(await relay.take(channel)).toBeNull()
      // A reader already waiting is woken by the give-back as by a put
      const waiting = relay.waitAndTake(channel, { timeoutMs: 60_000 })
      await sleep(100)
      await relay.giveBack(channel, bytes(2, 7))
      expect(await waiting).toEqual(bytes(2, 7))
    })

    it('lets one device open a channel (again, on reload) and refuses a second one', async () => {
      const { relay } = store()
      const channel = unique()
      expect(await relay.claim(channel, 'phone-a')).toBe('claimed')
      expect(await relay.claim(channel, 'phone-a')).toBe('claimed')
      expect(await relay.claim(channel, 'phone-b')).toBe('refused')
      const fresh = unique()
      const race = await Promise.all(['p1', 'p2', 'p3', 'p4'].map((id) => relay.claim(fresh, id)))
      expect(race.filter((result) => result === 'claimed')).toHaveLength(1)
    })
  })
}
