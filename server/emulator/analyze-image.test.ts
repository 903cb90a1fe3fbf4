import { describe, expect, it } from 'vitest'
import {
  BLUR_VARIANCE_THRESHOLD,
  GLARE_SHARE_THRESHOLD,
  cutPortraits,
  measureImage,
  warningsFor,
} from './analyze-image.ts'
import { decodeImage, type RgbaImage } from '#server/image/decode-image.ts'
import { cropFraction } from '#src/reader/reader-image.ts'
import { WARN_BLUR, WARN_GLARE } from '#src/hkid/card-warnings.ts'
import { ANALYSIS_LONG_EDGE, toGreyDownscaled } from '#src/reader/grey-image.ts'
import { glareShare, laplacianVariance } from '#src/reader/image-measures.ts'
import { PRIMARY_PORTRAIT, SECONDARY_PORTRAIT } from './specimen-layout.ts'
import { addGlare, boxBlur, drawSyntheticCard, encodeJpeg } from '#testing/cards/synthetic-card.ts'

const card = drawSyntheticCard(1600)
// Every measure goes through real JPEG bytes, as uploads do.
const sharp = decodeImage(encodeJpeg(card))
const blurred = decodeImage(encodeJpeg(boxBlur(card, 6)))
const glared = decodeImage(encodeJpeg(addGlare(card, 0.15)))

function flat(width: number, height: number, value: number): RgbaImage {
  return { width, height, data: new Uint8Array(width * height * 4).fill(value) }
}

describe('measures', () => {
  it('downscales to the analysis size by area averaging', () => {
    const grey = toGreyDownscaled(sharp)
    expect(Math.max(grey.width, grey.height)).toBe(ANALYSIS_LONG_EDGE)
    expect(grey.width / grey.height).toBeCloseTo(sharp.width / sharp.height, 1)
    const small = toGreyDownscaled(flat(10, 6, 100))
    expect([small.width, small.height]).toEqual([10, 6])
    expect(small.data[0]).toBeCloseTo(100, 3)
  })

  it('gives a flat image no Laplacian variance and counts saturated pixels only', () => {
    expect(laplacianVariance(toGreyDownscaled(flat(50, 50, 240)))).toBe(0)
    expect(glareShare(toGreyDownscaled(flat(50, 50, 240)))).toBe(0)
    expect(glareShare(toGreyDownscaled(flat(50, 50, 255)))).toBe(1)
  })

  it('finds the sharp, glare-free card clean', () => {
    const measures = measureImage(sharp)
    expect(measures.blurVariance).toBeGreaterThan(BLUR_VARIANCE_THRESHOLD * 4)
    expect(measures.glareShare).toBeLessThan(GLARE_SHARE_THRESHOLD / 4)
    expect(warningsFor(measures)).toEqual([])
  })

  it('flags a card blurred with a radius-6 box blur as -9108 only', () => {
    const measures = measureImage(blurred)
    expect(measures.blurVariance).toBeLessThan(BLUR_VARIANCE_THRESHOLD)
    expect(warningsFor(measures)).toEqual([WARN_BLUR])
  })

  it('flags a card with a saturated reflection over ~15% of it as -9107 only', () => {
    const measures = measureImage(glared)
    expect(measures.glareShare).toBeGreaterThan(0.12)
    expect(warningsFor(measures)).toEqual([WARN_GLARE])
  })
})

describe('portraits', () => {
  it('cuts the layout boxes, clamped to the image', () => {
    const crop = cropFraction(sharp, PRIMARY_PORTRAIT)
    expect(crop.width).toBe(Math.round(PRIMARY_PORTRAIT.w * sharp.width))
    expect(crop.height).toBe(Math.round(PRIMARY_PORTRAIT.h * sharp.height))
    const overflowing = cropFraction(flat(100, 100, 9), { x: 0.9, y: 0.9, w: 0.5, h: 0.5 })
    expect([overflowing.width, overflowing.height]).toEqual([10, 10])
  })

  it('re-encodes both portraits as JPEG base64 that decodes to the box size', () => {
    const { head, smallHead } = cutPortraits(sharp)
    const headImage = decodeImage(new Uint8Array(Buffer.from(head, 'base64')))
    const smallImage = decodeImage(new Uint8Array(Buffer.from(smallHead, 'base64')))
    expect([headImage.width, headImage.height]).toEqual([432, 565])
    expect(smallImage.width).toBe(Math.round(SECONDARY_PORTRAIT.w * sharp.width))
    // The primary box holds the drawn face, so the crop is not blank card stock.
    expect(laplacianVariance(toGreyDownscaled(headImage))).toBeGreaterThan(0)
  })
})
