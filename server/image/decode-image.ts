// Decodes an uploaded JPEG or PNG to RGBA pixels, refusing anything that is not one, is broken, or would
// allocate more than a phone photo needs.
import jpeg from 'jpeg-js'
import { sniffImageFormat } from '#src/hkid/image-format.ts'
import { decodePngWithin } from './decode-png.ts'
import { ImageLimitError, MAX_RESOLUTION_MP, inspectImage } from './image-header.ts'

export { MAX_RESOLUTION_MP }

// Caps that stop a tiny "decompression bomb" from allocating gigabytes; a 12 MP phone photo fits easily.
// Both are enforced by the decoders themselves (jpeg-js checks each frame header and counts its
// allocations; decode-png.ts checks each PNG header); image-header.ts checks the declared size and the
// JPEG's scans first, since a decoder's cost grows with the scans and no decoder here counts them.
const MAX_JPEG_MEMORY_MB = 512

export class DecodeError extends Error {
  override readonly name: string = 'DecodeError'
}

export type ImageFormat = 'jpeg' | 'png'

/** RGBA pixels, 4 bytes per pixel, row-major. */
export interface RgbaImage {
  width: number
  height: number
  data: Uint8Array
}

/** The format by magic bytes, or null for anything the emulator does not accept (GIF, WebP, garbage…). */
export function sniffFormat(bytes: Uint8Array): ImageFormat | null {
  const format = sniffImageFormat(bytes)
  return format === 'jpeg' || format === 'png' ? format : null
}

function decodeJpeg(bytes: Uint8Array): RgbaImage {
  // tolerantDecoding off so a truncated upload fails instead of yielding a half-grey picture.
  const raw = jpeg.decode(bytes, {
    useTArray: true,
    formatAsRGBA: true,
    tolerantDecoding: false,
    maxResolutionInMP: MAX_RESOLUTION_MP,
    maxMemoryUsageInMB: MAX_JPEG_MEMORY_MB,
  })
  return { width: raw.width, height: raw.height, data: raw.data }
}

function decodePng(bytes: Uint8Array): RgbaImage {
  // The cap is checked by the decoder on every IHDR it reads (decode-png.ts), before it allocates.
  return decodePngWithin(bytes, MAX_RESOLUTION_MP * 1_000_000)
}

/** Decodes JPEG or PNG bytes to RGBA; anything else, or a broken file, throws DecodeError. */
export function decodeImage(bytes: Uint8Array): RgbaImage {
  const format = sniffFormat(bytes)
  if (!format) throw new DecodeError('Not a JPEG or PNG image')
  try {
    inspectImage(bytes)
    const image = format === 'jpeg' ? decodeJpeg(bytes) : decodePng(bytes)
    if (image.width < 1 || image.height < 1 || image.data.length < image.width * image.height * 4) {
      throw new DecodeError('Decoded image is empty')
    }
    return image
  } catch (error) {
    if (error instanceof DecodeError) throw error
    if (error instanceof ImageLimitError) throw new DecodeError(error.message)
    throw new DecodeError(
      `Could not decode ${format}: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
}
