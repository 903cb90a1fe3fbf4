// What the emulator really looks at in an uploaded card image: it decodes it, measures blur and glare on a
// small grey copy, and cuts the portraits by the specimen layout on the card it locates (locate-card.ts),
// so warnings and crops follow the actual pixels.
import jpeg from 'jpeg-js'
import { cardBoxInImage, locateCard } from './locate-card.ts'
import type { CardBox } from './specimen-layout.ts'
import { PRIMARY_PORTRAIT, SECONDARY_PORTRAIT } from './specimen-layout.ts'
import type { RgbaImage } from '#server/image/decode-image.ts'
import { toGreyDownscaled } from '#src/reader/grey-image.ts'
import { glareShare, laplacianVariance } from '#src/reader/image-measures.ts'

/** Variance of the Laplacian below which the card counts as blurred (-9108). */
export const BLUR_VARIANCE_THRESHOLD = 150
/** Share of saturated pixels above which the card counts as glared (-9107). */
export const GLARE_SHARE_THRESHOLD = 0.04
/** JPEG quality of the portrait crops. */
export const PORTRAIT_JPEG_QUALITY = 85

/** Tencent's WarnCardInfos codes for a blurry card and for reflective glare. */
export const WARN_BLUR = -9108
export const WARN_GLARE = -9107

export interface ImageMeasures {
  width: number
  height: number
  /** Variance of the 4-neighbour Laplacian on the grey copy: low means few sharp edges. */
  blurVariance: number
  /** Share (0–1) of grey-copy pixels at or above GLARE_LUMINANCE. */
  glareShare: number
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
