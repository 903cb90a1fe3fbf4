import { describe, expect, it } from 'vitest'
import { hashString, seededRandom } from './seeded-random.ts'

describe('seededRandom', () => {
  it('repeats a sequence for the same seed, number or string, and differs between seeds', () => {
    const take = (seed: number | string) => Array.from({ length: 5 }, seededRandom(seed).next)
    expect(take(42)).toEqual(take(42))
    expect(take('bank:1')).toEqual(take('bank:1'))
    expect(take('bank:1')).not.toEqual(take('bank:2'))
  })

  it('keeps int, range and pick inside their bounds and reaches both ends of int', () => {
    const r = seededRandom(1)
    const ints = Array.from({ length: 2000 }, () => r.int(3, 6))
    expect(new Set(ints)).toEqual(new Set([3, 4, 5, 6]))
    for (let i = 0; i < 1000; i++) expect(r.range(-8, 8)).toBeGreaterThanOrEqual(-8)
    expect(() => r.pick([])).toThrow(RangeError)
  })

  it('picks by weight', () => {
    const r = seededRandom(9)
    const picks = Array.from({ length: 4000 }, () =>
      r.weighted([
        ['a', 3],
        ['b', 1],
      ] as const),
    )
    const share = picks.filter((p) => p === 'a').length / picks.length
    expect(share).toBeGreaterThan(0.7)
    expect(share).toBeLessThan(0.8)
  })

  it('hashes strings stably (FNV-1a)', () => {
    expect(hashString('')).toBe(0x811c9dc5)
    expect(hashString('a')).toBe(0xe40c292c)
  })
})
