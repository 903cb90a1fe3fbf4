import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyzeCardImage } from './analyze-card-task.ts'
import { cutPortraits, straightenCard } from './analyze-image.ts'
import { WARN_BLUR, WARN_GLARE } from '#src/hkid/card-warnings.ts'
import { decodeImage } from '#server/image/decode-image.ts'
import { encodeJpeg } from '#server/image/encode-jpeg.ts'
import { PORTRAIT_BOXES } from '#src/hkid/portrait-layout.ts'
import { BLUR_THRESHOLD, GLARE_SHARE_THRESHOLD, measureCard } from '#src/reader/7-warnings/card-quality.ts'
import { CARD_HEIGHT, CARD_WIDTH } from '#src/reader/2-straighten/upright-card.ts'
import { cropFraction, type RgbaImage } from '#src/reader/reader-image.ts'
import { addGlare, boxBlur, drawSyntheticCard } from '#testing/cards/synthetic-card.ts'
import { FIXTURES_DIR } from '#testing/fixtures/fixture-files.ts'

const card = drawSyntheticCard(1600)
// Every measure goes through real JPEG bytes, as uploads do.
const sharp = decodeImage(encodeJpeg(card))
const blurred = decodeImage(encodeJpeg(boxBlur(card, 10)))
const glared = decodeImage(encodeJpeg(addGlare(card, 0.15)))
const HEAD = PORTRAIT_BOXES['HKID-2018'].head

function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES_DIR, name)))
}

const measure = (image: RgbaImage) => measureCard(straightenCard(image))

describe('warnings, by the reader’s measures of the straightened card', () => {
  it('finds the sharp, glare-free card clean', () => {
    const quality = measure(sharp)
    expect(quality.blurVariance).toBeGreaterThan(BLUR_THRESHOLD * 4)
    expect(quality.glareShare).toBeLessThan(GLARE_SHARE_THRESHOLD / 4)
    expect(quality.warnings).toEqual([])
  })

  it('flags a card blurred with a radius-10 box blur as -9108 only', () => {
    const quality = measure(blurred)
    expect(quality.blurVariance).toBeLessThan(BLUR_THRESHOLD)
    expect(quality.warnings).toEqual([WARN_BLUR])
  })

  it('flags a card with a saturated reflection over ~15% of it as -9107 only', () => {
    const quality = measure(glared)
    expect(quality.glareShare).toBeGreaterThan(0.12)
    expect(quality.warnings).toEqual([WARN_GLARE])
  })

  it.each([
    ['card-scene.jpg', []],
    ['card-scene-dark.jpg', []],
    ['card-scene-blurred.jpg', [WARN_BLUR]],
    ['card-scene-glare.jpg', [WARN_GLARE]],
  ])('judges the card on the desk in %s, not the desk: %j', (name, warnings) => {
    expect(analyzeCardImage(fixtureBytes(name), { portraits: false })).toEqual({ warnings, portraits: null })
  })
})

/** Pearson correlation of two grey images of the same size. */
function correlation(a: Float32Array, b: Float32Array): number {
  const n = a.length
  const mean = (v: Float32Array) => v.reduce((s, x) => s + x, 0) / n
  const [ma, mb] = [mean(a), mean(b)]
  let [sab, saa, sbb] = [0, 0, 0]
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
      const row = Math.floor(((y + 0.5) * image.height) / 32) * image.width
      const p = (row + Math.floor(((x + 0.5) * image.width) / 24)) * 4
      grid[y * 24 + x] =
        0.299 * (image.data[p] ?? 0) + 0.587 * (image.data[p + 1] ?? 0) + 0.114 * (image.data[p + 2] ?? 0)
    }
  }
  return grid
}

const decodeBase64 = (base64: string | null) =>
  decodeImage(new Uint8Array(Buffer.from(base64 ?? '', 'base64')))

describe('portraits', () => {
  it('cuts both layout boxes from the straightened card as JPEG base64', () => {
    const { head, smallHead } = cutPortraits(straightenCard(sharp))
    const headImage = decodeBase64(head)
    expect([headImage.width, headImage.height]).toEqual([
      Math.round(HEAD.w * CARD_WIDTH),
      Math.round(HEAD.h * CARD_HEIGHT),
    ])
    const smallBox = PORTRAIT_BOXES['HKID-2018'].smallHead
    expect(decodeBase64(smallHead).width).toBe(Math.round(smallBox.w * CARD_WIDTH))
  })

  it('cuts the same portrait from the card on the desk (card-scene.jpg) as from the card alone', () => {
    const specimen = decodeImage(fixtureBytes('specimen-card.jpg'))
    const scene = decodeImage(fixtureBytes('card-scene.jpg'))
    const reference = greyGrid(decodeBase64(cutPortraits(straightenCard(specimen)).head))
    const found = correlation(greyGrid(decodeBase64(cutPortraits(straightenCard(scene)).head)), reference)
    // Layout fractions of the whole frame, without finding the card, land on desk and card edge instead.
    const naive = correlation(greyGrid(cropFraction(scene, HEAD)), reference)
    expect(found).toBeGreaterThan(0.95)
    expect(found).toBeGreaterThan(naive + 0.5)
  })
})
