import { describe, expect, it } from 'vitest'
import { expandAsLimited, squeezeToLimited } from './video-range.ts'

const px = (...rgb: number[]) => new Uint8Array([...rgb, 255])

describe('expandAsLimited (what Chromium does to a fake-camera MJPEG frame)', () => {
  // Grey levels written into an MJPEG and read back from a canvas in Chromium 156 (a one-off measurement).
  it.each([
    [0, 0],
    [16, 0],
    [20, 5],
    [125, 127],
    [200, 214],
    [230, 249],
    [235, 255],
    [250, 255],
  ])('takes grey %i to %i', (sent, seen) => {
    expect(Array.from(expandAsLimited(px(sent, sent, sent)))).toEqual([seen, seen, seen, 255])
  })

  it('stretches colour the same way, within rounding of the measured (235,188,141) → (254,201,149)', () => {
    const [r, g, b] = expandAsLimited(px(235, 188, 141))
    expect(Math.abs(r! - 254)).toBeLessThanOrEqual(1)
    expect(Math.abs(g! - 201)).toBeLessThanOrEqual(1)
    expect(Math.abs(b! - 149)).toBeLessThanOrEqual(3)
  })
})

describe('squeezeToLimited (a limited-range camera)', () => {
  it('keeps luma within 16–235', () => {
    expect(Array.from(squeezeToLimited(px(0, 0, 0)))).toEqual([16, 16, 16, 255])
    expect(Array.from(squeezeToLimited(px(255, 255, 255)))).toEqual([235, 235, 235, 255])
  })

  it('is undone by the expansion, to within rounding, for every grey and a spread of colours', () => {
    const colours: number[] = []
    for (let v = 0; v < 256; v++) colours.push(v, v, v, 255)
    for (let r = 8; r < 256; r += 40)
      for (let g = 8; g < 256; g += 40) for (let b = 8; b < 256; b += 40) colours.push(r, g, b, 255)
    const source = new Uint8Array(colours)
    const back = expandAsLimited(squeezeToLimited(source))
    let worst = 0
    for (let i = 0; i < source.length; i++) worst = Math.max(worst, Math.abs(back[i]! - source[i]!))
    expect(worst).toBeLessThanOrEqual(3)
  })

  it('keeps alpha', () => {
    expect(squeezeToLimited(new Uint8Array([10, 20, 30, 77]))[3]).toBe(77)
  })
})
