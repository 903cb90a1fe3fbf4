import { describe, expect, it } from 'vitest'
import { ANALYSIS_LONG_EDGE, toGreyDownscaled } from '../grey-image.ts'
import { laplacianVariance } from './image-measures.ts'
import type { RgbaImage } from '../reader-image.ts'

function flat(width: number, height: number, value: number): RgbaImage {
  return { width, height, data: new Uint8Array(width * height * 4).fill(value) }
}

/** Vertical stripes two pixels wide: sharp edges everywhere. */
function stripes(width: number, height: number): RgbaImage {
  const image = flat(width, height, 255)
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++)
      if ((x >> 1) % 2) image.data.fill(0, (y * width + x) * 4, (y * width + x) * 4 + 3)
  return image
}

describe('grey copy and focus measure', () => {
  it('downscales to the analysis size by area averaging, and never upscales', () => {
    const grey = toGreyDownscaled(flat(1600, 1000, 100))
    expect([grey.width, grey.height]).toEqual([ANALYSIS_LONG_EDGE, 320])
    expect(grey.data[0]).toBeCloseTo(100, 3)
    const small = toGreyDownscaled(flat(10, 6, 100))
    expect([small.width, small.height]).toEqual([10, 6])
  })

  it('gives a flat image no Laplacian variance and a striped one a great deal', () => {
    expect(laplacianVariance(toGreyDownscaled(flat(50, 50, 240)))).toBe(0)
    expect(laplacianVariance(toGreyDownscaled(stripes(50, 50)))).toBeGreaterThan(10_000)
  })
})
