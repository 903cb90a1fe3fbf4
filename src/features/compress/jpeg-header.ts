// Reads a JPEG's frame size from its SOF marker without decoding, so the decoder can be asked for a
// DCT-scaled decode (libjpeg's M/8 scaling) just big enough for the output — the cheapest full decode.
import { sniffImageFormat } from '#src/hkid/image-format.ts'

export interface FrameSize {
  width: number
  height: number
}

/** Beyond this a decode would need gigabytes: refused before any pixel is touched. */
export const MAX_SOURCE_PIXELS = 200_000_000

// SOF0–SOF15 carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not.
const isStartOfFrame = (marker: number) =>
  marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc

export function isJpeg(bytes: Uint8Array): boolean {
  return sniffImageFormat(bytes) === 'jpeg'
}

/** The stored (pre-orientation) frame size, or null when the markers before the scan don't give one. */
export function readJpegFrameSize(bytes: Uint8Array): FrameSize | null {
  if (!isJpeg(bytes)) return null
  let pos = 2
  while (pos + 9 < bytes.length) {
    if (bytes[pos] !== 0xff) return null
    const marker = bytes[pos + 1]!
    if (marker === 0xff) {
      pos++
      continue
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      pos += 2
      continue
    }
    if (marker === 0xda || marker === 0xd9) return null // scan or end before any frame header
    const length = (bytes[pos + 2]! << 8) | bytes[pos + 3]!
    if (length < 2) return null
    if (isStartOfFrame(marker)) {
      const height = (bytes[pos + 5]! << 8) | bytes[pos + 6]!
      const width = (bytes[pos + 7]! << 8) | bytes[pos + 8]!
      return width > 0 && height > 0 ? { width, height } : null
    }
    pos += 2 + length
  }
  return null
}

/**
 * The size to ask the decoder for: the smallest M/8 scale of the frame whose long edge still reaches
 * `maxEdge` (so the final resize only ever shrinks). Null when a full-size decode is needed anyway.
 * Chromium picks M = floor(8 × √(desired area / frame area)), which rounding up here lands on exactly.
 */
export function scaledDecodeSize(frame: FrameSize, maxEdge: number): FrameSize | null {
  const numerator = Math.ceil((maxEdge / Math.max(frame.width, frame.height)) * 8)
  if (numerator >= 8) return null
  return {
    width: Math.ceil((frame.width * numerator) / 8),
    height: Math.ceil((frame.height * numerator) / 8),
  }
}
