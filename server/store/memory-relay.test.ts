import { afterEach, describe, expect, it, vi } from 'vitest'
import { MemoryRelay } from './memory-relay.ts'

afterEach(() => {
  vi.useRealTimers()
})

describe('memory relay: ciphertext leaves memory', () => {
  it('when its TTL runs out, with nobody asking for it', async () => {
    vi.useFakeTimers()
    const relay = new MemoryRelay()
    await relay.put('e'.repeat(16), new Uint8Array(1000), 5000)
    expect([relay.size, relay.heldBytes]).toEqual([1, 1000])
    await vi.advanceTimersByTimeAsync(4900)
    expect(relay.heldBytes).toBe(1000)
    await vi.advanceTimersByTimeAsync(200)
    expect([relay.size, relay.heldBytes]).toEqual([0, 0])
  })

  it('keeps its own copy, even of a Node Buffer whose slice() would share memory', async () => {
    const relay = new MemoryRelay()
    const channel = 'g'.repeat(16)
    const socketChunk = Buffer.from([1, 2, 3, 4])
    await relay.put(channel, socketChunk, 60_000)
    socketChunk.fill(0)
    expect(await relay.take(channel)).toEqual(new Uint8Array([1, 2, 3, 4]))
    relay.close()
  })

  it('when it is taken, while the channel still refuses a second message', async () => {
    const relay = new MemoryRelay()
    const channel = 'f'.repeat(16)
    await relay.put(channel, new Uint8Array(64), 60_000)
    expect(await relay.take(channel)).toHaveLength(64)
    expect(relay.heldBytes).toBe(0)
    expect(await relay.put(channel, new Uint8Array(1))).toBe('already-used')
    relay.close()
  })
})
