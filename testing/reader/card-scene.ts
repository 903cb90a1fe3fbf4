// A synthetic card photographed on a desk, for the card-finding and straightening tests: the card drawn by
// testing/cards/synthetic-card.ts, put into a scene through a known quad (perspective included).
import { addBilinear, type RgbaImage } from '#src/reader/reader-image.ts'
import { applyHomography, homographyFrom, rectangleQuad } from '#src/reader/2-straighten/perspective.ts'
import type { Quad } from '#src/reader/geometry.ts'

export type Desk = (x: number, y: number) => readonly [number, number, number]

export const plainDesk: Desk = () => [96, 66, 46]
/** A white desk under the pale card: little contrast, only the card's shadowless edge */
export const whiteDesk: Desk = () => [222, 222, 218]
/** A checked cloth: straight lines running right past the card (the reader does not find cards on it yet) */
export const checkedDesk: Desk = (x, y) =>
  (Math.floor(x / 24) + Math.floor(y / 24)) % 2 ? [200, 58, 58] : [240, 236, 226]

/** The card image placed with its corners (TL TR BR BL) at `quad` in a width × height scene. */
export function placeCard(card: RgbaImage, quad: Quad, width: number, height: number, desk: Desk): RgbaImage {
  const toCard = homographyFrom(quad, rectangleQuad(card.width, card.height))!
  const data = new Uint8Array(width * height * 4)
  const px = new Float32Array(3)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [u, v] = applyHomography(toCard, x + 0.5, y + 0.5)
      const o = (y * width + x) * 4
      if (u >= 0 && v >= 0 && u < card.width && v < card.height) {
        px[0] = px[1] = px[2] = 0
        addBilinear(card, u - 0.5, v - 0.5, px, 0)
        data[o] = px[0]!
        data[o + 1] = px[1]!
        data[o + 2] = px[2]!
      } else {
        const [r, g, b] = desk(x, y)
        data[o] = r
        data[o + 1] = g
        data[o + 2] = b
      }
      data[o + 3] = 255
    }
  }
  return { width, height, data }
}

/** Largest distance between matching corners, as a share of the card's top edge. */
export function cornerError(found: Quad, truth: Quad): number {
  const width = Math.hypot(truth[1][0] - truth[0][0], truth[1][1] - truth[0][1])
  let best = Infinity
  for (let shift = 0; shift < 4; shift++) {
    let worst = 0
    for (let i = 0; i < 4; i++) {
      const p = found[(i + shift) % 4]!
      const q = truth[i]!
      worst = Math.max(worst, Math.hypot(p[0] - q[0], p[1] - q[1]))
    }
    best = Math.min(best, worst)
  }
  return best / width
}
