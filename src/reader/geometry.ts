// Plane geometry the stages share: convex hull and minimum-area rectangle (cv2.minAreaRect's job in PaddleOCR's
// DB post-processing), corner ordering, and quads.

export type Point = readonly [number, number]
/** Four corners clockwise from top-left: TL, TR, BR, BL */
export type Quad = readonly [Point, Point, Point, Point]

function cross(o: Point, a: Point, b: Point): number {
  return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])
}

/** Andrew's monotone chain. */
export function convexHull(points: readonly Point[]): Point[] {
  if (points.length < 3) return points.slice()
  const sorted = points.slice().sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const lower: Point[] = []
  for (const p of sorted) {
    while (lower.length >= 2 && cross(lower[lower.length - 2]!, lower[lower.length - 1]!, p) <= 0) lower.pop()
    lower.push(p)
  }
  const upper: Point[] = []
  for (let i = sorted.length - 1; i >= 0; i--) {
    const p = sorted[i]!
    while (upper.length >= 2 && cross(upper[upper.length - 2]!, upper[upper.length - 1]!, p) <= 0) upper.pop()
    upper.push(p)
  }
  upper.pop()
  lower.pop()
  return lower.concat(upper)
}

/** The unit normal of side a → b that points away from centre (out of the quad the side belongs to). */
export function outwardNormal(a: Point, b: Point, centre: Point): Point {
  const dx = b[0] - a[0]
  const dy = b[1] - a[1]
  const length = Math.hypot(dx, dy)
  const nx = -dy / length
  const ny = dx / length
  const inward = (centre[0] - (a[0] + b[0]) / 2) * nx + (centre[1] - (a[1] + b[1]) / 2) * ny > 0
  return inward ? [-nx, -ny] : [nx, ny]
}

export interface RotatedRect {
  cx: number
  cy: number
  w: number
  h: number
  /** unit vector along w */
  ux: number
  uy: number
}

/** Minimum-area enclosing rectangle by rotating calipers over the hull's edges. */
export function minAreaRect(points: readonly Point[]): RotatedRect {
  const hull = convexHull(points)
  const first = hull[0]
  if (!first) return { cx: 0, cy: 0, w: 0, h: 0, ux: 1, uy: 0 }
  if (hull.length < 3) {
    const last = hull[hull.length - 1]!
    const dx = last[0] - first[0]
    const dy = last[1] - first[1]
    const len = Math.hypot(dx, dy)
    return {
      cx: (first[0] + last[0]) / 2,
      cy: (first[1] + last[1]) / 2,
      w: len,
      h: 0,
      ux: len > 0 ? dx / len : 1,
      uy: len > 0 ? dy / len : 0,
    }
  }
  let best: RotatedRect = { cx: 0, cy: 0, w: 0, h: 0, ux: 1, uy: 0 }
  let bestArea = Infinity
  for (let i = 0; i < hull.length; i++) {
    const a = hull[i]!
    const b = hull[(i + 1) % hull.length]!
    const len = Math.hypot(b[0] - a[0], b[1] - a[1])
    if (len === 0) continue
    const ux = (b[0] - a[0]) / len
    const uy = (b[1] - a[1]) / len
    let minU = Infinity
    let maxU = -Infinity
    let minV = Infinity
    let maxV = -Infinity
    for (const p of hull) {
      const u = p[0] * ux + p[1] * uy
      const v = -p[0] * uy + p[1] * ux
      if (u < minU) minU = u
      if (u > maxU) maxU = u
      if (v < minV) minV = v
      if (v > maxV) maxV = v
    }
    const area = (maxU - minU) * (maxV - minV)
    if (area < bestArea) {
      bestArea = area
      const cu = (minU + maxU) / 2
      const cv = (minV + maxV) / 2
      best = { cx: cu * ux - cv * uy, cy: cu * uy + cv * ux, w: maxU - minU, h: maxV - minV, ux, uy }
    }
  }
  return best
}

export function rectCorners(r: RotatedRect): Point[] {
  const hx = (r.ux * r.w) / 2
  const hy = (r.uy * r.w) / 2
  const vx = (-r.uy * r.h) / 2
  const vy = (r.ux * r.h) / 2
  return [
    [r.cx - hx - vx, r.cy - hy - vy],
    [r.cx + hx - vx, r.cy + hy - vy],
    [r.cx + hx + vx, r.cy + hy + vy],
    [r.cx - hx + vx, r.cy - hy + vy],
  ]
}

/** TL, TR, BR, BL from any four corners of a roughly axis-aligned box (PaddleOCR get_mini_boxes). */
export function orderQuad(points: readonly Point[]): Quad {
  const s = points.slice().sort((a, b) => a[0] - b[0])
  const [a, b, c, d] = [s[0]!, s[1]!, s[2]!, s[3]!]
  const [tl, bl] = a[1] <= b[1] ? [a, b] : [b, a]
  const [tr, br] = c[1] <= d[1] ? [c, d] : [d, c]
  return [tl, tr, br, bl]
}

/**
 * DB's unclip: PaddleOCR grows the shrunk text kernel by area × ratio / perimeter with a polygon offset; for a
 * rectangle that is the rectangle grown by that distance on every side.
 */
export function unclipRect(r: RotatedRect, ratio: number): RotatedRect {
  const perimeter = 2 * (r.w + r.h)
  const d = perimeter > 0 ? (r.w * r.h * ratio) / perimeter : 0
  return { ...r, w: r.w + 2 * d, h: r.h + 2 * d }
}

export function distance(a: Point, b: Point): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1])
}

export function quadBounds(q: Quad): { x0: number; y0: number; x1: number; y1: number } {
  const xs = q.map((p) => p[0])
  const ys = q.map((p) => p[1])
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) }
}

/** Signed area (shoelace); positive for clockwise corners in y-down image coordinates. */
export function quadArea(q: Quad): number {
  let sum = 0
  for (let i = 0; i < 4; i++) {
    const a = q[i]!
    const b = q[(i + 1) % 4]!
    sum += a[0] * b[1] - b[0] * a[1]
  }
  return sum / 2
}

export function isConvex(q: Quad): boolean {
  let sign = 0
  for (let i = 0; i < 4; i++) {
    const c = cross(q[i]!, q[(i + 1) % 4]!, q[(i + 2) % 4]!)
    if (c === 0) return false
    if (sign === 0) sign = Math.sign(c)
    else if (Math.sign(c) !== sign) return false
  }
  return true
}
