// The choices both banks draw scenes from: desk colours per background kind, colour casts, and a placement
// that keeps the whole card inside the frame.
import type { Random } from '#testing/cards/seeded-random.ts'
import { ID1_ASPECT } from '#src/hkid/id1-card.ts'
import type { BackgroundKind, BackgroundSpec, Rgb } from './backgrounds-lib.ts'
import { bounds, cardCorners, type CardPose, type Quad } from './geometry.ts'

/** [main colour, pattern colour] pairs per kind. */
export const DESK_COLOURS: Record<BackgroundKind, readonly (readonly [Rgb, Rgb])[]> = {
  wood: [
    [
      [160, 120, 82],
      [0, 0, 0],
    ], // oak
    [
      [96, 66, 46],
      [0, 0, 0],
    ], // walnut
    [
      [122, 108, 92],
      [0, 0, 0],
    ], // the fixtures' grey-brown
    [
      [198, 186, 168],
      [0, 0, 0],
    ], // white-washed
  ],
  plain: [
    [
      [234, 234, 230],
      [0, 0, 0],
    ], // white desk: a pale card on it is low contrast
    [
      [32, 32, 35],
      [0, 0, 0],
    ], // black
    [
      [128, 128, 126],
      [0, 0, 0],
    ], // grey
    [
      [42, 54, 84],
      [0, 0, 0],
    ], // navy mat
    [
      [44, 104, 74],
      [0, 0, 0],
    ], // green cutting mat
    [
      [204, 188, 160],
      [0, 0, 0],
    ], // beige
  ],
  linen: [
    [
      [214, 204, 186],
      [0, 0, 0],
    ],
    [
      [96, 110, 130],
      [0, 0, 0],
    ],
  ],
  checks: [
    [
      [200, 58, 58],
      [240, 236, 226],
    ], // red gingham
    [
      [52, 84, 150],
      [236, 238, 240],
    ], // blue gingham
    [
      [40, 40, 40],
      [210, 210, 205],
    ],
  ],
  stripes: [
    [
      [230, 226, 214],
      [70, 90, 120],
    ],
    [
      [60, 60, 64],
      [180, 176, 168],
    ],
  ],
  newsprint: [
    [
      [226, 222, 212],
      [60, 60, 62],
    ],
  ],
  granite: [
    [
      [150, 148, 146],
      [40, 40, 42],
    ],
    [
      [206, 200, 194],
      [90, 84, 80],
    ],
  ],
}

export function pickBackground(
  r: Random,
  kinds: readonly (readonly [BackgroundKind, number])[],
): BackgroundSpec {
  const kind = r.weighted(kinds)
  const [color, color2] = r.pick(DESK_COLOURS[kind])
  return { kind, color, color2, seed: r.int(1, 1_000_000) }
}

export const castNames = ['none', 'warm', 'cool', 'green', 'magenta'] as const
export type CastName = (typeof castNames)[number]

/** Per-channel gains of a cast at full strength: tungsten, daylight / LED, fluorescent, a mis-set white balance. */
const CASTS: Record<CastName, Rgb> = {
  none: [1, 1, 1],
  warm: [1.08, 1, 0.82],
  cool: [0.9, 0.98, 1.1],
  green: [0.94, 1.05, 0.92],
  magenta: [1.05, 0.92, 1.04],
}

export function castGains(name: CastName, strength: number): Rgb {
  const [r, g, b] = CASTS[name]
  const at = (v: number) => Math.round((1 + (v - 1) * strength) * 1000) / 1000
  return [at(r), at(g), at(b)]
}

export interface Placement {
  corners: Quad
  pose: CardPose
}

/**
 * A pose with the card's corners at least `margin` (share of the frame) inside it: the size shrinks until the
 * tilted card fits, then the centre moves by up to `wander` of the free room.
 */
export function placeCard(
  r: Random,
  frame: { width: number; height: number },
  want: { widthShare: number; rotationDeg: number; tiltXDeg: number; tiltYDeg: number },
  margin: number,
  wander = 1,
): Placement {
  let widthShare = want.widthShare
  for (;;) {
    const pose: CardPose = {
      frameWidth: frame.width,
      frameHeight: frame.height,
      centre: [0.5, 0.5],
      widthShare,
      rotationDeg: want.rotationDeg,
      tiltXDeg: want.tiltXDeg,
      tiltYDeg: want.tiltYDeg,
      aspect: ID1_ASPECT,
    }
    const b = bounds(cardCorners(pose))
    // Shifts of the centre (px) that keep every corner inside the margins; perspective makes them asymmetric.
    const [minX, maxX] = [frame.width * margin - b.x0, frame.width * (1 - margin) - b.x1]
    const [minY, maxY] = [frame.height * margin - b.y0, frame.height * (1 - margin) - b.y1]
    if (minX <= maxX && minY <= maxY) {
      const shift = (lo: number, hi: number) => {
        const mid = (lo + hi) / 2
        return mid + r.range(-1, 1) * ((hi - lo) / 2) * wander
      }
      const centre = [0.5 + shift(minX, maxX) / frame.width, 0.5 + shift(minY, maxY) / frame.height] as const
      const placed = { ...pose, centre }
      return { corners: cardCorners(placed), pose: placed }
    }
    widthShare *= 0.97
  }
}
