// A small grey copy of an image: what blur, glare and card-finding measures run on, so they are comparable across
// camera resolutions.
import type { RgbaImage } from './reader-image.ts'

/** Long edge of the grey copy the measures run on. */
export const ANALYSIS_LONG_EDGE = 512

/** One luminance value (0–255) per pixel, row-major. */
export interface GreyImage {
  width: number
  height: number
  data: Float32Array
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
