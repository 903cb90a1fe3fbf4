// What an uploaded image declares, and how much its decoding may cost, read from its headers before any pixel is
// decoded: a JPEG's frame size and its number of scans (each progressive scan is a pass over every block of the
// frame, so 78,685 tiny scans of a large frame cost minutes while the file stays a few MB), a PNG's size and bit
// depth. Refusing here keeps such a file from ever holding a reader worker.
import { sniffImageFormat } from '#src/hkid/image-format.ts'

/**
 * Scans a JPEG may hold. libjpeg's default progressive script has 10 scans (6 for greyscale), mozjpeg's and the
 * browsers' encoders stay under 20, a baseline file has one per component at most; 64 leaves room for any real
 * encoder and refuses the repeated-scan bombs, whose cost grows with every scan.
 */
export const MAX_JPEG_SCANS = 64

/**
 * Megapixels any decode may declare. The browser sends ≤ 3 MP after compressing, MAX_BODY_BYTES (≤ 5 MB) keeps
 * out most 48–50 MP phone originals anyway; the decoders enforce the same cap themselves (decode-image.ts).
 */
export const MAX_RESOLUTION_MP = 40

/** Decoders answer it as a DecodeError: the image is one that cannot be read. */
export class ImageLimitError extends Error {
  override readonly name = 'ImageLimitError'
}

export interface ImageHeader {
  format: 'jpeg' | 'png'
  width: number
  height: number
  /** The decode's cost in megapixels: width × height, a 16-bit PNG's counted twice (twice the samples' work) */
  costMp: number
  /** JPEG scans (SOS markers); 1 for a PNG */
  scans: number
}

const SOI = 0xd8
const EOI = 0xd9
const SOS = 0xda

/** SOF0–SOF15 but DHT (C4), JPG (C8) and DAC (CC): the frame header with the declared size. */
function isFrameMarker(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc
}

const SOS_MARKER = Buffer.from([0xff, SOS])

/**
 * Scans from the first SOS at `first` to the end. Entropy-coded data never holds 0xFF 0xDA (a 0xFF there is
 * stuffed with 0x00 or starts a restart marker), so every further scan is one of its occurrences; tables or a
 * comment between scans could hold the pair too, which can only count more, never fewer. A native search: a
 * JS walk of every 0xFF took 0.2 s of the event loop for 5 MB of stuffed bytes.
 */
function scansFrom(bytes: Uint8Array, first: number): number {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let scans = 1
  for (let at = buffer.indexOf(SOS_MARKER, first + 2); at >= 0; at = buffer.indexOf(SOS_MARKER, at + 2)) {
    if (++scans > MAX_JPEG_SCANS) break
  }
  return scans
}

function jpegHeader(bytes: Uint8Array): ImageHeader {
  let width = 0
  let height = 0
  let scans = 0
  let pos = 2
  while (pos + 3 < bytes.length) {
    if (bytes[pos] !== 0xff) throw new ImageLimitError('JPEG has bytes where a marker should be')
    const marker = bytes[pos + 1]!
    if (marker === 0xff) {
      pos++
      continue
    }
    if (marker === EOI) break
    if (marker === SOI || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      pos += 2
      continue
    }
    const length = (bytes[pos + 2]! << 8) | bytes[pos + 3]!
    if (length < 2) throw new ImageLimitError('JPEG segment with a broken length')
    if (isFrameMarker(marker)) {
      // A second frame header could declare a larger canvas than the first one checked.
      if (width) throw new ImageLimitError('JPEG has more than one frame header')
      height = (bytes[pos + 5]! << 8) | bytes[pos + 6]!
      width = (bytes[pos + 7]! << 8) | bytes[pos + 8]!
      if (width < 1 || height < 1 || width * height > MAX_RESOLUTION_MP * 1e6) {
        throw new ImageLimitError(`JPEG dimensions ${width}x${height} out of range`)
      }
    }
    if (marker === SOS) {
      if (!width) throw new ImageLimitError('JPEG scan before its frame header')
      scans = scansFrom(bytes, pos)
      if (scans > MAX_JPEG_SCANS) throw new ImageLimitError(`JPEG has more than ${MAX_JPEG_SCANS} scans`)
      break
    }
    pos += 2 + length
  }
  if (!width || !scans) throw new ImageLimitError('JPEG without a frame or a scan')
  return { format: 'jpeg', width, height, costMp: (width * height) / 1e6, scans }
}

function pngHeader(bytes: Uint8Array): ImageHeader {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  // The signature (8), then IHDR's length (4) and type (4); decode-png.ts refuses a second IHDR itself.
  if (bytes.length < 33 || String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') {
    throw new ImageLimitError('PNG does not start with its header')
  }
  const width = view.getUint32(16)
  const height = view.getUint32(20)
  const depth = bytes[24]!
  const costMp = (width * height * (depth > 8 ? 2 : 1)) / 1e6
  if (width < 1 || height < 1 || costMp > MAX_RESOLUTION_MP) {
    throw new ImageLimitError(`PNG dimensions ${width}x${height} at ${depth} bits out of range`)
  }
  return { format: 'png', width, height, costMp, scans: 1 }
}

/** The image's declared size and cost; throws ImageLimitError for anything over the limits or unreadable. */
export function inspectImage(bytes: Uint8Array): ImageHeader {
  const format = sniffImageFormat(bytes)
  if (format === 'jpeg') return jpegHeader(bytes)
  if (format === 'png') return pngHeader(bytes)
  throw new ImageLimitError('Not a JPEG or PNG image')
}
