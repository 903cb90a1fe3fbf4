import { describe, expect, it } from 'vitest'
import { encodeJpeg } from '#server/image/encode-jpeg.ts'
import { insertExif } from '#testing/jpeg/exif-writer.ts'
import { DecodeError, decodeImage, type RgbaImage } from './decode-image.ts'
import { decodeScaled, shrinkFor } from './decode-scaled.ts'

/** A picture whose left half is dark and top half has a bright stripe: its orientation can be seen in pixels. */
function marked(width: number, height: number): RgbaImage {
  const data = new Uint8Array(width * height * 4)
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 4
      const v = (x < width / 2 ? 40 : 200) + (y < height / 4 ? 50 : 0) + ((x >> 4) & 1) * 5
      data[o] = data[o + 1] = data[o + 2] = v
      data[o + 3] = 255
    }
  return { width, height, data }
}

const at = (image: RgbaImage, fx: number, fy: number) =>
  image.data[(Math.floor(fy * image.height) * image.width + Math.floor(fx * image.width)) * 4]!

// a 12 MP phone photo, landscape as stored
const phone = encodeJpeg(marked(4000, 3000), 85)

describe('decodeScaled', () => {
  it('keeps a full-HD long side: halves a 12 MP photo, leaves a webcam frame whole', () => {
    expect(shrinkFor(4000, 3000)).toBe(2)
    expect(shrinkFor(3000, 4000)).toBe(2)
    expect(shrinkFor(8000, 5000)).toBe(4)
    expect(shrinkFor(1920, 1080)).toBe(1)
    expect(shrinkFor(3800, 2850)).toBe(1)
  })

  it('decodes a 12 MP JPEG at half scale, the same pixels as a full decode averaged', async () => {
    const { image, shrink } = await decodeScaled(phone)
    expect([image.width, image.height, shrink]).toEqual([2000, 1500, 2])
    expect(image.data.length).toBe(2000 * 1500 * 4)
    const full = decodeImage(phone)
    let diff = 0
    let n = 0
    for (let y = 5; y < 1495; y += 23)
      for (let x = 5; x < 1995; x += 29) {
        const i = (2 * y * 4000 + 2 * x) * 4
        const mean = (full.data[i]! + full.data[i + 4]! + full.data[i + 16000]! + full.data[i + 16004]!) / 4
        diff += Math.abs(mean - image.data[(y * 2000 + x) * 4]!)
        n++
      }
    expect(diff / n).toBeLessThan(2)
  })

  it('decodes a small JPEG whole', async () => {
    const { image, shrink } = await decodeScaled(encodeJpeg(marked(1280, 720)))
    expect([image.width, image.height, shrink]).toEqual([1280, 720, 1])
  })

  it('leaves the EXIF orientation unapplied, as decodeImage does: pixels in their stored order', async () => {
    // a phone held upright stores its photo landscape and says "turn 90°" in EXIF (orientation 6)
    const turned = insertExif(phone, { orientation: 6 })
    const { image } = await decodeScaled(turned)
    const full = decodeImage(turned)
    expect([image.width, image.height]).toEqual([full.width / 2, full.height / 2])
    for (const [fx, fy] of [
      [0.1, 0.1],
      [0.9, 0.1],
      [0.1, 0.9],
      [0.9, 0.9],
    ] as const)
      expect(Math.abs(at(image, fx, fy) - at(full, fx, fy))).toBeLessThan(8)
    // the stored picture's top-left is dark and striped, its bottom-right bright and plain
    expect(at(image, 0.1, 0.1)).toBeLessThan(at(image, 0.9, 0.9))
  })

  it('refuses a truncated JPEG, a GIF, and a JPEG whose header claims more than the pixel cap', async () => {
    await expect(decodeScaled(phone.subarray(0, phone.length / 3))).rejects.toThrow(DecodeError)
    await expect(decodeScaled(new TextEncoder().encode('GIF89a not really'))).rejects.toThrow(DecodeError)
    const huge = encodeJpeg(marked(64, 48)).slice()
    // SOF0: FF C0, length, precision, then height and width — claim 20000 × 20000 (400 MP)
    const sof = huge.findIndex((b, i) => b === 0xff && huge[i + 1] === 0xc0)
    new DataView(huge.buffer).setUint16(sof + 5, 20_000)
    new DataView(huge.buffer).setUint16(sof + 7, 20_000)
    await expect(decodeScaled(huge)).rejects.toThrow(DecodeError)
  })
})
