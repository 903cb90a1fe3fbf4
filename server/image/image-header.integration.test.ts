// The limits read from an image's headers before any decoding: a JPEG's scans and frame size, a PNG's size and
// bit depth. The bombs are made here by generators (testing/images), never committed as binaries.
import { describe, expect, it } from 'vitest'
import { encodeJpeg } from '#server/image/encode-jpeg.ts'
import { largeGreyPng, sixteenBitGreyPng } from '#testing/images/crafted-png.ts'
import { scanBombJpeg } from '#testing/images/crafted-jpeg.ts'
import { DecodeError, decodeImage } from './decode-image.ts'
import { ImageLimitError, MAX_JPEG_SCANS, inspectImage } from './image-header.ts'

const grey = (width: number, height: number) => ({
  width,
  height,
  data: new Uint8Array(width * height * 4).fill(128),
})

describe('inspectImage', () => {
  it('reads a real encoder’s files: a baseline JPEG’s one scan, a progressive one’s ten, a PNG’s size', async () => {
    expect(inspectImage(encodeJpeg(grey(640, 480), 80))).toMatchObject({
      format: 'jpeg',
      width: 640,
      height: 480,
      scans: 1,
    })
    const progressive = await scanBombJpeg(4000, 3000, 0)
    expect(inspectImage(progressive)).toMatchObject({ width: 4000, height: 3000, costMp: 12 })
    expect(inspectImage(progressive).scans).toBeLessThanOrEqual(10)
    expect(inspectImage(largeGreyPng(800, 600))).toMatchObject({ format: 'png', costMp: 0.48, scans: 1 })
  })

  it('refuses the 78,685-scan JPEG (a few MB) at its 65th scan', async () => {
    const bomb = await scanBombJpeg(2000, 1500, 78_685)
    expect(bomb.byteLength).toBeLessThan(5 * 2 ** 20)
    expect(() => inspectImage(bomb)).toThrow(
      new ImageLimitError(`JPEG has more than ${MAX_JPEG_SCANS} scans`),
    )
    // One scan fewer than the cap passes
    expect(inspectImage(await scanBombJpeg(2000, 1500, MAX_JPEG_SCANS)).scans).toBe(MAX_JPEG_SCANS)
  })

  it('counts a 16-bit PNG’s megapixels twice: 40 MP of 16-bit samples is refused, 8-bit is not', () => {
    const png = sixteenBitGreyPng(8000, 5000)
    expect(png.byteLength).toBeLessThan(128 * 1024)
    expect(() => inspectImage(png)).toThrow(/8000x5000 at 16 bits out of range/)
    expect(inspectImage(largeGreyPng(8000, 5000)).costMp).toBe(40)
    expect(inspectImage(sixteenBitGreyPng(4000, 5000)).costMp).toBe(40)
  })

  it('does not count scan markers inside a segment before the frame (an Exif thumbnail’s)', () => {
    const jpeg = encodeJpeg(grey(64, 64), 80)
    const payload = new Uint8Array(2 * 100).fill(0xff).map((byte, i) => (i % 2 ? 0xda : byte))
    const app1 = new Uint8Array([0xff, 0xe1, 0, payload.length + 2, ...payload])
    const withThumbnail = new Uint8Array([...jpeg.subarray(0, 2), ...app1, ...jpeg.subarray(2)])
    expect(inspectImage(withThumbnail).scans).toBe(1)
  })

  it('refuses a second frame header and a scan before any', () => {
    const jpeg = encodeJpeg(grey(64, 64), 80)
    const sof = jpeg.findIndex((byte, i) => byte === 0xff && jpeg[i + 1] === 0xc0)
    const length = (jpeg[sof + 2]! << 8) | jpeg[sof + 3]!
    const frame = jpeg.subarray(sof, sof + 2 + length)
    const twice = new Uint8Array([...jpeg.subarray(0, sof), ...frame, ...jpeg.subarray(sof)])
    expect(() => inspectImage(twice)).toThrow(/more than one frame header/)
    const noFrame = new Uint8Array([...jpeg.subarray(0, sof), ...jpeg.subarray(sof + 2 + length)])
    expect(() => inspectImage(noFrame)).toThrow(ImageLimitError)
  })
})

describe('decodeImage with the header limits', () => {
  // jpeg-js walks every block of the frame once per scan: 200 scans of 12 MP took 19 s, 1000 took 144 s.
  it('refuses a 200-scan 12 MP JPEG before decoding it, and the 40 MP 16-bit PNG', async () => {
    const bomb = await scanBombJpeg(4000, 3000, 200)
    const png = sixteenBitGreyPng(8000, 5000)
    const started = performance.now()
    expect(() => decodeImage(bomb)).toThrow(DecodeError)
    expect(() => decodeImage(png)).toThrow(DecodeError)
    console.info(`both refused in ${(performance.now() - started).toFixed(0)} ms`)
  })
})
