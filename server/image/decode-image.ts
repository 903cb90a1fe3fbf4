// Decodes an uploaded JPEG or PNG to RGBA pixels, refusing anything that is not one, is broken, or would
// allocate more than a phone photo needs.
import jpeg from 'jpeg-js'
import pngjs from 'pngjs'
import { sniffImageFormat } from '#src/hkid/image-format.ts'

// Caps that stop a tiny "decompression bomb" from allocating gigabytes; a 12 MP phone photo fits easily.
const MAX_RESOLUTION_MP = 40
const MAX_JPEG_MEMORY_MB = 512

export class DecodeError extends Error {
  override readonly name = 'DecodeError'
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
  // pngjs has no size cap of its own, so read the IHDR dimensions before letting it allocate.
  if (bytes.length < 24) throw new DecodeError('PNG too short')
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const width = view.getUint32(16)
  const height = view.getUint32(20)
  if (width === 0 || height === 0 || width * height > MAX_RESOLUTION_MP * 1_000_000) {
    throw new DecodeError(`PNG dimensions ${width}x${height} out of range`)
  }
  const png = pngjs.PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
  return {
    width: png.width,
    height: png.height,
    data: new Uint8Array(png.data.buffer, png.data.byteOffset, png.data.length),
  }
}

/** Decodes JPEG or PNG bytes to RGBA; anything else, or a broken file, throws DecodeError. */
export function decodeImage(bytes: Uint8Array): RgbaImage {
  const format = sniffFormat(bytes)
  if (!format) throw new DecodeError('Not a JPEG or PNG image')
  try {
    const image = format === 'jpeg' ? decodeJpeg(bytes) : decodePng(bytes)
    if (image.width < 1 || image.height < 1 || image.data.length < image.width * image.height * 4) {
      throw new DecodeError('Decoded image is empty')
    }
    return image
  } catch (error) {
    if (error instanceof DecodeError) throw error
    throw new DecodeError(
      `Could not decode ${format}: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
}
