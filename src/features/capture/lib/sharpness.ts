// Focus, and the direction it is lost in, judged on the print. A real card is mostly smooth (a gradient, a
// large flower, fine guilloche) around thin rows of text, so a mean over the whole card calls a sharp card soft.
// The card is cut into cells; each gets its second-difference energy along four directions, and only the most
// detailed cells (the text rows, the portrait's edges) are judged. The card's contrast is taken out, so a dim card
// reads as dark, not blurred. Defocus softens every direction alike; a shaking hand smears along one.
import type { LumaImage, PixelBox } from './luma-image.ts'
import { clampBox, insetBox } from './luma-image.ts'

export interface SharpnessReading {
  /** Contrast-normalised second-difference energy of the card's most detailed cells (its print). */
  sharpness: number
  /** The softest direction's energy over the sharpest's in those cells, 0–1: low when smeared one way. */
  evenness: number
}

/** Cells across the card: about a text row's height each, so a cell on a row is mostly print. */
const CELLS_ACROSS = 32
/** Share of the cells, the most detailed, that stand for the print. */
const PRINT_SHARE = 0.12

export function measureSharpness(
  image: LumaImage,
  box: PixelBox,
  paper: number,
  ink: number,
): SharpnessReading {
  const b = clampBox(image, insetBox(box, 0.06))
  const { data, width, height } = image
  const x0 = Math.max(1, b.x)
  const y0 = Math.max(1, b.y)
  const x1 = Math.min(width - 1, b.x + b.width)
  const y1 = Math.min(height - 1, b.y + b.height)
  const cell = Math.max(4, Math.round(box.width / CELLS_ACROSS))
  const columns = Math.ceil((x1 - x0) / cell)
  const rows = Math.ceil((y1 - y0) / cell)
  if (columns <= 0 || rows <= 0) return { sharpness: 0, evenness: 1 }
  // Sums of squared second differences per cell and direction: horizontal, diagonal ↘, vertical, diagonal ↙.
  const energy = new Float64Array(columns * rows * 4)
  const counts = new Uint32Array(columns * rows)
  for (let y = y0; y < y1; y++) {
    const rowBase = Math.floor((y - y0) / cell) * columns
    for (let x = x0; x < x1; x++) {
      const i = y * width + x
      const c = 2 * data[i]!
      // Diagonal steps are √2 long: their second differences are halved to compare with the others.
      const d0 = c - data[i - 1]! - data[i + 1]!
      const d1 = (c - data[i - width - 1]! - data[i + width + 1]!) / 2
      const d2 = c - data[i - width]! - data[i + width]!
      const d3 = (c - data[i - width + 1]! - data[i + width - 1]!) / 2
      const k = rowBase + Math.floor((x - x0) / cell)
      const e = k * 4
      energy[e]! += d0 * d0
      energy[e + 1]! += d1 * d1
      energy[e + 2]! += d2 * d2
      energy[e + 3]! += d3 * d3
      counts[k]!++
    }
  }
  // Only full-enough cells: a sliver at the box's edge is too few pixels to rank.
  const ranked: number[] = []
  const full = (cell * cell) / 2
  for (let k = 0; k < counts.length; k++) if (counts[k]! >= full) ranked.push(k)
  if (!ranked.length) return { sharpness: 0, evenness: 1 }
  const total = (k: number) =>
    (energy[k * 4]! + energy[k * 4 + 1]! + energy[k * 4 + 2]! + energy[k * 4 + 3]!) / counts[k]!
  ranked.sort((a, b) => total(b) - total(a))
  const print = ranked.slice(0, Math.max(1, Math.round(ranked.length * PRINT_SHARE)))
  const directions = [0, 0, 0, 0]
  let pixels = 0
  for (const k of print) {
    for (let d = 0; d < 4; d++) directions[d]! += energy[k * 4 + d]!
    pixels += counts[k]!
  }
  const gain = 255 / Math.max(24, paper - ink)
  const variances = directions.map((sum) => (sum / pixels) * gain * gain)
  const sharpness = variances.reduce((a, v) => a + v, 0) / 4
  return { sharpness, evenness: Math.min(...variances) / Math.max(1e-9, Math.max(...variances)) }
}
