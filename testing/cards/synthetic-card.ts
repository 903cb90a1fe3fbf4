// Synthetic card photos for the emulator's tests: a light card with dark text-like strokes and portraits,
// plus blurred and glared variants. Drawn with plain pixel loops so the tests need no fixture files.
import type { RgbaImage } from '#server/image/decode-image.ts'
import { ID1_ASPECT } from '#src/hkid/id1-card.ts'
import { PORTRAIT_BOXES, type CardBox } from '#src/hkid/portrait-layout.ts'

type Rgb = readonly [number, number, number]

// Typical card stock under indoor light: bright but well short of saturation, so it must not read as glare.
const CARD_BACKGROUND: Rgb = [235, 238, 240]
const INK: Rgb = [30, 32, 40]

/** Deterministic PRNG (mulberry32) so every run draws the same card. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function fillRect(image: RgbaImage, x: number, y: number, w: number, h: number, colour: Rgb): void {
  const x0 = Math.max(0, Math.round(x))
  const y0 = Math.max(0, Math.round(y))
  const x1 = Math.min(image.width, Math.round(x + w))
  const y1 = Math.min(image.height, Math.round(y + h))
  for (let yy = y0; yy < y1; yy++) {
    for (let xx = x0; xx < x1; xx++) {
      const p = (yy * image.width + xx) * 4
      image.data[p] = colour[0]
      image.data[p + 1] = colour[1]
      image.data[p + 2] = colour[2]
    }
  }
}

function fillEllipse(image: RgbaImage, cx: number, cy: number, rx: number, ry: number, colour: Rgb): void {
  for (let y = Math.max(0, Math.floor(cy - ry)); y < Math.min(image.height, Math.ceil(cy + ry)); y++) {
    for (let x = Math.max(0, Math.floor(cx - rx)); x < Math.min(image.width, Math.ceil(cx + rx)); x++) {
      const dx = (x + 0.5 - cx) / rx
      const dy = (y + 0.5 - cy) / ry
      if (dx * dx + dy * dy > 1) continue
      const p = (y * image.width + x) * 4
      image.data[p] = colour[0]
      image.data[p + 1] = colour[1]
      image.data[p + 2] = colour[2]
    }
  }
}

/** A line of pseudo-glyphs: each cell gets a few horizontal/vertical strokes, like printed characters. */
function drawTextLine(
  image: RgbaImage,
  random: () => number,
  x: number,
  y: number,
  length: number,
  size: number,
) {
  const stroke = Math.max(2, Math.round(size * 0.12))
  let cursor = x
  while (cursor < x + length) {
    const cell = size * (0.6 + random() * 0.4)
    const strokes = 2 + Math.floor(random() * 3)
    for (let s = 0; s < strokes; s++) {
      if (random() < 0.5)
        fillRect(image, cursor + random() * cell * 0.7, y, stroke, size * (0.5 + random() * 0.5), INK)
      else fillRect(image, cursor, y + random() * size * 0.9, cell * (0.4 + random() * 0.5), stroke, INK)
    }
    cursor += cell + size * 0.15
  }
}

function drawPortrait(image: RgbaImage, box: CardBox, skin: Rgb, backdrop: Rgb): void {
  const { width: W, height: H } = image
  fillRect(image, box.x * W, box.y * H, box.w * W, box.h * H, backdrop)
  const cx = (box.x + box.w / 2) * W
  fillEllipse(image, cx, (box.y + box.h * 0.38) * H, box.w * W * 0.28, box.h * H * 0.22, skin)
  fillEllipse(image, cx, (box.y + box.h * 1.0) * H, box.w * W * 0.45, box.h * H * 0.3, [60, 62, 70])
  for (const eyeX of [0.38, 0.56])
    fillRect(
      image,
      (box.x + box.w * eyeX) * W,
      (box.y + box.h * 0.34) * H,
      box.w * W * 0.06,
      box.h * H * 0.03,
      INK,
    )
}

/** A sharp, glare-free card photo cropped to the card's edges, `width` pixels wide. */
export function drawSyntheticCard(width = 1600, seed = 7): RgbaImage {
  const height = Math.round(width / ID1_ASPECT)
  const image: RgbaImage = { width, height, data: new Uint8Array(width * height * 4) }
  for (let y = 0; y < height; y++) {
    const shade = Math.round((y / height) * 6) // a gentle top-to-bottom light falloff, as in a real photo
    for (let x = 0; x < width; x++) {
      const p = (y * width + x) * 4
      image.data[p] = CARD_BACKGROUND[0] - shade
      image.data[p + 1] = CARD_BACKGROUND[1] - shade
      image.data[p + 2] = CARD_BACKGROUND[2] - shade
      image.data[p + 3] = 255
    }
  }
  const random = seededRandom(seed)
  const size = width * 0.022
  drawTextLine(image, random, width * 0.05, height * 0.06, width * 0.55, size * 1.4) // the bilingual title
  drawTextLine(image, random, width * 0.05, height * 0.16, width * 0.7, size)
  for (const row of [0.32, 0.4, 0.48, 0.56, 0.64, 0.72]) {
    drawTextLine(image, random, width * 0.36, height * row, width * (0.25 + random() * 0.15), size)
  }
  drawTextLine(image, random, width * 0.36, height * 0.86, width * 0.3, size * 1.3) // the card number
  const { head, smallHead } = PORTRAIT_BOXES['HKID-2018']
  drawPortrait(image, head, [190, 150, 130], [200, 205, 210])
  drawPortrait(image, smallHead, [205, 190, 180], [215, 218, 222])
  return image
}

/** Separable box blur of the given radius (one horizontal then one vertical pass), like an out-of-focus lens. */
export function boxBlur(image: RgbaImage, radius: number): RgbaImage {
  const { width, height } = image
  const pass = (source: Uint8Array, horizontal: boolean): Uint8Array => {
    const out = new Uint8Array(source.length)
    const lines = horizontal ? height : width
    const length = horizontal ? width : height
    for (let line = 0; line < lines; line++) {
      const at = (i: number) => {
        const c = Math.max(0, Math.min(length - 1, i))
        return horizontal ? (line * width + c) * 4 : (c * width + line) * 4
      }
      for (let channel = 0; channel < 4; channel++) {
        let sum = 0
        for (let i = -radius; i <= radius; i++) sum += source[at(i) + channel] ?? 0
        for (let i = 0; i < length; i++) {
          out[at(i) + channel] = Math.round(sum / (2 * radius + 1))
          sum += (source[at(i + radius + 1) + channel] ?? 0) - (source[at(i - radius) + channel] ?? 0)
        }
      }
    }
    return out
  }
  return { width, height, data: pass(pass(image.data, true), false) }
}

/** Adds a saturated white ellipse covering about `share` of the card, like a flash reflection. */
export function addGlare(image: RgbaImage, share = 0.15): RgbaImage {
  const copy: RgbaImage = { width: image.width, height: image.height, data: image.data.slice() }
  const rx = image.width * 0.26
  const ry = (share * image.width * image.height) / (Math.PI * rx)
  fillEllipse(copy, image.width * 0.55, image.height * 0.45, rx, ry, [255, 255, 255])
  return copy
}
