// The card's inside as a grid of small blocks, each with its darkest and brightest luma, whether
// every pixel in it is clipped and colourless, and the card's paper and ink levels. Glare and
// exposure are judged on this grid. Pure: runs in the meter's worker and in unit tests.
import type { FoundCard, Point } from './card-finder.ts'
import type { LumaImage, MeterImage } from './luma-image.ts'

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
  let total = 0
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
  const percentile = (fraction: number) => {
    let seen = 0
    for (let v = 0; v < 256; v++) {
      seen += histogram[v]!
      if (seen >= fraction * total && seen > 0) return v
    }
    return 255
  }
  return { columns, rows, min, max, mean, blown, paper: percentile(0.7), ink: percentile(0.03) }
}

/** Corner patches looked at, in shares of the card's width and height from each corner. */
const CORNER_FROM = 0.025
const CORNER_TO = 0.1

/**
 * Per corner (TL, TR, BR, BL): how far its patch of the card is from the card's paper, as a share of
 * paper minus print (0: paper; 1: as dark as the print). A finger over a corner is skin, not paper;
 * a corner whose edges are merely faint against a pale desk is still paper.
 */
export function cornerCover(image: LumaImage, card: FoundCard, paper: number, ink: number): number[] {
  const span = Math.max(1, paper - ink)
  return [
    [0, 0],
    [1, 0],
    [1, 1],
    [0, 1],
  ].map(([cu, cv]) => {
    const values: number[] = []
    for (let j = 0; j < 6; j++)
      for (let i = 0; i < 6; i++) {
        const a = CORNER_FROM + ((CORNER_TO - CORNER_FROM) * (i + 0.5)) / 6
        const b = CORNER_FROM + ((CORNER_TO - CORNER_FROM) * (j + 0.5)) / 6
        const [x, y] = onCard(card.corners, cu ? 1 - a : a, cv ? 1 - b : b)
        const l = image.data[Math.round(y) * image.width + Math.round(x)]
        if (l !== undefined) values.push(l)
      }
    values.sort((p, q) => p - q)
    const middle = values[values.length >> 1] ?? paper
    return Math.max(0, (paper - middle) / span)
  })
}
