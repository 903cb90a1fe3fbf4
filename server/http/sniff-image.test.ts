import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sniffImage } from './sniff-image.ts'

const bytes = (...values: number[]) => new Uint8Array(values)
const ascii = (text: string) => new TextEncoder().encode(text)

describe('sniffImage', () => {
  it('recognises JPEG and PNG by their magic bytes', () => {
    expect(sniffImage(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10))).toBe('image/jpeg')
    expect(sniffImage(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe('image/png')
  })

  it.each([
    ['empty', bytes()],
    ['two bytes of a JPEG', bytes(0xff, 0xd8)],
    ['a PNG signature cut short', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a)],
    ['GIF', ascii('GIF89a\x01\x00')],
    ['WebP', ascii('RIFF\x00\x00\x00\x00WEBPVP8 ')],
    ['PDF', ascii('%PDF-1.7\n')],
    ['SVG', ascii('<svg xmlns="http://www.w3.org/2000/svg"/>')],
    ['HTML', ascii('<!doctype html><title>x</title>')],
    ['JSON', ascii('{"ImageBase64":"/9j/"}')],
    ['base64 of a JPEG', ascii('/9j/4AAQSkZJRg')],
  ])('refuses %s', (_name, input) => {
    expect(sniffImage(input)).toBeNull()
  })

  it('never throws, and says JPEG or PNG only when the prefix is really there', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (input) => {
        const type = sniffImage(input)
        if (type === 'image/jpeg') expect([...input.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff])
        else if (type === 'image/png') expect(input[0]).toBe(0x89)
        else expect(type).toBeNull()
      }),
      { numRuns: 2000 },
    )
  })
})
