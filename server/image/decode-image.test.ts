import pngjs from 'pngjs'
import { describe, expect, it } from 'vitest'
import { encodeJpeg } from '#server/image/encode-jpeg.ts'
import { drawSyntheticCard } from '#testing/cards/synthetic-card.ts'
import { doubleHeaderPng, inflateBombPng, largeGreyPng } from '#testing/images/crafted-png.ts'
import { DecodeError, decodeImage, sniffFormat, type RgbaImage } from './decode-image.ts'

const GIF_BYTES = new Uint8Array([
  0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0, 1, 0, 0x80, 0, 0, 0, 0, 0, 0xff, 0xff, 0xff,
])

const card = drawSyntheticCard(1600)

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
    const bytes = encodeJpeg(big, 80)
    const image = decodeImage(bytes)
    expect([image.width, image.height]).toEqual([4000, 3000])
  })

  it('refuses a PNG whose second IHDR (after a 1×1 decoy) is over the cap, before decoding it', () => {
    const decoy = doubleHeaderPng(7000, 7000)
    const rss = process.memoryUsage().rss
    expect(() => decodeImage(decoy)).toThrow(/more than one IHDR/)
    // Decoding the 49 MP canvas would take ~250 MB; refused at the header, nothing is allocated.
    expect((process.memoryUsage().rss - rss) / 2 ** 20).toBeLessThan(40)
  })

  it('refuses an interlaced PNG whose pixel data inflates far past its header (a zip bomb)', () => {
    const bomb = inflateBombPng(200 << 20)
    const rss = process.memoryUsage().rss
    expect(() => decodeImage(bomb)).toThrow(DecodeError)
    expect((process.memoryUsage().rss - rss) / 2 ** 20).toBeLessThan(40)
  })

  it('decodes a legal 40 MP PNG, and refuses one a row over the cap', () => {
    const legal = decodeImage(largeGreyPng(8000, 5000))
    expect([legal.width, legal.height, legal.data[0], legal.data[(2500 * 8000 + 4000) * 4]]).toEqual([
      8000, 5000, 40, 215,
    ])
    expect(() => decodeImage(largeGreyPng(8000, 5001))).toThrow(/out of range/)
  })
})
