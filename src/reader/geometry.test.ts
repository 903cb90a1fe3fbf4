import { describe, expect, it } from 'vitest'
import { outwardNormal, type Point } from './geometry.ts'

// + 0 turns −0 into 0: only the direction matters here.
const normal = (a: Point, b: Point, centre: Point) => outwardNormal(a, b, centre).map((v) => v + 0)

describe('outwardNormal', () => {
  it('points away from the centre whichever way the side runs', () => {
    // The top side of a square centred at (5, 5): outward is up (−y) both ways round.
    expect(normal([0, 0], [10, 0], [5, 5])).toEqual([0, -1])
    expect(normal([10, 0], [0, 0], [5, 5])).toEqual([0, -1])
    // The right side: outward is +x.
    expect(normal([10, 0], [10, 10], [5, 5])).toEqual([1, 0])
  })

  it('is a unit vector across a slanted side', () => {
    const [nx, ny] = outwardNormal([0, 0], [3, 4], [0, 4])
    expect(Math.hypot(nx, ny)).toBeCloseTo(1, 12)
    expect([nx, ny]).toEqual([0.8, -0.6])
  })
})
