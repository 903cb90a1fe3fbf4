import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import jpeg from 'jpeg-js'
import { encodeJpeg } from '#server/image/encode-jpeg.ts'
import { describe, expect, it } from 'vitest'
import { buildExifSegment, insertExif } from './exif-writer.ts'
import { hasExif, jpegSize, listSegments, readExif, readOrientation } from './jpeg-segments.ts'

/** A small real JPEG (with a JFIF APP0, no Exif) made by jpeg-js. */
function plainJpeg(width = 32, height = 24): Uint8Array {
  const data = Buffer.alloc(width * height * 4)
  for (let i = 0; i < width * height; i++) data.set([(i * 7) & 255, (i * 3) & 255, 128, 255], i * 4)
  return encodeJpeg({ data, width, height }, 90)
}

const GPS = { lat: [22, 16, 49], latRef: 'N', lon: [114, 9, 29], lonRef: 'E' } as const
const TAGS = { orientation: 6, make: 'HKIDCapture', model: 'SyntheticPhone', gps: GPS }

function indexOf(haystack: Uint8Array, needle: ArrayLike<number>): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer
    return i
  }
  return -1
}

describe('insertExif', () => {
  it('round-trips Orientation, Make, Model and GPS', () => {
    const out = insertExif(plainJpeg(), TAGS)
    expect(hasExif(out)).toBe(true)
    expect(readOrientation(out)).toBe(6)
    expect(readExif(out)).toEqual({
      orientation: 6,
      make: 'HKIDCapture',
      model: 'SyntheticPhone',
      gps: { latRef: 'N', lat: [22, 16, 49], lonRef: 'E', lon: [114, 9, 29] },
    })
  })

  it('places the Exif APP1 right after SOI and keeps the other segments', () => {
    const src = plainJpeg()
    const out = insertExif(src, { orientation: 3 })
    const segs = listSegments(out)
    expect(segs[0]).toMatchObject({ marker: 0xe1, offset: 2 })
    const before = listSegments(src).map((s) => s.marker)
    expect(segs.slice(1).map((s) => s.marker)).toEqual(before)
    // The scan data is carried over byte for byte.
    expect(out.subarray(out.length - 1000)).toEqual(src.subarray(src.length - 1000))
  })

  it('writes the GPS IFD: the GPSInfo pointer tag and the coordinate rationals are in the bytes', () => {
    const seg = buildExifSegment(TAGS)
    expect(indexOf(seg, [0x88, 0x25, 0x00, 0x04, 0x00, 0x00, 0x00, 0x01])).toBeGreaterThan(0) // GPSInfo LONG ×1
    expect(indexOf(seg, [0x00, 0x00, 0x00, 22, 0x00, 0x00, 0x00, 1])).toBeGreaterThan(0) // 22/1
    expect(indexOf(seg, [0x00, 0x00, 0x00, 114, 0x00, 0x00, 0x00, 1])).toBeGreaterThan(0) // 114/1
    expect(indexOf(seg, [0x00, 0x00, 0x13, 0x24, 0x00, 0x00, 0x00, 100])).toBeGreaterThan(0) // 4900/100 = 49″
    expect(
      indexOf(
        seg,
        [...'HKIDCapture'].map((c) => c.charCodeAt(0)),
      ),
    ).toBeGreaterThan(0)
  })

  it('replaces an existing Exif segment instead of stacking a second one', () => {
    const once = insertExif(plainJpeg(), TAGS)
    const twice = insertExif(once, { orientation: 8 })
    const app1s = listSegments(twice).filter((s) => s.marker === 0xe1)
    expect(app1s).toHaveLength(1)
    expect(readOrientation(twice)).toBe(8)
    expect(readExif(twice)?.gps).toBeNull()
  })

  it('leaves a file jpeg-js still decodes, same size and pixels', () => {
    const src = plainJpeg(40, 30)
    const out = insertExif(src, TAGS)
    const a = jpeg.decode(src, { useTArray: true })
    const b = jpeg.decode(out, { useTArray: true })
    expect([b.width, b.height]).toEqual([40, 30])
    expect(b.data).toEqual(a.data)
    expect(jpegSize(out)).toEqual({ width: 40, height: 30 })
  })

  it('works on the committed specimen card', () => {
    const card = new Uint8Array(
      readFileSync(fileURLToPath(new URL('../fixtures/files/specimen-card.jpg', import.meta.url))),
    )
    expect(hasExif(card)).toBe(false)
    const out = insertExif(card, { orientation: 6 })
    expect(readOrientation(out)).toBe(6)
    expect(jpegSize(out)).toEqual({ width: 1712, height: 1080 })
  })

  it('rejects bad input clearly', () => {
    expect(() => insertExif(new Uint8Array([1, 2, 3, 4]), TAGS)).toThrow(/not a JPEG/)
    expect(() => insertExif(plainJpeg(), { orientation: 9 })).toThrow(/Orientation/)
    expect(() => insertExif(plainJpeg(), { make: 'Café' })).toThrow(/ASCII/)
    const src = plainJpeg()
    expect(() => insertExif(src.subarray(0, 10), TAGS)).toThrow(/truncated|malformed/)
  })
})
