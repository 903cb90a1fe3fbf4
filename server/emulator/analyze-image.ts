// What the emulator really looks at in an uploaded card image: it decodes it, measures blur and glare on a
// small grey copy, and cuts the portraits by the specimen layout on the card it locates (locate-card.ts),
// so warnings and crops follow the actual pixels.
import jpeg from 'jpeg-js'
import { cardBoxInImage, locateCard } from './locate-card.ts'
import { PRIMARY_PORTRAIT, SECONDARY_PORTRAIT } from './specimen-layout.ts'
import type { RgbaImage } from '#src/reader/reader-image.ts'
import { toGreyDownscaled } from '#src/reader/grey-image.ts'
import { cropFraction } from '#src/reader/reader-image.ts'
import { glareShare, laplacianVariance } from '#src/reader/image-measures.ts'
import { WARN_BLUR, WARN_GLARE } from '#src/hkid/card-warnings.ts'

/** Variance of the Laplacian below which the card counts as blurred (-9108). */
export const BLUR_VARIANCE_THRESHOLD = 150
/** Share of saturated pixels above which the card counts as glared (-9107). */
export const GLARE_SHARE_THRESHOLD = 0.04
/** JPEG quality of the portrait crops. */
export const PORTRAIT_JPEG_QUALITY = 85

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
    head: encodeJpegBase64(cropFraction(image, cardBoxInImage(PRIMARY_PORTRAIT, card, image))),
    smallHead: encodeJpegBase64(cropFraction(image, cardBoxInImage(SECONDARY_PORTRAIT, card, image))),
  }
}
