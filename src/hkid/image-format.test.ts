import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sniffImageFormat } from './image-format.ts'

const text = (value: string) => new Uint8Array([...value].map((char) => char.charCodeAt(0)))

describe('sniffImageFormat', () => {
  it.each([
    ['jpeg', new Uint8Array([0xff, 0xd8, 0xff, 0xe0])],
    ['png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0])],
    ['webp', text('RIFF\0\0\0\0WEBPVP8 ')],
    ['heic', text('\0\0\0\x18ftypheic\0\0\0\0')],
  ])('knows %s by its first bytes', (format, bytes) => {
    expect(sniffImageFormat(bytes)).toBe(format)
  })

  it.each([
    ['nothing', new Uint8Array(0)],
    ['a cut JPEG signature', new Uint8Array([0xff, 0xd8])],
    ['a cut PNG signature', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a])],
    ['GIF', text('GIF89a')],
    ['PDF', text('%PDF-1.7')],
    ['an ftyp box of a video', text('\0\0\0\x18ftypisom\0\0\0\0')],
  ])('refuses %s', (_name, bytes) => {
    expect(sniffImageFormat(bytes)).toBeNull()
  })

  it('never throws on any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 32 }), (bytes) => void sniffImageFormat(bytes)),
      {
        numRuns: 2000,
      },
    )
  })
})
