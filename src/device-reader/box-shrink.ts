// A decoded photo reduced by a whole factor the way the server's decoder reduces it: each output pixel the plain
// average of the block of stored pixels it covers (sharp's linear filter at an exact power of two is that average).
import type { RgbaImage } from '#src/reader/reader-image.ts'

/** The image `factor` times smaller on each side (rounded as the server rounds); the last blocks may be partial. */
export function boxShrink(image: RgbaImage, factor: number): RgbaImage {
  if (factor <= 1) return image
  const { width: w, height: h, data } = image
  const width = Math.max(1, Math.round(w / factor))
  const height = Math.max(1, Math.round(h / factor))
  const out = new Uint8Array(width * height * 4)
  const sums = new Float64Array(width * 4)
  const counts = new Uint32Array(width)
  for (let y = 0; y < height; y++) {
    sums.fill(0)
    counts.fill(0)
    const yEnd = Math.min(h, (y + 1) * factor)
    for (let sy = y * factor; sy < yEnd; sy++) {
      const row = sy * w * 4
      for (let sx = 0; sx < w; sx++) {
        const x = Math.min(width - 1, Math.floor(sx / factor))
        const i = row + sx * 4
        const o = x * 4
        sums[o] = sums[o]! + data[i]!
        sums[o + 1] = sums[o + 1]! + data[i + 1]!
        sums[o + 2] = sums[o + 2]! + data[i + 2]!
        sums[o + 3] = sums[o + 3]! + data[i + 3]!
        counts[x] = counts[x]! + 1
      }
    }
    for (let x = 0; x < width; x++) {
      const n = counts[x] || 1
      const o = (y * width + x) * 4
      for (let c = 0; c < 4; c++) out[o + c] = Math.round(sums[x * 4 + c]! / n)
    }
  }
  return { width, height, data: out }
}
