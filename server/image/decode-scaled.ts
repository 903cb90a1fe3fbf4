// Decodes a photo for the reader at the smallest size that keeps its text detail. JPEGs go to libjpeg-turbo
// (sharp; jpeg-js took ≈ 0.5 s of a 12 MP photo's reading), and a large one (a 12 MP phone photo) is reduced by a
// power of two chosen from its header before any pixel is decoded: libjpeg's DCT scaling does what sharp lets it
// (sharp keeps the last 2× for its filter, so 1/2 is a full decode averaged down, 1/4 a DCT 1/2 decode halved).
// Pixels stay in their stored order, as decodeImage leaves them: the EXIF orientation is not applied (the reader
// finds a card stored turned, long side first).
import sharp from 'sharp'
import { MIN_LONG_SIDE, shrinkFor } from '#src/reader/read-scale.ts'
import { DecodeError, MAX_RESOLUTION_MP, decodeImage, type RgbaImage } from './decode-image.ts'
import { inspectImage } from './image-header.ts'

export { MIN_LONG_SIDE, shrinkFor }

// decoded pixels are used once: libvips' cache would only keep megabytes of them alive
sharp.cache(false)

/** RGBA pixels and how many stored pixels each decoded one spans (1 for a picture decoded at full size). */
export interface ScaledImage {
  image: RgbaImage
  shrink: number
}

async function decodeJpegScaled(bytes: Uint8Array, minLongSide: number): Promise<ScaledImage> {
  // sharp checks the pixel cap on the frame header, before it allocates; a truncated or corrupt scan fails
  const options = { limitInputPixels: MAX_RESOLUTION_MP * 1_000_000, failOn: 'error' } as const
  const { width, height } = await sharp(bytes, options).metadata()
  if (!width || !height) throw new DecodeError('JPEG without a frame size')
  const shrink = shrinkFor(width, height, minLongSide)
  let pipeline = sharp(bytes, options)
  // a linear filter at an exact power of two is a plain average, and costs a tenth of sharp's lanczos
  if (shrink > 1)
    pipeline = pipeline.resize(Math.round(width / shrink), Math.round(height / shrink), {
      fit: 'fill',
      kernel: 'linear',
      fastShrinkOnLoad: true,
    })
  const { data, info } = await pipeline
    .toColourspace('srgb')
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true })
  const image = {
    width: info.width,
    height: info.height,
    data: new Uint8Array(data.buffer, data.byteOffset, data.length),
  }
  return { image, shrink: width / info.width }
}

/**
 * Decodes JPEG or PNG bytes to RGBA for the reader, a large JPEG at a reduced scale; anything else, or a broken
 * file, throws DecodeError as decodeImage does.
 */
export async function decodeScaled(bytes: Uint8Array, minLongSide = MIN_LONG_SIDE): Promise<ScaledImage> {
  // Declared size and scans first (decodeImage checks them too): a file over them never reaches a decoder
  let format: 'jpeg' | 'png'
  try {
    format = inspectImage(bytes).format
  } catch (error) {
    throw new DecodeError(error instanceof Error ? error.message : String(error))
  }
  if (format !== 'jpeg') return { image: decodeImage(bytes), shrink: 1 }
  try {
    return await decodeJpegScaled(bytes, minLongSide)
  } catch (error) {
    if (error instanceof DecodeError) throw error
    throw new DecodeError(`Could not decode jpeg: ${error instanceof Error ? error.message : String(error)}`)
  }
}
