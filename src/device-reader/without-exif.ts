// The server reads a photo's pixels in their stored order (the EXIF orientation not applied: the reader finds a
// card stored turned). A browser's decoder always applies it, so the device reader removes the JPEG's Exif
// segments first and both decode the same pixels.

const SOI = 0xd8
const SOS = 0xda
const APP1 = 0xe1
const EXIF = [0x45, 0x78, 0x69, 0x66, 0, 0] // "Exif\0\0"

function isExif(bytes: Uint8Array, start: number, end: number): boolean {
  if (end - start < EXIF.length) return false
  return EXIF.every((b, i) => bytes[start + i] === b)
}

/** The JPEG without its APP1 Exif segments; anything that is not a well-formed JPEG header comes back unchanged. */
export function withoutExif(bytes: Uint8Array): Uint8Array {
  if (bytes[0] !== 0xff || bytes[1] !== SOI) return bytes
  const kept: Uint8Array[] = [bytes.subarray(0, 2)]
  let at = 2
  let removed = false
  while (at + 4 <= bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1]!
    // The scan and everything after it is image data, kept as is.
    if (marker === SOS) break
    const length = (bytes[at + 2]! << 8) | bytes[at + 3]!
    const end = at + 2 + length
    if (length < 2 || end > bytes.length) return bytes
    if (marker === APP1 && isExif(bytes, at + 4, end)) removed = true
    else kept.push(bytes.subarray(at, end))
    at = end
  }
  if (!removed) return bytes
  kept.push(bytes.subarray(at))
  const out = new Uint8Array(kept.reduce((n, part) => n + part.length, 0))
  let o = 0
  for (const part of kept) {
    out.set(part, o)
    o += part.length
  }
  return out
}
