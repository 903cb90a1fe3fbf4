// What the emulator really looks at in an uploaded card image: it decodes it, measures blur and glare on a
// small grey copy, and cuts the portraits by the specimen layout on the card it locates (locate-card.ts),
// so warnings and crops follow the actual pixels.
import jpeg from 'jpeg-js'
import pngjs from 'pngjs'
import { cardBoxInImage, locateCard } from './locate-card.ts'
import type { CardBox } from './specimen-layout.ts'
import { PRIMARY_PORTRAIT, SECONDARY_PORTRAIT } from './specimen-layout.ts'
import { sniffImageFormat } from '#src/hkid/image-format.ts'

/** Long edge of the grey copy the measures run on; keeps them comparable across camera resolutions. */
export const ANALYSIS_LONG_EDGE = 512
/** Variance of the Laplacian below which the card counts as blurred (-9108). */
export const BLUR_VARIANCE_THRESHOLD = 150
/** Luminance at or above which a pixel counts as saturated glare; card stock photographs well below it. */
export const GLARE_LUMINANCE = 250
/** Share of saturated pixels above which the card counts as glared (-9107). */
export const GLARE_SHARE_THRESHOLD = 0.04
/** JPEG quality of the portrait crops. */
export const PORTRAIT_JPEG_QUALITY = 85

/** Tencent's WarnCardInfos codes for a blurry card and for reflective glare. */
export const WARN_BLUR = -9108
export const WARN_GLARE = -9107

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

/** One luminance value (0–255) per pixel, row-major. */
export interface GreyImage {
  width: number
  height: number
  data: Float32Array
}

export interface ImageMeasures {
  width: number
  height: number
  /** Variance of the 4-neighbour Laplacian on the grey copy: low means few sharp edges. */
  blurVariance: number
  /** Share (0–1) of grey-copy pixels at or above GLARE_LUMINANCE. */
  glareShare: number
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

/** Rec. 601 luminance averaged over area bins, so no pixel is skipped however large the photo. */
export function toGreyDownscaled(image: RgbaImage, longEdge = ANALYSIS_LONG_EDGE): GreyImage {
  const scale = Math.min(1, longEdge / Math.max(image.width, image.height))
  const width = Math.max(1, Math.round(image.width * scale))
  const height = Math.max(1, Math.round(image.height * scale))
  const sums = new Float64Array(width * height)
  const counts = new Uint32Array(width * height)
  const columnBin = new Uint32Array(image.width)
  for (let x = 0; x < image.width; x++)
    columnBin[x] = Math.min(width - 1, Math.floor((x * width) / image.width))
  const { data } = image
  for (let y = 0; y < image.height; y++) {
    const rowOffset = Math.min(height - 1, Math.floor((y * height) / image.height)) * width
    let p = y * image.width * 4
    for (let x = 0; x < image.width; x++, p += 4) {
      const bin = rowOffset + (columnBin[x] ?? 0)
      sums[bin] =
        (sums[bin] ?? 0) + 0.299 * (data[p] ?? 0) + 0.587 * (data[p + 1] ?? 0) + 0.114 * (data[p + 2] ?? 0)
      counts[bin] = (counts[bin] ?? 0) + 1
    }
  }
  const grey = new Float32Array(width * height)
  for (let i = 0; i < grey.length; i++) grey[i] = (sums[i] ?? 0) / Math.max(1, counts[i] ?? 0)
  return { width, height, data: grey }
}

/** Variance of the 4-neighbour Laplacian over interior pixels: the classic focus measure. */
export function laplacianVariance(grey: GreyImage): number {
  const { width, height, data } = grey
  if (width < 3 || height < 3) return 0
  let sum = 0
  let sumSquares = 0
  let n = 0
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      const i = y * width + x
      const lap =
        (data[i - 1] ?? 0) +
        (data[i + 1] ?? 0) +
        (data[i - width] ?? 0) +
        (data[i + width] ?? 0) -
        4 * (data[i] ?? 0)
      sum += lap
      sumSquares += lap * lap
      n++
    }
  }
  const mean = sum / n
  return sumSquares / n - mean * mean
}

/** Share of pixels whose luminance is saturated (≥ threshold). */
export function glareShare(grey: GreyImage, threshold = GLARE_LUMINANCE): number {
  let saturated = 0
  for (const value of grey.data) if (value >= threshold) saturated++
  return grey.data.length === 0 ? 0 : saturated / grey.data.length
}

export function measureImage(image: RgbaImage): ImageMeasures {
  const grey = toGreyDownscaled(image)
  return {
    width: image.width,
    height: image.height,
    blurVariance: laplacianVariance(grey),
    glareShare: glareShare(grey),
  }
}

/** The WarnCardInfos codes the measures call for, in Tencent's order of seriousness (blur first). */
export function warningsFor(measures: ImageMeasures): number[] {
  const warnings: number[] = []
  if (measures.blurVariance < BLUR_VARIANCE_THRESHOLD) warnings.push(WARN_BLUR)
  if (measures.glareShare > GLARE_SHARE_THRESHOLD) warnings.push(WARN_GLARE)
  return warnings
}

/** Copies the box (fractions of the image) out of the image, clamped to its bounds. */
export function cropBox(image: RgbaImage, box: CardBox): RgbaImage {
  const x0 = Math.max(0, Math.min(image.width - 1, Math.round(box.x * image.width)))
  const y0 = Math.max(0, Math.min(image.height - 1, Math.round(box.y * image.height)))
  const width = Math.max(1, Math.min(image.width - x0, Math.round(box.w * image.width)))
  const height = Math.max(1, Math.min(image.height - y0, Math.round(box.h * image.height)))
  const data = new Uint8Array(width * height * 4)
  for (let y = 0; y < height; y++) {
    const from = ((y0 + y) * image.width + x0) * 4
    data.set(image.data.subarray(from, from + width * 4), y * width * 4)
  }
  return { width, height, data }
}

export function encodeJpegBase64(image: RgbaImage, quality = PORTRAIT_JPEG_QUALITY): string {
  const encoded = jpeg.encode({ width: image.width, height: image.height, data: image.data }, quality)
  return Buffer.from(encoded.data.buffer, encoded.data.byteOffset, encoded.data.length).toString('base64')
}

export interface Portraits {
  head: string
  smallHead: string
}

/**
 * The large and small portraits as base64 JPEGs, cut where the specimen layout puts them on the card as
 * located in the image (the whole image when the card fills it or cannot be told from the background).
 */
export function cutPortraits(image: RgbaImage): Portraits {
  const card = locateCard(image)
  return {
    head: encodeJpegBase64(cropBox(image, cardBoxInImage(PRIMARY_PORTRAIT, card, image))),
    smallHead: encodeJpegBase64(cropBox(image, cardBoxInImage(SECONDARY_PORTRAIT, card, image))),
  }
}
