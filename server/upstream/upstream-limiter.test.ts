// The upstream's rate on a fake clock: a burst queues and each call starts the moment the window slides.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { MemoryStore } from '../store/memory-store.ts'
import { UpstreamLimiter } from './upstream-limiter.ts'

afterEach(() => {
  vi.useRealTimers()
})

describe('upstream limiter', () => {
  it('starts the rate at once, queues the rest, and starts each as the oldest call leaves the window', async () => {
    vi.useFakeTimers()
    const limiter = new UpstreamLimiter(2, 5, new MemoryStore())
    expect(await limiter.acquire()).toBe('go')
    await vi.advanceTimersByTimeAsync(300)
    expect(await limiter.acquire()).toBe('go')
    const started: number[] = []
    const t0 = Date.now()
    const queued = [1, 2].map((n) => limiter.acquire().then(() => started.push(n)))
    await vi.advanceTimersByTimeAsync(0)
    expect(limiter.queued).toBe(2)
    // The first call leaves the one-second window 700 ms from now, the second 300 ms after that.
    await vi.advanceTimersByTimeAsync(699)
    expect(started).toEqual([])
    await vi.advanceTimersByTimeAsync(2)
    expect(started).toEqual([1])
    await vi.advanceTimersByTimeAsync(300)
    expect(started).toEqual([1, 2])
    await Promise.all(queued)
    expect(Date.now() - t0).toBeLessThan(1100)
  })

  it('says queue-full at once when the window and the queue are both full', async () => {
    let clock = 1_000_000
    const limiter = new UpstreamLimiter(1, 0, new MemoryStore({ now: () => clock }), () => clock)
    expect(await limiter.acquire()).toBe('go')
    expect(await limiter.acquire()).toBe('queue-full')
    clock += 999
    expect(await limiter.acquire()).toBe('queue-full')
    clock += 1
    expect(await limiter.acquire()).toBe('go')
  })

  it('drops a queued call whose caller gives up, and gives its turn to the next', async () => {
    vi.useFakeTimers()
    const limiter = new UpstreamLimiter(1, 5, new MemoryStore())
    expect(await limiter.acquire()).toBe('go')
    const controller = new AbortController()
    const leaving = limiter.acquire(controller.signal)
    const staying = limiter.acquire()
    controller.abort(new Error('gone'))
    await expect(leaving).rejects.toThrow('gone')
    expect(limiter.queued).toBe(1)
    await vi.advanceTimersByTimeAsync(1001)
    expect(await staying).toBe('go')
  })
})
