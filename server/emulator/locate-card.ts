// Where the card sits in an uploaded image. The browser sends the camera frame cropped to its guide with a
// margin, so the card lies inside the image with some desk around it; real Tencent finds the card itself,
// and so does the emulator, before cutting the portraits by the specimen layout.
//
// The method is deliberately simple and assumes what the capture flow produces: a light, roughly upright
// card on a darker background. On a grey copy it takes the background level from the outer border ring
// and the card level from the centre, thresholds midway, and keeps the rows and columns that are mostly
// card; it refines rows and columns against each other a few times. Whenever that picture does not hold
// (no contrast, a box of implausible shape or size) it returns the whole image, i.e. the old behaviour
// of treating the image as the card edge to edge.
import type { RgbaImage } from '#src/reader/reader-image.ts'
import { ANALYSIS_LONG_EDGE, toGreyDownscaled, type GreyImage } from '#src/reader/grey-image.ts'
import type { CardBox } from './specimen-layout.ts'

/** A rectangle in pixels of the full image. */
export interface PixelBox {
  x: number
  y: number
  width: number
  height: number
}

/** Share of the image's short edge the background ring takes on each side. */
const RING_SHARE = 0.025
/** Share of each dimension, around the centre, sampled for the card's level. */
const CENTRE_SHARE = 0.3
/** The card must be at least this much brighter than the ring (grey levels)… */
const MIN_CONTRAST = 16
/** …and by at least this share of its own level, so a vignetted empty desk does not count. */
const MIN_RELATIVE_CONTRAST = 0.25
/** A row or column belongs to the card when more than this share of it (within the other span) is light. */
const SPAN_SHARE = 0.5
/** Dark stretches (portrait, text band) shorter than this share of the dimension do not split the card. */
const MAX_GAP_SHARE = 0.08
/** Rows-then-columns passes; two already converge on the fixtures. */
const REFINE_PASSES = 3
/** Width / height outside this range is not an ID-1 card seen roughly head-on. */
export const MIN_CARD_ASPECT = 1.2
export const MAX_CARD_ASPECT = 2.0
/** A card narrower than this share of the image is more likely a mis-detection than a card. */
const MIN_WIDTH_SHARE = 0.25

function median(values: number[]): number {
  if (values.length === 0) return 0
  const sorted = values.slice().sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

function ringLevel(grey: GreyImage): number {
  const { width, height, data } = grey
  const ring = Math.max(1, Math.round(Math.min(width, height) * RING_SHARE))
  const values: number[] = []
  for (let y = 0; y < height; y++) {
    const inBand = y < ring || y >= height - ring
    for (let x = 0; x < width; x++) {
      if (inBand || x < ring || x >= width - ring) values.push(data[y * width + x] ?? 0)
    }
  }
  return median(values)
}

function centreLevel(grey: GreyImage): number {
  const { width, height, data } = grey
  const x0 = Math.floor((width * (1 - CENTRE_SHARE)) / 2)
  const y0 = Math.floor((height * (1 - CENTRE_SHARE)) / 2)
  const x1 = Math.max(x0 + 1, Math.ceil((width * (1 + CENTRE_SHARE)) / 2))
  const y1 = Math.max(y0 + 1, Math.ceil((height * (1 + CENTRE_SHARE)) / 2))
  const values: number[] = []
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) values.push(data[y * width + x] ?? 0)
  return median(values)
}

/** A half-open index range [start, end). */
interface Span {
  start: number
  end: number
}

/**
 * The longest run of qualifying indices, bridging gaps up to maxGap (a dark portrait or text band inside
 * the card must not split it). Null when nothing qualifies.
 */
function longestRun(qualifies: boolean[], maxGap: number): Span | null {
  let best: Span | null = null
  let current: Span | null = null
  let lastHit = -Infinity
  for (let i = 0; i < qualifies.length; i++) {
    if (!qualifies[i]) continue
    if (current && i - lastHit - 1 <= maxGap) current.end = i + 1
    else current = { start: i, end: i + 1 }
    lastHit = i
    if (!best || current.end - current.start > best.end - best.start) best = { ...current }
  }
  return best
}

/** Rows (or columns) in which more than SPAN_SHARE of the pixels within `across` are light. */
function lightSpan(grey: GreyImage, threshold: number, alongRows: boolean, across: Span): Span | null {
  const { width, data } = grey
  const count = alongRows ? grey.height : grey.width
  const qualifies: boolean[] = []
  const acrossLength = across.end - across.start
  for (let i = 0; i < count; i++) {
    let light = 0
    for (let j = across.start; j < across.end; j++) {
      const value = alongRows ? data[i * width + j] : data[j * width + i]
      if ((value ?? 0) > threshold) light++
    }
    qualifies.push(light > SPAN_SHARE * acrossLength)
  }
  return longestRun(qualifies, Math.round(count * MAX_GAP_SHARE))
}

/**
 * The light card's bounding box in pixels of the full image, or the whole image when no card stands
 * out clearly from a darker background (the image is the card edge to edge, a uniform picture, an empty
 * desk) or the box found is not card-shaped (aspect outside 1.2–2.0, narrower than a quarter of the image).
 */
export function locateCard(image: RgbaImage): PixelBox {
  const whole: PixelBox = { x: 0, y: 0, width: image.width, height: image.height }
  const grey = toGreyDownscaled(image, ANALYSIS_LONG_EDGE)
  if (grey.width < 8 || grey.height < 8) return whole

  const background = ringLevel(grey)
  const card = centreLevel(grey)
  const contrast = card - background
  if (contrast < MIN_CONTRAST || contrast < MIN_RELATIVE_CONTRAST * card) return whole
  const threshold = (background + card) / 2

  let columns: Span = { start: 0, end: grey.width }
  let rows: Span = { start: 0, end: grey.height }
  for (let pass = 0; pass < REFINE_PASSES; pass++) {
    const nextRows = lightSpan(grey, threshold, true, columns)
    if (!nextRows) return whole
    const nextColumns = lightSpan(grey, threshold, false, nextRows)
    if (!nextColumns) return whole
    const converged =
      nextRows.start === rows.start &&
      nextRows.end === rows.end &&
      nextColumns.start === columns.start &&
      nextColumns.end === columns.end
    rows = nextRows
    columns = nextColumns
    if (converged) break
  }

  const scaleX = image.width / grey.width
  const scaleY = image.height / grey.height
  const x = Math.max(0, Math.floor(columns.start * scaleX))
  const y = Math.max(0, Math.floor(rows.start * scaleY))
  const box: PixelBox = {
    x,
    y,
    width: Math.min(image.width, Math.ceil(columns.end * scaleX)) - x,
    height: Math.min(image.height, Math.ceil(rows.end * scaleY)) - y,
  }
  const aspect = box.width / box.height
  if (aspect < MIN_CARD_ASPECT || aspect > MAX_CARD_ASPECT) return whole
  if (box.width < MIN_WIDTH_SHARE * image.width) return whole
  return box
}

/** A box given as fractions of the card, re-expressed as fractions of the whole image. */
export function cardBoxInImage(box: CardBox, card: PixelBox, image: RgbaImage): CardBox {
  return {
    x: (card.x + box.x * card.width) / image.width,
    y: (card.y + box.y * card.height) / image.height,
    w: (box.w * card.width) / image.width,
    h: (box.h * card.height) / image.height,
  }
}
