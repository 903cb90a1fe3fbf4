import jpeg from 'jpeg-js'
import { describe, expect, it } from 'vitest'
import { insertExif } from '#testing/jpeg/exif-writer.ts'
import { MAX_SOURCE_PIXELS, isJpeg, readJpegFrameSize, scaledDecodeSize } from './jpeg-header.ts'

function encode(width: number, height: number): Uint8Array {
  const data = Buffer.alloc(width * height * 4, 0x80)
  return new Uint8Array(jpeg.encode({ data, width, height }, 80).data)
}

describe('readJpegFrameSize', () => {
  it('reads the stored size from SOF, also behind an EXIF segment with GPS', () => {
    const plain = encode(37, 21)
    expect(readJpegFrameSize(plain)).toEqual({ width: 37, height: 21 })
    const withExif = insertExif(plain, {
      orientation: 6,
      make: 'X',
      gps: { lat: [22, 1, 2], latRef: 'N', lon: [114, 1, 2], lonRef: 'E' },
    })
    expect(withExif.length).toBeGreaterThan(plain.length)
    expect(readJpegFrameSize(withExif)).toEqual({ width: 37, height: 21 })
  })

  it('gives null for non-JPEG bytes, a header cut before SOF, and a scan before any frame', () => {
    const bytes = encode(8, 8)
    expect(readJpegFrameSize(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 0, 0, 0]))).toBeNull()
    expect(isJpeg(new Uint8Array([]))).toBe(false)
    expect(readJpegFrameSize(bytes.subarray(0, 30))).toBeNull()
    expect(
      readJpegFrameSize(new Uint8Array([0xff, 0xd8, 0xff, 0xda, 0, 8, 1, 2, 3, 4, 5, 6, 7, 8])),
    ).toBeNull()
  })

  it('reads a frame size big enough to be refused', () => {
    // SOI, SOF0 claiming 60000 × 60000
    const bomb = new Uint8Array([0xff, 0xd8, 0xff, 0xc0, 0, 11, 8, 0xea, 0x60, 0xea, 0x60, 1, 1, 0x11, 0])
    const size = readJpegFrameSize(bomb)!
    expect(size).toEqual({ width: 60000, height: 60000 })
    expect(size.width * size.height).toBeGreaterThan(MAX_SOURCE_PIXELS)
  })
})

describe('scaledDecodeSize', () => {
  it('picks the smallest M/8 scale whose long edge still reaches the output', () => {
    expect(scaledDecodeSize({ width: 4000, height: 3000 }, 2048)).toEqual({ width: 2500, height: 1875 }) // 5/8
    expect(scaledDecodeSize({ width: 6000, height: 4000 }, 2048)).toEqual({ width: 2250, height: 1500 }) // 3/8
    expect(scaledDecodeSize({ width: 20000, height: 200 }, 2048)).toEqual({ width: 2500, height: 25 }) // 1/8
  })

  it('gives null when only a full-size decode covers the output', () => {
    expect(scaledDecodeSize({ width: 1920, height: 1080 }, 2048)).toBeNull()
    expect(scaledDecodeSize({ width: 2200, height: 1000 }, 2048)).toBeNull() // 8/8
  })

  it('asks for a size that Chromium maps back to exactly that numerator', () => {
    for (const frame of [
      { width: 4032, height: 3024 },
      { width: 5712, height: 4284 },
      { width: 8000, height: 6000 },
    ]) {
      const desired = scaledDecodeSize(frame, 2048)!
      const numerator = Math.floor(
        Math.sqrt((desired.width * desired.height) / (frame.width * frame.height)) * 8,
      )
      expect((Math.max(frame.width, frame.height) * numerator) / 8).toBeGreaterThanOrEqual(2048)
      expect((Math.max(frame.width, frame.height) * (numerator - 1)) / 8).toBeLessThan(2048)
    }
  })
})
