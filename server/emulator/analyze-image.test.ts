import jpeg from 'jpeg-js'
import pngjs from 'pngjs'
import { describe, expect, it } from 'vitest'
import {
  ANALYSIS_LONG_EDGE,
  BLUR_VARIANCE_THRESHOLD,
  DecodeError,
  GLARE_SHARE_THRESHOLD,
  WARN_BLUR,
  WARN_GLARE,
  cropBox,
  cutPortraits,
  decodeImage,
  glareShare,
  laplacianVariance,
  measureImage,
  sniffFormat,
  toGreyDownscaled,
  warningsFor,
} from './analyze-image.ts'
import type { RgbaImage } from './analyze-image.ts'
import { PRIMARY_PORTRAIT, SECONDARY_PORTRAIT } from './specimen-layout.ts'
import { addGlare, boxBlur, drawSyntheticCard, encodeJpeg } from '#testing/cards/synthetic-card.ts'

const GIF_BYTES = new Uint8Array([
  0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0, 1, 0, 0x80, 0, 0, 0, 0, 0, 0xff, 0xff, 0xff,
])

const card = drawSyntheticCard(1600)
// Every measure goes through real JPEG bytes, as uploads do.
const sharp = decodeImage(encodeJpeg(card))
const blurred = decodeImage(encodeJpeg(boxBlur(card, 6)))
const glared = decodeImage(encodeJpeg(addGlare(card, 0.15)))

function flat(width: number, height: number, value: number): RgbaImage {
  return { width, height, data: new Uint8Array(width * height * 4).fill(value) }
}

describe('sniffFormat / decodeImage', () => {
  it('recognizes JPEG and PNG by magic bytes and nothing else', () => {
    expect(sniffFormat(encodeJpeg(flat(8, 8, 128)))).toBe('jpeg')
    expect(sniffFormat(new Uint8Array(pngjs.PNG.sync.write(new pngjs.PNG({ width: 2, height: 2 }))))).toBe(
      'png',
    )
    expect(sniffFormat(GIF_BYTES)).toBeNull()
    expect(sniffFormat(new TextEncoder().encode('hello, not an image'))).toBeNull()
    expect(sniffFormat(new Uint8Array([0xff, 0xd8]))).toBeNull()
  })

  it('decodes a PNG to RGBA', () => {
    const png = new pngjs.PNG({ width: 3, height: 2 })
    png.data.fill(200)
    const image = decodeImage(new Uint8Array(pngjs.PNG.sync.write(png)))
    expect([image.width, image.height, image.data[0]]).toEqual([3, 2, 200])
  })

  it.each([
    ['GIF', GIF_BYTES],
    ['garbage', new TextEncoder().encode('garbage garbage garbage garbage')],
    ['truncated JPEG', encodeJpeg(card).subarray(0, 20_000)],
    ['JPEG header only', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])],
    [
      'truncated PNG',
      new Uint8Array(pngjs.PNG.sync.write(new pngjs.PNG({ width: 64, height: 64 }))).subarray(0, 60),
    ],
  ])('throws DecodeError for %s', (_name, bytes) => {
    expect(() => decodeImage(bytes)).toThrow(DecodeError)
  })

  it('refuses a PNG whose header claims a huge canvas before allocating it', () => {
    const bytes = new Uint8Array(pngjs.PNG.sync.write(new pngjs.PNG({ width: 4, height: 4 })))
    new DataView(bytes.buffer).setUint32(16, 100_000)
    new DataView(bytes.buffer).setUint32(20, 100_000)
    expect(() => decodeImage(bytes)).toThrow(/out of range/)
  })

  it('still decodes a 12 MP phone photo', () => {
    const big: RgbaImage = { width: 4000, height: 3000, data: new Uint8Array(4000 * 3000 * 4) }
    for (let i = 0; i < big.data.length; i += 4)
      big.data[i] = big.data[i + 1] = big.data[i + 2] = (i >> 6) & 0xff
    const bytes = new Uint8Array(jpeg.encode({ ...big }, 80).data)
    const image = decodeImage(bytes)
    expect([image.width, image.height]).toEqual([4000, 3000])
  })
})

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
    const crop = cropBox(sharp, PRIMARY_PORTRAIT)
    expect(crop.width).toBe(Math.round(PRIMARY_PORTRAIT.w * sharp.width))
    expect(crop.height).toBe(Math.round(PRIMARY_PORTRAIT.h * sharp.height))
    const overflowing = cropBox(flat(100, 100, 9), { x: 0.9, y: 0.9, w: 0.5, h: 0.5 })
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
