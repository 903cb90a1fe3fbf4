import { describe, expect, it } from 'vitest'
import type { Quad } from '../geometry.ts'
import { turnedByLayout } from './text-orientation.ts'

const W = 960
const H = 608
const box = (x0: number, y0: number, x1: number, y1: number): Quad => [
  [x0 * W, y0 * H],
  [x1 * W, y0 * H],
  [x1 * W, y1 * H],
  [x0 * W, y1 * H],
]
/** An upright card's boxes: the title across the top, a name, a date, the number bottom-right */
const upright = [
  box(0.17, 0.12, 0.84, 0.16),
  box(0.05, 0.27, 0.3, 0.32),
  box(0.4, 0.57, 0.6, 0.62),
  box(0.68, 0.87, 0.95, 0.92),
]
const halfTurn = (q: Quad): Quad => q.map((p) => [W - p[0], H - p[1]]) as unknown as Quad

describe('turnedByLayout', () => {
  it('says the card is upright when its title runs across the top', () => {
    expect(turnedByLayout(upright, W, H)).toBe(false)
  })

  it('says the card is upside down when its title runs across the bottom', () => {
    expect(turnedByLayout(upright.map(halfTurn), W, H)).toBe(true)
  })

  it('leaves the question to the classifier when no line is title-wide, or wide lines lie at both ends', () => {
    expect(turnedByLayout(upright.slice(1), W, H)).toBeNull()
    expect(turnedByLayout([...upright, box(0.1, 0.9, 0.7, 0.95)], W, H)).toBeNull()
  })
})
