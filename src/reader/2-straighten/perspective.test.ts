import { describe, expect, it } from 'vitest'
import { drawSyntheticCard } from '#testing/cards/synthetic-card.ts'
import { placeCard, plainDesk } from '#testing/reader/card-scene.ts'
import type { Quad } from '../geometry.ts'
import { applyHomography, homographyFrom, rectangleQuad, warpQuad } from './perspective.ts'

const meanDifference = (a: Uint8Array | Uint8ClampedArray, b: Uint8Array | Uint8ClampedArray) => {
  let sum = 0
  let n = 0
  for (let i = 0; i < a.length; i += 4) {
    for (let c = 0; c < 3; c++) sum += Math.abs(a[i + c]! - b[i + c]!)
    n += 3
  }
  return sum / n
}

describe('homographyFrom', () => {
  it('maps each corner to its partner', () => {
    const to: Quad = [
      [103, 57],
      [811, 92],
      [780, 540],
      [90, 480],
    ]
    const h = homographyFrom(rectangleQuad(856, 540), to)!
    rectangleQuad(856, 540).forEach((p, i) => {
      const [x, y] = applyHomography(h, p[0], p[1])
      expect(x).toBeCloseTo(to[i]![0], 6)
      expect(y).toBeCloseTo(to[i]![1], 6)
    })
  })

  it('refuses a degenerate quad', () => {
    expect(
      homographyFrom(rectangleQuad(10, 10), [
        [0, 0],
        [0, 0],
        [0, 0],
        [0, 0],
      ]),
    ).toBeNull()
  })
})

describe('warpQuad', () => {
  it('straightens a tilted card back to the card it was drawn from', () => {
    const card = drawSyntheticCard(640)
    const quad: Quad = [
      [210, 130],
      [1020, 175],
      [985, 640],
      [180, 590],
    ]
    const scene = placeCard(card, quad, 1280, 720, plainDesk)
    const straight = warpQuad(scene, quad, card.width, card.height)
    // two resamplings blur edges a little; a misplaced warp differs by tens of levels
    expect(meanDifference(straight.data, card.data)).toBeLessThan(6)
    const shifted = warpQuad(
      scene,
      quad.map(([x, y]) => [x + 12, y]) as unknown as Quad,
      card.width,
      card.height,
    )
    expect(meanDifference(shifted.data, card.data)).toBeGreaterThan(10)
  })
})
