// The focus measure the blur warning (-9108) rests on, for the reader and the emulator alike.
import type { GreyImage } from '../grey-image.ts'

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
