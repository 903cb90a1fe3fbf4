import { describe, expect, it } from 'vitest'
import { BytePool } from './byte-pool'

const MB = 1024 * 1024

describe('BytePool', () => {
  it('hands back exactly the size asked for', () => {
    const pool = new BytePool()
    expect(pool.acquire(1_398_129).byteLength).toBe(1_398_129)
    expect(pool.acquire(10).byteLength).toBe(10)
  })

  it('reuses released memory for a similar size', () => {
    const pool = new BytePool()
    const first = pool.acquire(MB + 1000)
    pool.release(first)
    const second = pool.acquire(MB)
    expect(second.buffer).toBe(first.buffer)
    expect(pool.freeCount).toBe(0)
  })

  it('never lends memory that is still lent', () => {
    const pool = new BytePool()
    const a = pool.acquire(MB)
    const b = pool.acquire(MB)
    expect(b.buffer).not.toBe(a.buffer)
  })

  it('a second release of the same bytes does not put them in the pool twice', () => {
    const pool = new BytePool()
    const a = pool.acquire(MB)
    pool.release(a)
    pool.release(a)
    expect(pool.freeCount).toBe(1)
    const b = pool.acquire(MB)
    const c = pool.acquire(MB)
    expect(c.buffer).not.toBe(b.buffer)
  })

  it('ignores bytes it never lent and does not pool small buffers', () => {
    const pool = new BytePool()
    pool.release(new Uint8Array(MB))
    pool.release(pool.acquire(1000))
    expect(pool.freeCount).toBe(0)
  })

  it('keeps at most maxFree buffers and no oversized one for a small request', () => {
    const pool = new BytePool(2)
    const lent = [pool.acquire(MB), pool.acquire(MB), pool.acquire(MB)]
    for (const bytes of lent) pool.release(bytes)
    expect(pool.freeCount).toBe(2)
    const small = pool.acquire(100 * 1024)
    expect(lent.map((bytes) => bytes.buffer)).not.toContain(small.buffer)
  })
})
