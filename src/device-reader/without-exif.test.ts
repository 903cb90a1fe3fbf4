import { describe, expect, it } from 'vitest'
import { withoutExif } from './without-exif.ts'

const segment = (marker: number, payload: number[]) => {
  const length = payload.length + 2
  return [0xff, marker, length >> 8, length & 0xff, ...payload]
}
const EXIF_ORIENTATION_6 = [
  0x45, 0x78, 0x69, 0x66, 0, 0, 0x4d, 0x4d, 0, 0x2a, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3,
]
const JFIF = segment(0xe0, [0x4a, 0x46, 0x49, 0x46, 0, 1, 1])
const XMP = segment(0xe1, [...new TextEncoder().encode('http://ns.adobe.com/xap/1.0/\0<x/>')])
const QUANT = segment(0xdb, [0, 1, 2, 3])
const SCAN = [0xff, 0xda, 0, 4, 1, 2, 0x11, 0x22, 0xff, 0xd9]

describe('withoutExif', () => {
  it('removes the Exif segment (its orientation with it) and keeps every other byte in order', () => {
    const jpeg = new Uint8Array([
      0xff,
      0xd8,
      ...JFIF,
      ...segment(0xe1, EXIF_ORIENTATION_6),
      ...QUANT,
      ...SCAN,
    ])
    expect([...withoutExif(jpeg)]).toEqual([0xff, 0xd8, ...JFIF, ...QUANT, ...SCAN])
  })

  it('keeps an APP1 that is not Exif (XMP) and a JPEG without Exif as they are', () => {
    const jpeg = new Uint8Array([0xff, 0xd8, ...XMP, ...QUANT, ...SCAN])
    expect(withoutExif(jpeg)).toBe(jpeg)
  })

  it('leaves what is not a well-formed JPEG header alone', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    expect(withoutExif(png)).toBe(png)
    const truncated = new Uint8Array([0xff, 0xd8, 0xff, 0xe1, 0x40, 0x00, 0x45])
    expect(withoutExif(truncated)).toBe(truncated)
  })
})
