import { describe, expect, it } from 'vitest'
import { drawSyntheticCard } from '#testing/cards/synthetic-card.ts'
import { checkedDesk, cornerError, placeCard, plainDesk, whiteDesk } from '#testing/reader/card-scene.ts'
import { findCard } from './find-card.ts'
import type { Quad } from '../geometry.ts'

const card = drawSyntheticCard(800)

describe('findCard', () => {
  it.each([
    [
      'upright on a plain desk',
      plainDesk,
      [
        [240, 120],
        [1040, 120],
        [1040, 625],
        [240, 625],
      ],
    ],
    [
      'tilted in perspective on a plain desk',
      plainDesk,
      [
        [260, 150],
        [1010, 95],
        [1050, 560],
        [300, 640],
      ],
    ],
    [
      'turned 7° on a white desk',
      whiteDesk,
      [
        [330, 150],
        [1000, 232],
        [946, 654],
        [278, 572],
      ],
    ],
  ] as [string, typeof plainDesk, Quad][])('finds the corners of a card %s', (_what, desk, quad) => {
    const found = findCard(placeCard(card, quad, 1280, 720, desk))
    expect(found).not.toBeNull()
    expect(cornerError(found!.corners, quad)).toBeLessThan(0.01)
  })

  it('finds a card stood on its side (a phone photo stored turned), long side first', () => {
    const quad: Quad = [
      [820, 60],
      [820, 700],
      [420, 700],
      [420, 60],
    ]
    const found = findCard(placeCard(card, quad, 1280, 760, plainDesk))
    expect(found).not.toBeNull()
    expect(cornerError(found!.corners, quad)).toBeLessThan(0.01)
    const [tl, tr] = found!.corners
    expect(Math.abs(tr[1] - tl[1])).toBeGreaterThan(500)
  })

  it('finds a card that fills the photo, its sides a few pixels from the picture’s edges', () => {
    const quad: Quad = [
      [12, 10],
      [1268, 14],
      [1266, 800],
      [10, 806],
    ]
    const found = findCard(placeCard(card, quad, 1280, 816, plainDesk))
    expect(found).not.toBeNull()
    expect(cornerError(found!.corners, quad)).toBeLessThan(0.01)
  })

  it('finds no card on an empty desk', () => {
    const empty = placeCard(
      card,
      [
        [-10, -10],
        [-9, -10],
        [-9, -9],
        [-10, -9],
      ],
      1280,
      720,
      checkedDesk,
    )
    expect(findCard(empty)).toBeNull()
  })
})
