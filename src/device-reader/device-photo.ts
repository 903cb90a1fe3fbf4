// Pixels in and out of the device reader, in the worker: a photo decoded as the server decodes it (stored
// orientation, a large JPEG reduced by the same power of two: server/image/decode-scaled.ts) and portraits
// encoded as base64 JPEG at the server's quality.
import { sniffImageFormat } from '#src/hkid/image-format.ts'
import { shrinkFor } from '#src/reader/read-scale.ts'
import type { RgbaImage } from '#src/reader/reader-image.ts'
import { boxShrink } from './box-shrink.ts'
import { withoutExif } from './without-exif.ts'

/** The server's portrait quality (server/image/encode-jpeg.ts PORTRAIT_JPEG_QUALITY, 85). */
const PORTRAIT_QUALITY = 0.85

/** The server's limit on a photo's size (server/image/image-header.ts MAX_RESOLUTION_MP, 40 MP). */
const MAX_PIXELS = 40_000_000

/** Bytes no decoder here reads (not JPEG or PNG, broken, or too large): the server's IMAGE_UNREADABLE. */
export class PhotoDecodeError extends Error {}

export interface DevicePhoto {
  image: RgbaImage
  /** Stored pixels per decoded pixel: corners are reported in the sent photo's own pixels */
  shrink: number
}

export async function decodeDevicePhoto(photo: Blob): Promise<DevicePhoto> {
  const bytes = new Uint8Array(await photo.arrayBuffer())
  const format = sniffImageFormat(bytes)
  if (format !== 'jpeg' && format !== 'png') throw new PhotoDecodeError(`not a JPEG or PNG: ${format}`)
  let bitmap: ImageBitmap
  try {
    const stored = format === 'jpeg' ? withoutExif(bytes) : bytes
    bitmap = await createImageBitmap(new Blob([stored as Uint8Array<ArrayBuffer>]), {
      premultiplyAlpha: 'none',
      colorSpaceConversion: 'none',
    })
  } catch (error) {
    throw new PhotoDecodeError(`could not decode: ${String(error)}`)
  }
  const { width, height } = bitmap
  if (width * height > MAX_PIXELS) {
    bitmap.close()
    throw new PhotoDecodeError('over the size limit')
  }
  const canvas = new OffscreenCanvas(width, height)
  const context = canvas.getContext('2d', { willReadFrequently: true })
  if (!context) throw new Error('no 2d context in this worker')
  context.drawImage(bitmap, 0, 0)
  bitmap.close()
  const full: RgbaImage = { width, height, data: context.getImageData(0, 0, width, height).data }
  // The server shrinks JPEGs only (a PNG is decoded whole), so the device does the same.
  const factor = format === 'jpeg' ? shrinkFor(width, height) : 1
  const image = boxShrink(full, factor)
  return { image, shrink: width / image.width }
}

function base64(bytes: Uint8Array): string {
  let text = ''
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(text)
}

export async function encodePortrait(image: RgbaImage): Promise<string> {
  const canvas = new OffscreenCanvas(image.width, image.height)
  const context = canvas.getContext('2d')
  if (!context) throw new Error('no 2d context in this worker')
  const pixels = new Uint8ClampedArray(image.data.length)
  pixels.set(image.data)
  context.putImageData(new ImageData(pixels, image.width, image.height), 0, 0)
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: PORTRAIT_QUALITY })
  return base64(new Uint8Array(await blob.arrayBuffer()))
}
