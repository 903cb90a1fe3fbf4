import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { FIXTURES_DIR } from '#testing/fixtures/fixture-files.ts'
import { describe, expect, it } from 'vitest'
import { cutPortraits } from './analyze-image.ts'
import { decodeImage } from '#server/image/decode-image.ts'
import { cropFraction, type RgbaImage } from '#src/reader/reader-image.ts'
import type { PixelBox } from './locate-card.ts'
import { cardBoxInImage, locateCard } from './locate-card.ts'
import { CARD_ASPECT, PRIMARY_PORTRAIT } from './specimen-layout.ts'
import { drawSyntheticCard, encodeJpeg } from '#testing/cards/synthetic-card.ts'

function fixture(name: string): RgbaImage {
  return decodeImage(new Uint8Array(readFileSync(join(FIXTURES_DIR, name))))
}

function whole(image: RgbaImage): PixelBox {
  return { x: 0, y: 0, width: image.width, height: image.height }
}

/** Each edge within ±2% of the frame's size in that direction. */
function expectBoxNear(image: RgbaImage, actual: PixelBox, expected: PixelBox): void {
  const dx = 0.02 * image.width
  const dy = 0.02 * image.height
  expect(Math.abs(actual.x - expected.x)).toBeLessThanOrEqual(dx)
  expect(Math.abs(actual.width - expected.width)).toBeLessThanOrEqual(dx)
  expect(Math.abs(actual.y - expected.y)).toBeLessThanOrEqual(dy)
  expect(Math.abs(actual.height - expected.height)).toBeLessThanOrEqual(dy)
}

/** A dark-grey frame with a light rectangle (w × h pixels) in the middle. */
function lightRectOnDark(width: number, height: number, w: number, h: number): RgbaImage {
  const data = new Uint8Array(width * height * 4)
  const x0 = Math.round((width - w) / 2)
  const y0 = Math.round((height - h) / 2)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const inside = x >= x0 && x < x0 + w && y >= y0 && y < y0 + h
      data.fill(inside ? 220 : 90, (y * width + x) * 4, (y * width + x) * 4 + 3)
      data[(y * width + x) * 4 + 3] = 255
    }
  }
  return { width, height, data }
}

/** Pearson correlation of two grey images of the same size. */
function correlation(a: Float32Array, b: Float32Array): number {
  const n = a.length
  let ma = 0
  let mb = 0
  for (let i = 0; i < n; i++) {
    ma += a[i] ?? 0
    mb += b[i] ?? 0
  }
  ma /= n
  mb /= n
  let sab = 0
  let saa = 0
  let sbb = 0
  for (let i = 0; i < n; i++) {
    const da = (a[i] ?? 0) - ma
    const db = (b[i] ?? 0) - mb
    sab += da * db
    saa += da * da
    sbb += db * db
  }
  return sab / Math.sqrt(saa * sbb)
}

/** The crop scaled to a fixed 24 × 32 grey grid, so crops of different resolution compare. */
function greyGrid(image: RgbaImage): Float32Array {
  const grid = new Float32Array(24 * 32)
  for (let y = 0; y < 32; y++) {
    for (let x = 0; x < 24; x++) {
      const p =
        (Math.floor(((y + 0.5) * image.height) / 32) * image.width +
          Math.floor(((x + 0.5) * image.width) / 24)) *
        4
      grid[y * 24 + x] =
        0.299 * (image.data[p] ?? 0) + 0.587 * (image.data[p + 1] ?? 0) + 0.114 * (image.data[p + 2] ?? 0)
    }
  }
  return grid
}

const specimen = fixture('specimen-card.jpg')
const scene = fixture('card-scene.jpg')
// card-scene.jpg: 1280 × 720, the card 70% of the width, ID-1 aspect, centred (testing/fixtures/make-fixtures.ts).
const cardWidth = Math.round(1280 * 0.7)
const cardHeight = Math.round(cardWidth / CARD_ASPECT)
const sceneCard: PixelBox = {
  x: (1280 - cardWidth) / 2,
  y: (720 - cardHeight) / 2,
  width: cardWidth,
  height: cardHeight,
}

describe('locateCard', () => {
  it('returns the whole image for the specimen card photographed edge to edge', () => {
    expectBoxNear(specimen, locateCard(specimen), whole(specimen))
  })

  it('returns the whole image for the synthetic edge-to-edge card and for a uniform picture', () => {
    const card = decodeImage(encodeJpeg(drawSyntheticCard(800)))
    expect(locateCard(card)).toEqual(whole(card))
    const grey: RgbaImage = { width: 300, height: 200, data: new Uint8Array(300 * 200 * 4).fill(128) }
    expect(locateCard(grey)).toEqual(whole(grey))
  })

  it('finds the card on the desk in card-scene.jpg (x≈192, y≈77, 896 × 565)', () => {
    expectBoxNear(scene, locateCard(scene), sceneCard)
  })

  it.each(['card-scene-dark.jpg', 'card-scene-glare.jpg', 'card-scene-blurred.jpg'])(
    'finds the same card in %s',
    (name) => {
      const image = fixture(name)
      expectBoxNear(image, locateCard(image), sceneCard)
    },
  )

  it('finds the card in the central 80% × 95% of card-scene, as the app’s guide crop sends it', () => {
    const box = { x: 0.1, y: 0.025, w: 0.8, h: 0.95 }
    const guided = cropFraction(scene, box)
    const offsetX = Math.round(box.x * scene.width)
    const offsetY = Math.round(box.y * scene.height)
    expect([guided.width, guided.height]).toEqual([1024, 684])
    expectBoxNear(guided, locateCard(guided), {
      ...sceneCard,
      x: sceneCard.x - offsetX,
      y: sceneCard.y - offsetY,
    })
  })

  it('returns the whole image for the empty desk (empty-scene.jpg): its vignette is no card-like contrast', () => {
    const empty = fixture('empty-scene.jpg')
    expect(locateCard(empty)).toEqual(whole(empty))
  })

  it('falls back to the whole image when the light region is not card-shaped', () => {
    const square = lightRectOnDark(400, 300, 200, 200) // aspect 1.0
    expect(locateCard(square)).toEqual(whole(square))
    const strip = lightRectOnDark(400, 300, 360, 100) // aspect 3.6
    expect(locateCard(strip)).toEqual(whole(strip))
    const card = lightRectOnDark(400, 300, 254, 160) // aspect ≈ 1.59
    expectBoxNear(card, locateCard(card), { x: 73, y: 70, width: 254, height: 160 })
  })
})

describe('cutPortraits on a located card', () => {
  it('maps a box in card fractions to image fractions', () => {
    const image: RgbaImage = { width: 1000, height: 500, data: new Uint8Array(0) }
    const card: PixelBox = { x: 100, y: 50, width: 800, height: 400 }
    const mapped = cardBoxInImage({ x: 0.5, y: 0.5, w: 0.25, h: 0.5 }, card, image)
    expect(mapped).toEqual({ x: 0.5, y: 0.5, w: 0.2, h: 0.4 })
  })

  it('cuts the same portrait from card-scene.jpg as from the edge-to-edge specimen', () => {
    const reference = greyGrid(
      decodeImage(new Uint8Array(Buffer.from(cutPortraits(specimen).head, 'base64'))),
    )
    const head = decodeImage(new Uint8Array(Buffer.from(cutPortraits(scene).head, 'base64')))
    expect(head.width).toBeCloseTo(PRIMARY_PORTRAIT.w * cardWidth, -1)
    expect(head.height).toBeCloseTo(PRIMARY_PORTRAIT.h * cardHeight, -1)
    const located = correlation(greyGrid(head), reference)
    // The old behaviour, layout fractions of the whole frame, lands on desk and card edge instead.
    const naive = correlation(greyGrid(cropFraction(scene, PRIMARY_PORTRAIT)), reference)
    expect(located).toBeGreaterThan(0.95) // 0.999 measured; the naive crop scores -0.29
    expect(located).toBeGreaterThan(naive + 0.5)
  })
})
