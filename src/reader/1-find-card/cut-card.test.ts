import { describe, expect, it } from 'vitest'
import { ID1_ASPECT } from '#src/hkid/id1-card.ts'
import type { Quad } from '../geometry.ts'
import { completeCutCard, extendPastEdge, type PastEdge } from './cut-card.ts'

// a 1000 × 800 picture, the card's text frame the picture's own (a card lying straight)
const pastPicture: PastEdge = (side, at) =>
  side === 'left' || side === 'top' ? at < 0 : at > (side === 'right' ? 1000 : 800)

describe('completeCutCard', () => {
  it('keeps four sides seen as they are', () => {
    const sides = { left: 100, right: 900, top: 200, bottom: 700 }
    expect(completeCutCard(sides, pastPicture)).toEqual(sides)
  })

  it('puts a bottom cut off by the picture where the card’s proportions place it', () => {
    const sides = completeCutCard({ left: 100, right: 900, top: 400 }, pastPicture)
    expect(sides?.bottom).toBeCloseTo(400 + 800 / ID1_ASPECT, 6)
  })

  it('puts a right side cut off by the picture where the proportions place it', () => {
    const sides = completeCutCard({ left: 300, top: 100, bottom: 600 }, pastPicture)
    expect(sides?.right).toBeCloseTo(300 + 500 * ID1_ASPECT, 6)
  })

  it('finds no card when the missing side would lie inside the picture: it should have been seen', () => {
    expect(completeCutCard({ left: 100, right: 500, top: 100 }, pastPicture)).toBeNull()
  })

  it('finds no card when two sides are missing', () => {
    expect(completeCutCard({ left: 100, top: 400 }, pastPicture)).toBeNull()
  })
})

describe('extendPastEdge', () => {
  // a landscape card 800 wide, its bottom side found on the 600-pixel picture's bottom edge
  const onEdge: Quad = [
    [100, 150],
    [900, 150],
    [900, 598],
    [100, 598],
  ]

  it('lengthens the sides that meet the picture’s edge to the card’s proportions', () => {
    const [tl, tr, br, bl] = extendPastEdge(onEdge, 1000, 600)
    expect([tl, tr]).toEqual([onEdge[0], onEdge[1]])
    expect(br[1]).toBeCloseTo(150 + 800 / ID1_ASPECT, 6)
    expect(bl[1]).toBeCloseTo(150 + 800 / ID1_ASPECT, 6)
  })

  it('leaves an outline off the picture’s edge, or one already of the card’s proportions, as it is', () => {
    const inside: Quad = [
      [100, 50],
      [900, 50],
      [900, 550],
      [100, 550],
    ]
    expect(extendPastEdge(inside, 1000, 600)).toEqual(inside)
    const whole: Quad = [
      [100, 99],
      [900, 99],
      [900, 599],
      [100, 599],
    ]
    expect(extendPastEdge(whole, 1000, 600)).toEqual(whole)
  })
})
