// PNGs built byte by byte for the decoder's limits: huge but tiny-on-disk greyscale images (a light card on a
// dark desk, so every analysis step has real work), and a "decoy" with a second IHDR after a 1×1 one.
import { crc32, deflateSync } from 'node:zlib'

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.byteLength, 0)
  head.write(type, 4, 'latin1')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0)
  return Buffer.concat([head, data, crc])
}

/** IHDR of a greyscale, non-interlaced image (8 bits a sample unless told). */
function greyHeader(width: number, height: number, interlace = 0, depth = 8): Buffer {
  const data = Buffer.alloc(13)
  data.writeUInt32BE(width, 0)
  data.writeUInt32BE(height, 4)
  data.set([depth, 0, 0, 0, interlace], 8)
  return chunk('IHDR', data)
}

/** The filtered scanlines (filter byte 0 each) of a light rectangle on a dark background, deflated. */
function cardOnDesk(width: number, height: number): Buffer {
  const row = width + 1
  const raw = Buffer.alloc(row * height, 40)
  const [x0, x1, y0, y1] = [width * 0.1, width * 0.9, height * 0.2, height * 0.8].map(Math.round)
  for (let y = 0; y < height; y++) {
    raw[y * row] = 0
    if (y >= y0! && y < y1!) raw.fill(215, y * row + 1 + x0!, y * row + 1 + x1!)
  }
  return deflateSync(raw, { level: 1 })
}

/** A width×height greyscale PNG of a card on a desk: megapixels of decoding in a few hundred KB. */
export function largeGreyPng(width: number, height: number): Uint8Array {
  return new Uint8Array(
    Buffer.concat([
      SIGNATURE,
      greyHeader(width, height),
      chunk('IDAT', cardOnDesk(width, height)),
      chunk('IEND', new Uint8Array(0)),
    ]),
  )
}

/**
 * A 1×1 header first (what a check of the first IHDR sees), then a second header for the real, oversized
 * canvas, with pixel data for the second: decoders that let the last IHDR win decode the big one.
 */
export function doubleHeaderPng(width: number, height: number): Uint8Array {
  return new Uint8Array(
    Buffer.concat([
      SIGNATURE,
      greyHeader(1, 1),
      greyHeader(width, height),
      chunk('IDAT', cardOnDesk(width, height)),
      chunk('IEND', new Uint8Array(0)),
    ]),
  )
}

/** A 64×64 interlaced image whose pixel data inflates to `inflatedBytes`: a zip bomb in IDAT. */
export function inflateBombPng(inflatedBytes: number): Uint8Array {
  return new Uint8Array(
    Buffer.concat([
      SIGNATURE,
      greyHeader(64, 64, 1),
      chunk('IDAT', deflateSync(Buffer.alloc(inflatedBytes), { level: 9 })),
      chunk('IEND', new Uint8Array(0)),
    ]),
  )
}

/** A width×height 16-bit greyscale PNG, mid-grey: 40 MP of 16-bit samples deflate to a few tens of KB. */
export function sixteenBitGreyPng(width: number, height: number): Uint8Array {
  const row = width * 2 + 1
  const raw = Buffer.alloc(row * height, 0x80)
  for (let y = 0; y < height; y++) raw[y * row] = 0
  return new Uint8Array(
    Buffer.concat([
      SIGNATURE,
      greyHeader(width, height, 0, 16),
      chunk('IDAT', deflateSync(raw, { level: 9 })),
      chunk('IEND', new Uint8Array(0)),
    ]),
  )
}
