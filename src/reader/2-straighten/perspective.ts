// Stage 2, straightening: the homography that maps the card's own coordinates onto its four corners in the photo, and
// the warp that resamples the photo through it into an upright card of fixed size.
import { addBilinear, type RgbaImage } from '../reader-image.ts'
import { distance, type Point, type Quad } from '../geometry.ts'

/** 3×3 matrix, row-major, h[8] = 1. */
export type Homography = readonly number[]

/** Solves A x = b in place by Gaussian elimination with partial pivoting; null when singular. */
function solve(a: number[][], b: number[]): number[] | null {
  const n = b.length
  for (let col = 0; col < n; col++) {
    let pivot = col
    for (let row = col + 1; row < n; row++)
      if (Math.abs(a[row]![col]!) > Math.abs(a[pivot]![col]!)) pivot = row
    if (Math.abs(a[pivot]![col]!) < 1e-12) return null
    ;[a[col], a[pivot]] = [a[pivot]!, a[col]!]
    ;[b[col], b[pivot]] = [b[pivot]!, b[col]!]
    for (let row = col + 1; row < n; row++) {
      const f = a[row]![col]! / a[col]![col]!
      for (let k = col; k < n; k++) a[row]![k] = a[row]![k]! - f * a[col]![k]!
      b[row] = b[row]! - f * b[col]!
    }
  }
  const x = new Array<number>(n).fill(0)
  for (let row = n - 1; row >= 0; row--) {
    let sum = b[row]!
    for (let k = row + 1; k < n; k++) sum -= a[row]![k]! * x[k]!
    x[row] = sum / a[row]![row]!
  }
  return x
}

/** The homography taking each `from` point to the matching `to` point (four pairs); null when degenerate. */
export function homographyFrom(from: Quad, to: Quad): Homography | null {
  const a: number[][] = []
  const b: number[] = []
  for (let i = 0; i < 4; i++) {
    const [x, y] = from[i]!
    const [u, v] = to[i]!
    a.push([x, y, 1, 0, 0, 0, -u * x, -u * y])
    b.push(u)
    a.push([0, 0, 0, x, y, 1, -v * x, -v * y])
    b.push(v)
  }
  const h = solve(a, b)
  return h ? [...h, 1] : null
}

export function applyHomography(h: Homography, x: number, y: number): Point {
  const w = h[6]! * x + h[7]! * y + h[8]!
  return [(h[0]! * x + h[1]! * y + h[2]!) / w, (h[3]! * x + h[4]! * y + h[5]!) / w]
}

/** Corners of a width × height rectangle in the order TL, TR, BR, BL. */
export function rectangleQuad(width: number, height: number): Quad {
  return [
    [0, 0],
    [width, 0],
    [width, height],
    [0, height],
  ]
}

/**
 * Resamples the quad of `image` into an upright width × height image. Where the quad is larger than the output
 * each output pixel averages k × k bilinear samples, so a 12 MP photo does not alias into the card.
 */
export function warpQuad(image: RgbaImage, quad: Quad, width: number, height: number): RgbaImage {
  const h = homographyFrom(rectangleQuad(width, height), quad)
  if (!h) throw new RangeError('degenerate quad')
  const scale = Math.max(distance(quad[0], quad[1]) / width, distance(quad[0], quad[3]) / height)
  const k = Math.max(1, Math.min(4, Math.round(scale)))
  const out = new Uint8Array(width * height * 4)
  const px = new Float32Array(3)
  const inv = 1 / (k * k)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      px[0] = px[1] = px[2] = 0
      for (let sy = 0; sy < k; sy++) {
        for (let sx = 0; sx < k; sx++) {
          const [u, v] = applyHomography(h, x + (sx + 0.5) / k, y + (sy + 0.5) / k)
          addBilinear(image, u - 0.5, v - 0.5, px, 0)
        }
      }
      const o = (y * width + x) * 4
      out[o] = px[0]! * inv + 0.5
      out[o + 1] = px[1]! * inv + 0.5
      out[o + 2] = px[2]! * inv + 0.5
      out[o + 3] = 255
    }
  }
  return { width, height, data: out }
}
