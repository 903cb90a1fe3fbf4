// The card's inside as a grid of small blocks, each with its darkest and brightest luma, whether
// every pixel in it is clipped and colourless, and the card's paper, ink and colour levels. Glare and
// exposure are judged on this grid. Pure: runs in the meter's worker and in unit tests.
import type { FoundCard, Point } from './card-finder.ts'
import type { MeterImage } from './luma-image.ts'

/** Block side, in analysis pixels. */
const BLOCK = 4
/** A pixel's brightest channel at or above this has hit the top of the camera's range. */
export const CLIPPED = 250
/** Max − min channel at or below this: colourless (a reflection of white light, or white paper). */
const COLOURLESS = 18
/** Margins left out: the card's own rounded corners and border shadow. */
const INSET_U = 0.035
const INSET_V = 0.05

export interface CardBlocks {
  columns: number
  rows: number
  min: Uint8Array
  max: Uint8Array
  mean: Uint8Array
  /** 1 where every pixel is clipped and colourless. */
  blown: Uint8Array
  /** The paper's luma: the card's lighter majority (70th percentile of its pixels). */
  paper: number
  /** The print's luma: the darkest 3 % of the card. */
  ink: number
  /** The median saturation (max − min channel over max channel) of its unclipped pixels, 0–1: how coloured
   * its print is. */
  tint: number
}

/** Saturation of pixel k, 0–1: the same under dim or bright light, unlike max − min alone. */
function saturation(image: MeterImage, k: number): number {
  const peak = image.peak[k]!
  return peak ? image.chroma[k]! / peak : 0
}

/** Point at (u, v) of the card: u across from its left edge, v down from its top. */
export function onCard(corners: FoundCard['corners'], u: number, v: number): Point {
  const [tl, tr, br, bl] = corners
  return [
    (1 - v) * ((1 - u) * tl[0] + u * tr[0]) + v * ((1 - u) * bl[0] + u * br[0]),
    (1 - v) * ((1 - u) * tl[1] + u * tr[1]) + v * ((1 - u) * bl[1] + u * br[1]),
  ]
}

export function cardBlocks(image: MeterImage, card: FoundCard): CardBlocks {
  const [tl, tr, , bl] = card.corners
  const widthPx = Math.hypot(tr[0] - tl[0], tr[1] - tl[1])
  const heightPx = Math.hypot(bl[0] - tl[0], bl[1] - tl[1])
  const columns = Math.max(4, Math.round((widthPx * (1 - 2 * INSET_U)) / BLOCK))
  const rows = Math.max(3, Math.round((heightPx * (1 - 2 * INSET_V)) / BLOCK))
  const n = columns * rows
  const min = new Uint8Array(n)
  const max = new Uint8Array(n)
  const mean = new Uint8Array(n)
  const blown = new Uint8Array(n)
  const histogram = new Uint32Array(256)
  const tints = new Uint32Array(256)
  let total = 0
  let hued = 0
  const { width, data, peak, chroma } = image
  for (let j = 0; j < rows; j++) {
    for (let i = 0; i < columns; i++) {
      let lo = 255
      let hi = 0
      let sum = 0
      let count = 0
      let clipped = 1
      // Sample the block on the card's own grid, so a tilted card is covered block by block.
      for (let s = 0; s < BLOCK; s++) {
        const v = INSET_V + ((1 - 2 * INSET_V) * (j + (s + 0.5) / BLOCK)) / rows
        for (let t = 0; t < BLOCK; t++) {
          const u = INSET_U + ((1 - 2 * INSET_U) * (i + (t + 0.5) / BLOCK)) / columns
          const [x, y] = onCard(card.corners, u, v)
          const k = Math.round(y) * width + Math.round(x)
          const l = data[k]
          if (l === undefined) continue
          if (l < lo) lo = l
          if (l > hi) hi = l
          sum += l
          count++
          histogram[l]!++
          // A clipped pixel has lost its colour: it would make the card look paler than its print is.
          if (peak[k]! < CLIPPED) {
            tints[Math.round(255 * saturation(image, k))]!++
            hued++
          }
          if (peak[k]! < CLIPPED || chroma[k]! > COLOURLESS) clipped = 0
        }
      }
      const q = j * columns + i
      min[q] = lo
      max[q] = hi
      mean[q] = count ? Math.round(sum / count) : 0
      blown[q] = count ? clipped : 0
      total += count
    }
  }
  const percentile = (counts: Uint32Array, fraction: number, of: number) => {
    let seen = 0
    for (let v = 0; v < 256; v++) {
      seen += counts[v]!
      if (seen >= fraction * of && seen > 0) return v
    }
    return 255
  }
  return {
    columns,
    rows,
    min,
    max,
    mean,
    blown,
    paper: percentile(histogram, 0.7, total),
    ink: percentile(histogram, 0.03, total),
    tint: hued ? percentile(tints, 0.5, hued) / 255 : 0,
  }
}

/** Corner patches looked at, in shares of the card's width and height from each corner. */
const CORNER_FROM = 0.025
const CORNER_TO = 0.1

/** How a corner patch of the card differs from the card as a whole. */
export interface CornerLook {
  /** How far its luma is from the card's paper towards its print, as a share of paper minus print (0: paper;
   * 1: as dark as the print). */
  tone: number
  /** How much more saturated it is than the card's median (0–1): skin is hued, the card's print pale. */
  tint: number
}

/**
 * Per corner (TL, TR, BR, BL): how its patch of the card differs from the card. A finger over a corner is
 * skin, not card: darker than the paper, or lighter but far more coloured than the card's pastel print (the
 * real card's corners carry gradient, guilloche and the rainbow band, so tone alone cannot tell a pale thumb
 * from them). A corner whose edges are merely faint against a pale desk is still card.
 */
export function cornerLooks(image: MeterImage, card: FoundCard, blocks: CardBlocks): CornerLook[] {
  const span = Math.max(1, blocks.paper - blocks.ink)
  return [
    [0, 0],
    [1, 0],
    [1, 1],
    [0, 1],
  ].map(([cu, cv]) => {
    const lumas: number[] = []
    const tints: number[] = []
    for (let j = 0; j < 6; j++)
      for (let i = 0; i < 6; i++) {
        const a = CORNER_FROM + ((CORNER_TO - CORNER_FROM) * (i + 0.5)) / 6
        const b = CORNER_FROM + ((CORNER_TO - CORNER_FROM) * (j + 0.5)) / 6
        const [x, y] = onCard(card.corners, cu ? 1 - a : a, cv ? 1 - b : b)
        const k = Math.round(y) * image.width + Math.round(x)
        const l = image.data[k]
        if (l === undefined) continue
        lumas.push(l)
        tints.push(saturation(image, k))
      }
    const middle = (values: number[], fallback: number) =>
      values.sort((p, q) => p - q)[values.length >> 1] ?? fallback
    return {
      tone: Math.max(0, (blocks.paper - middle(lumas, blocks.paper)) / span),
      tint: Math.max(0, middle(tints, blocks.tint) - blocks.tint),
    }
  })
}
