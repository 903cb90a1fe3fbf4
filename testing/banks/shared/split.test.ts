import { describe, expect, it } from 'vitest'
import { assignSplits } from './split.ts'

const items = Array.from({ length: 400 }, (_, i) => ({
  id: `item-${i}`,
  group: i % 10 < 3 ? 'degraded' : 'clean',
}))

describe('assignSplits', () => {
  it('gives every item exactly one split, the same on every call', () => {
    const a = assignSplits(items, 'salt')
    expect(a.size).toBe(items.length)
    expect(assignSplits([...items].reverse(), 'salt')).toEqual(a)
  })

  it('holds out a quarter of each group', () => {
    const split = assignSplits(items, 'salt')
    for (const [group, n] of [
      ['clean', 280],
      ['degraded', 120],
    ] as const) {
      const held = items.filter((i) => i.group === group && split.get(i.id) === 'heldOut').length
      expect(held).toBe(Math.round(n * 0.25))
    }
  })

  it('holds out at least one of every group of two or more, and none of a single', () => {
    const split = assignSplits(
      [
        { id: 'a', group: 'g1' },
        { id: 'b', group: 'g1' },
        { id: 'c', group: 'g2' },
      ],
      's',
    )
    expect([split.get('a'), split.get('b')].filter((s) => s === 'heldOut')).toHaveLength(1)
    expect(split.get('c')).toBe('tune')
  })

  it('depends on the salt, not on the order items were generated in', () => {
    const a = assignSplits(items, 'one')
    const b = assignSplits(items, 'two')
    expect([...a].filter(([id, s]) => b.get(id) !== s).length).toBeGreaterThan(0)
  })

  it('refuses duplicate ids (a split must be disjoint)', () => {
    expect(() => assignSplits([...items, items[0]!], 'salt')).toThrow(/duplicate/)
  })
})
