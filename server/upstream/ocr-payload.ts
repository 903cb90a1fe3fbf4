// The HKIDCardOCR request body as bytes, built straight from the image: base64 needs no JSON escaping,
// so the body is a fixed prefix, the base64 text and a fixed suffix. This skips JSON.stringify scanning a
// 1.4 MB string and TextEncoder re-encoding it, which together were a quarter of the endpoint's CPU.
import { bytesToBase64 } from '../http/base64.ts'

interface NodeBuffer {
  readonly byteLength: number
  write(text: string, offset: number, encoding: 'latin1'): number
  toString(encoding: 'base64', start: number, end: number): string
}
interface BufferClass {
  from(buffer: ArrayBufferLike, byteOffset: number, length: number): NodeBuffer
}

// 48 KiB of image → 64 KiB of base64: each piece is a young-generation string that dies at once, where a
// whole 1.4 MB string lands in large-object space and drove a full mark-compact every few requests.
const PIECE = 48 * 1024

const encoder = new TextEncoder()

/** The exact bytes JSON.stringify would give. `buffer`: Node's Buffer, or null for the Web-only path. */
export function encodeOcrPayload(
  image: Uint8Array,
  returnHeadImage: boolean,
  /** Where the body goes (a PayloadPool's acquire); all `size` bytes are overwritten. */
  allocate: (size: number) => Uint8Array<ArrayBuffer> = (size) => new Uint8Array(size),
  buffer: BufferClass | null = (globalThis as { Buffer?: BufferClass }).Buffer ?? null,
): Uint8Array<ArrayBuffer> {
  const prefix = '{"ImageBase64":"'
  const suffix = `","ReturnHeadImage":${returnHeadImage}}`
  const base64Length = 4 * Math.ceil(image.byteLength / 3)
  const size = prefix.length + base64Length + suffix.length
  if (buffer) {
    // Node: latin1 writes of one-byte strings are plain copies, into a Buffer view of the target.
    const target = allocate(size)
    const bytes = buffer.from(target.buffer, target.byteOffset, size)
    const source = buffer.from(image.buffer, image.byteOffset, image.byteLength)
    let offset = bytes.write(prefix, 0, 'latin1')
    for (let start = 0; start < source.byteLength; start += PIECE) {
      const end = Math.min(start + PIECE, source.byteLength)
      offset += bytes.write(source.toString('base64', start, end), offset, 'latin1')
    }
    bytes.write(suffix, offset, 'latin1')
    return target
  }
  const base64 = bytesToBase64(image)
  const bytes = allocate(size)
  let offset = encoder.encodeInto(prefix, bytes).written
  offset += encoder.encodeInto(base64, bytes.subarray(offset)).written
  encoder.encodeInto(suffix, bytes.subarray(offset))
  return bytes
}
