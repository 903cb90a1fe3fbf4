import { describe, expect, it } from 'vitest'
import { blankImage } from '../reader-image.ts'
import { detectionTensor } from './text-detection.ts'

const MEAN = [0.485, 0.456, 0.406]
const STD = [0.229, 0.224, 0.225]

/** A picture whose every pixel and channel differs, so a shifted or mixed sample shows. */
function pattern(width: number, height: number) {
  const image = blankImage(width, height)
  for (let i = 0; i < width * height; i++)
    image.data.set([(i * 7) % 256, (i * 13 + 50) % 256, (i * 29 + 100) % 256, 255], i * 4)
  return image
}

describe('detectionTensor', () => {
  it('feeds a card already at a size the detector takes pixel for pixel, normalised, in BGR planes', () => {
    const image = pattern(64, 32)
    const t = detectionTensor(image, 960)
    expect(t.dims).toEqual([1, 3, 32, 64])
    const plane = 64 * 32
    for (let p = 0; p < plane; p++)
      for (let ch = 0; ch < 3; ch++) {
        const bgr = 2 - ch
        const want = image.data[p * 4 + ch]! * (1 / (255 * STD[bgr]!)) - MEAN[bgr]! / STD[bgr]!
        expect(t.data[bgr * plane + p]).toBe(Math.fround(want))
      }
  })
})
