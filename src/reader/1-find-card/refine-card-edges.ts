// Stage 1b: the coarse outline found on a 512-pixel copy is off by a pixel or two there, several in a 12 MP
// photo. Each side is re-measured on a larger copy — the steepest step in brightness along its normal at a
// few dozen points, to a fraction of a pixel — and refitted as a straight line; corners are where lines meet.
import { outwardNormal, type Point, type Quad } from '../geometry.ts'
import { smoothGrey } from './edge-map.ts'
import { toGreyDownscaled, type GreyImage } from '../grey-image.ts'
import type { RgbaImage } from '../reader-image.ts'

const SAMPLES = 40
const SEARCH = 6
const STEP = 0.5
const MIN_STEP = 3

function greyAt(grey: GreyImage, x: number, y: number): number {
  const { width: w, height: h, data } = grey
  const cx = Math.min(Math.max(x - 0.5, 0), w - 1)
  const cy = Math.min(Math.max(y - 0.5, 0), h - 1)
  const x0 = Math.floor(cx)
  const y0 = Math.floor(cy)
  const x1 = Math.min(x0 + 1, w - 1)
  const y1 = Math.min(y0 + 1, h - 1)
  const fx = cx - x0
  const fy = cy - y0
  const top = data[y0 * w + x0]! * (1 - fx) + data[y0 * w + x1]! * fx
  const bottom = data[y1 * w + x0]! * (1 - fx) + data[y1 * w + x1]! * fx
  return top * (1 - fy) + bottom * fy
}

interface FittedLine {
  /** A point on the line and its unit direction */
  px: number
  py: number
  dx: number
  dy: number
}

/** Total least squares through the points (principal axis). */
function fitLine(points: Point[]): FittedLine {
  const n = points.length
  const mx = points.reduce((s, p) => s + p[0], 0) / n
  const my = points.reduce((s, p) => s + p[1], 0) / n
  let sxx = 0
  let sxy = 0
  let syy = 0
  for (const [x, y] of points) {
    sxx += (x - mx) ** 2
    sxy += (x - mx) * (y - my)
    syy += (y - my) ** 2
  }
  const angle = 0.5 * Math.atan2(2 * sxy, sxx - syy)
  return { px: mx, py: my, dx: Math.cos(angle), dy: Math.sin(angle) }
}

function distanceToLine(line: FittedLine, p: Point): number {
  return Math.abs((p[0] - line.px) * line.dy - (p[1] - line.py) * line.dx)
}

/** The side a → b re-measured; null when too few points show a clear edge. */
function refineSide(grey: GreyImage, a: Point, b: Point, centre: Point): FittedLine | null {
  const dx = b[0] - a[0]
  const dy = b[1] - a[1]
  const [nx, ny] = outwardNormal(a, b, centre)
  const found: { point: Point; step: number }[] = []
  for (let s = 0; s < SAMPLES; s++) {
    const t = 0.1 + (0.8 * (s + 0.5)) / SAMPLES
    const x = a[0] + dx * t
    const y = a[1] + dy * t
    const profile: number[] = []
    for (let o = -SEARCH - STEP; o <= SEARCH + STEP + 1e-9; o += STEP)
      profile.push(greyAt(grey, x + nx * o, y + ny * o))
    let best = -1
    let bestStep = 0
    for (let k = 1; k < profile.length - 1; k++) {
      const step = Math.abs(profile[k + 1]! - profile[k - 1]!)
      if (step > bestStep) {
        bestStep = step
        best = k
      }
    }
    if (best < 2 || best > profile.length - 3 || bestStep < MIN_STEP) continue
    // parabola through the three steps around the peak, for a sub-sample position
    const left = Math.abs(profile[best]! - profile[best - 2]!)
    const right = Math.abs(profile[best + 2]! - profile[best]!)
    const denominator = left - 2 * bestStep + right
    const shift = denominator !== 0 ? (0.5 * (left - right)) / denominator : 0
    const offset = -SEARCH - STEP + (best + Math.max(-0.5, Math.min(0.5, shift))) * STEP
    found.push({ point: [x + nx * offset, y + ny * offset], step: bestStep })
  }
  if (found.length < SAMPLES / 4) return null
  let points = found.map((f) => f.point)
  let line = fitLine(points)
  for (let round = 0; round < 2; round++) {
    const kept = points.filter((p) => distanceToLine(line, p) < 1.5)
    if (kept.length < SAMPLES / 4) return null
    points = kept
    line = fitLine(points)
  }
  return line
}

function meet(a: FittedLine, b: FittedLine): Point | null {
  const det = a.dx * b.dy - a.dy * b.dx
  if (Math.abs(det) < 1e-6) return null
  const t = ((b.px - a.px) * b.dy - (b.py - a.py) * b.dx) / det
  return [a.px + a.dx * t, a.py + a.dy * t]
}

/** The quad (full-resolution pixels) with each side refitted on a copy whose long edge is `edge`. */
export function refineQuad(image: RgbaImage, quad: Quad, edge: number): Quad {
  const grey = smoothGrey(toGreyDownscaled(image, edge))
  const s = grey.width / image.width
  const q = quad.map((p): Point => [p[0] * s, p[1] * s])
  const centre: Point = [q.reduce((t, p) => t + p[0], 0) / 4, q.reduce((t, p) => t + p[1], 0) / 4]
  const sides = [0, 1, 2, 3].map((i) => refineSide(grey, q[i]!, q[(i + 1) % 4]!, centre))
  const corners: Point[] = []
  for (let i = 0; i < 4; i++) {
    const before = sides[(i + 3) % 4]
    const after = sides[i]
    const corner = before && after ? meet(before, after) : null
    // a corner moves only when both its sides were re-measured, and never far
    const coarse = q[i]!
    corners.push(
      corner && Math.hypot(corner[0] - coarse[0], corner[1] - coarse[1]) < 4 * SEARCH ? corner : coarse,
    )
  }
  return corners.map((p): Point => [p[0] / s, p[1] / s]) as unknown as Quad
}
