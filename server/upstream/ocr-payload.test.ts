import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { encodeOcrPayload } from './ocr-payload'

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes)
const expected = (image: Uint8Array, returnHeadImage: boolean) =>
  JSON.stringify({ ImageBase64: Buffer.from(image).toString('base64'), ReturnHeadImage: returnHeadImage })
const pseudoRandom = (size: number) => new Uint8Array(size).map((_, i) => (i * 2654435761) >>> 24)

describe('encodeOcrPayload', () => {
  // Sizes around the 48 KiB pieces and the base64 padding (length mod 3).
  const sizes = [0, 1, 2, 3, 4, 49_151, 49_152, 49_153, 3 * 49_152 + 2, 1024 * 1024]

  it.each(sizes)('%i bytes: exactly JSON.stringify’s bytes, on the Node and the Web path', (size) => {
    const image = pseudoRandom(size)
    for (const head of [true, false]) {
      expect(decode(encodeOcrPayload(image, head))).toBe(expected(image, head))
      expect(decode(encodeOcrPayload(image, head, undefined, null))).toBe(expected(image, head))
    }
  })

  it('random images, either path, any view offset', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.nat(7), fc.boolean(), (bytes, pad, head) => {
        const backing = new Uint8Array(bytes.length + pad)
        backing.set(bytes, pad)
        const view = backing.subarray(pad)
        expect(decode(encodeOcrPayload(view, head))).toBe(expected(bytes, head))
        expect(decode(encodeOcrPayload(view, head, undefined, null))).toBe(expected(bytes, head))
      }),
      { numRuns: 200 },
    )
  })

  it('writes into the memory it is given, overwriting every byte', () => {
    const image = pseudoRandom(100_000)
    for (const buffer of [undefined, null] as const) {
      const target = new Uint8Array(200_000).fill(0x7e) // '~' appears in neither base64 nor the JSON
      const allocate = (size: number) => target.subarray(0, size)
      const payload = encodeOcrPayload(image, false, allocate, buffer)
      expect(payload.buffer).toBe(target.buffer)
      expect(decode(payload)).toBe(expected(image, false))
    }
  })
})
