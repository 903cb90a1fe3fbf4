// A card cut by the picture's edge (a crop from a screenshot, a phone held too close) has a side that no search
// can find: it lies past the picture. Its opposite side and the two sides across them are seen, and the card's
// ID-1 proportions say where the missing side is; it is put there only when that is past the picture's edge, so a
// side that should have been seen inside the picture still makes the finding fail.
import { ID1_ASPECT } from '#src/hkid/id1-card.ts'
import { distance, type Point, type Quad } from '../geometry.ts'

/** The card's sides in a frame aligned with its text: x runs along the long side, y across it. */
export interface CardSides {
  left: number
  right: number
  top: number
  bottom: number
}

export type CardSide = keyof CardSides

/** A side at `at` — a vertical line x = at for left/right, a horizontal one y = at for top/bottom — between
 * `from` and `to` along it: true when part of it lies past the picture's edge. */
export type PastEdge = (side: CardSide, at: number, from: number, to: number) => boolean

const SIDES: readonly CardSide[] = ['left', 'right', 'top', 'bottom']

/**
 * All four sides, the one missing (at most one) placed by the card's proportions where the picture cut it off;
 * null when more is missing or the missing side would lie inside the picture.
 */
export function completeCutCard(found: Partial<CardSides>, pastEdge: PastEdge): CardSides | null {
  const missing = SIDES.filter((s) => found[s] === undefined)
  if (missing.length === 0) return found as CardSides
  if (missing.length > 1) return null
  const side = missing[0]!
  const { left, right, top, bottom } = found
  const sides = { ...found } as CardSides
  if (side === 'top' || side === 'bottom') {
    const height = (right! - left!) / ID1_ASPECT
    sides[side] = side === 'top' ? bottom! - height : top! + height
    return pastEdge(side, sides[side], left!, right!) ? sides : null
  }
  const width = (bottom! - top!) * ID1_ASPECT
  sides[side] = side === 'left' ? right! - width : left! + width
  return pastEdge(side, sides[side], top!, bottom!) ? sides : null
}

const BORDER = 0.01

/**
 * An outline whose side runs along the picture's edge has found the picture's edge, not the card's: the two sides
 * that meet it are lengthened to the card's proportions, measured on the side opposite, when that takes their
 * ends past the picture. Any other quad is given back as it is.
 */
export function extendPastEdge(quad: Quad, width: number, height: number): Quad {
  const m = BORDER * Math.max(width, height)
  const onEdge = (p: Point, q: Point) =>
    (p[0] <= m && q[0] <= m) ||
    (p[1] <= m && q[1] <= m) ||
    (p[0] >= width - m && q[0] >= width - m) ||
    (p[1] >= height - m && q[1] >= height - m)
  const past = (p: Point) => p[0] < m || p[1] < m || p[0] > width - m || p[1] > height - m
  for (let i = 0; i < 4; i++) {
    const a = quad[i]!
    const b = quad[(i + 1) % 4]!
    if (!onEdge(a, b)) continue
    // the sides from the far corners c (→ b) and d (→ a), and the far side's length
    const c = quad[(i + 2) % 4]!
    const d = quad[(i + 3) % 4]!
    const seen = (distance(c, b) + distance(d, a)) / 2
    const across = distance(c, d)
    // the far side is the long one or the short one: the card is the smaller of the two that reach past `seen`
    const length = [across / ID1_ASPECT, across * ID1_ASPECT].find((l) => l >= 0.97 * seen)
    // within 3 % of the card's proportions the outline is the whole card, its edge touching the picture's
    if (length === undefined || length < 1.03 * seen) return quad
    const reach = (from: Point, to: Point): Point => {
      const k = length / distance(from, to)
      return [from[0] + (to[0] - from[0]) * k, from[1] + (to[1] - from[1]) * k]
    }
    const a2 = reach(d, a)
    const b2 = reach(c, b)
    if (!past(a2) || !past(b2)) return quad
    const extended = [...quad] as Point[]
    extended[i] = a2
    extended[(i + 1) % 4] = b2
    return extended as unknown as Quad
  }
  return quad
}
