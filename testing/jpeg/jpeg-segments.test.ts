import { encodeJpeg } from '#server/image/encode-jpeg.ts'
import { describe, expect, it } from 'vitest'
import { insertExif } from './exif-writer.ts'
import {
  JpegFormatError,
  hasExif,
  hasXmp,
  jpegSize,
  listSegments,
  metadataSegments,
  readExif,
  readOrientation,
} from './jpeg-segments.ts'

function plainJpeg(width = 33, height = 17): Uint8Array {
  const data = Buffer.alloc(width * height * 4, 200)
  return encodeJpeg({ data, width, height }, 80)
}

/** Inserts a raw APPn segment after SOI. */
function withSegment(src: Uint8Array, marker: number, payload: Uint8Array): Uint8Array {
  const len = payload.length + 2
  return new Uint8Array([0xff, 0xd8, 0xff, marker, len >> 8, len & 0xff, ...payload, ...src.subarray(2)])
}

/** A hand-built little-endian ("II") Exif payload with IFD0 = { Orientation: value }. */
function littleEndianExif(orientation: number): Uint8Array {
  return new Uint8Array([
    ...[0x45, 0x78, 0x69, 0x66, 0, 0], // Exif\0\0
    ...[0x49, 0x49, 0x2a, 0x00, 0x08, 0x00, 0x00, 0x00], // II, 42, IFD0 at 8
    ...[0x01, 0x00], // 1 entry
    ...[0x12, 0x01, 0x03, 0x00, 0x01, 0x00, 0x00, 0x00, orientation, 0x00, 0x00, 0x00], // 0x0112 SHORT 1
    ...[0, 0, 0, 0], // no next IFD
  ])
}

describe('listSegments', () => {
  it('lists the header segments of a baseline JPEG, ending with SOS', () => {
    const segs = listSegments(plainJpeg())
    const markers = segs.map((s) => s.marker)
    expect(markers[0]).toBe(0xe0) // JFIF
    expect(markers).toContain(0xdb) // DQT
    expect(markers).toContain(0xc0) // SOF0
    expect(markers).toContain(0xc4) // DHT
    expect(markers.at(-1)).toBe(0xda) // SOS
    expect(segs[0]).toEqual({ marker: 0xe0, offset: 2, length: 16, dataOffset: 6 })
  })

  it('throws a JpegFormatError for something that is not a JPEG', () => {
    expect(() => listSegments(new TextEncoder().encode('GIF89a'))).toThrow(JpegFormatError)
    expect(() => listSegments(new Uint8Array())).toThrow(/missing SOI/)
  })

  it('stops quietly at a truncated segment', () => {
    const src = plainJpeg()
    const full = listSegments(src)
    const sof = full.find((s) => s.marker === 0xc0)!
    const cut = src.subarray(0, sof.offset + 5)
    const segs = listSegments(cut)
    expect(segs.map((s) => s.marker)).toEqual(full.filter((s) => s.offset < sof.offset).map((s) => s.marker))
  })
})

describe('metadata detection', () => {
  it('a JPEG without Exif: no Exif, no XMP, no orientation', () => {
    const src = plainJpeg()
    expect(hasExif(src)).toBe(false)
    expect(hasXmp(src)).toBe(false)
    expect(readOrientation(src)).toBeNull()
    expect(readExif(src)).toBeNull()
    expect(metadataSegments(src).map((s) => s.marker)).toEqual([0xe0])
  })

  it('detects XMP packets', () => {
    const xmp = new TextEncoder().encode('http://ns.adobe.com/xap/1.0/\0<x:xmpmeta/>')
    const out = withSegment(plainJpeg(), 0xe1, xmp)
    expect(hasXmp(out)).toBe(true)
    expect(hasExif(out)).toBe(false)
  })

  it('reads Orientation from big-endian (MM) and little-endian (II) TIFFs', () => {
    expect(readOrientation(insertExif(plainJpeg(), { orientation: 8 }))).toBe(8)
    expect(readOrientation(withSegment(plainJpeg(), 0xe1, littleEndianExif(6)))).toBe(6)
    expect(readOrientation(withSegment(plainJpeg(), 0xe1, littleEndianExif(3)))).toBe(3)
  })

  it('returns null for Exif without an Orientation tag or with a broken TIFF', () => {
    expect(readOrientation(insertExif(plainJpeg(), { make: 'X' }))).toBeNull()
    const broken = littleEndianExif(6)
    broken[8] = 0x2b // not 42
    expect(readOrientation(withSegment(plainJpeg(), 0xe1, broken))).toBeNull()
    const dangling = littleEndianExif(6)
    dangling[10] = 0xf0 // IFD0 offset past the end
    expect(readOrientation(withSegment(plainJpeg(), 0xe1, dangling))).toBeNull()
  })

  it('never crashes on truncated files', () => {
    const full = insertExif(plainJpeg(), {
      orientation: 6,
      make: 'HKIDCapture',
      gps: { lat: [22, 16, 49], latRef: 'N', lon: [114, 9, 29], lonRef: 'E' },
    })
    for (let n = 0; n <= 300; n++) {
      const cut = full.subarray(0, n)
      expect(() => [
        hasExif(cut),
        hasXmp(cut),
        readOrientation(cut),
        jpegSize(cut),
        readExif(cut),
      ]).not.toThrow()
      if (n < 40) expect(readOrientation(cut)).toBeNull()
    }
  })
})

describe('jpegSize', () => {
  it('reads width and height from SOF0', () => {
    expect(jpegSize(plainJpeg(33, 17))).toEqual({ width: 33, height: 17 })
    expect(jpegSize(plainJpeg(640, 1))).toEqual({ width: 640, height: 1 })
  })

  it('reads SOF2 (progressive) frames', () => {
    const src = plainJpeg(20, 10)
    const copy = src.slice()
    const sof = listSegments(copy).find((s) => s.marker === 0xc0)!
    copy[sof.offset + 1] = 0xc2
    expect(jpegSize(copy)).toEqual({ width: 20, height: 10 })
  })

  it('is null for non-JPEGs and files cut before the frame header', () => {
    expect(jpegSize(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toBeNull()
    expect(jpegSize(plainJpeg().subarray(0, 30))).toBeNull()
  })
})
