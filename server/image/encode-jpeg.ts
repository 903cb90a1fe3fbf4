// The one JPEG encoder on the server side: portraits in answers, and the test and bench images drawn from pixels.
import jpeg from 'jpeg-js'
import type { RgbaImage } from '#src/reader/reader-image.ts'

/** JPEG quality of the portrait crops in an answer. */
export const PORTRAIT_JPEG_QUALITY = 85

export function encodeJpeg(image: RgbaImage, quality = 90): Uint8Array {
  const encoded = jpeg.encode({ width: image.width, height: image.height, data: image.data }, quality)
  return new Uint8Array(encoded.data.buffer, encoded.data.byteOffset, encoded.data.length)
}

/** A portrait as the answer carries it: base64 JPEG. */
export function encodeJpegBase64(image: RgbaImage, quality = PORTRAIT_JPEG_QUALITY): string {
  const encoded = encodeJpeg(image, quality)
  return Buffer.from(encoded.buffer, encoded.byteOffset, encoded.length).toString('base64')
}
