// Where the card lands in a scene: its four corners from a pose (size, position, in-plane rotation, a mild tilt
// seen in perspective), the homography that draws it there, and the corners again after EXIF rotation.

export type Point = readonly [number, number]
/** Card corners in card order: top-left, top-right, bottom-right, bottom-left (as printed, whatever the pose). */
export type Quad = readonly [Point, Point, Point, Point]
/** Row-major 3 × 3 matrix. */
export type Homography = readonly [number, number, number, number, number, number, number, number, number]

export interface CardPose {
  frameWidth: number
  frameHeight: number
  /** Card width (before tilt) as a share of the frame width. */
  widthShare: number
  /** Card centre as shares of the frame. */
  centre: Point
  /** In-plane rotation, degrees, clockwise on screen. */
  rotationDeg: number
  /** Tilt about the card's horizontal axis (top edge away from the camera when positive), degrees. */
  tiltXDeg: number
  /** Tilt about the card's vertical axis (right edge away when positive), degrees. */
  tiltYDeg: number
  /** Card aspect ratio, width / height. */
  aspect: number
}

const rad = (deg: number) => (deg * Math.PI) / 180

/** Projects the card's corners through a pinhole camera with a focal length of 1.2 frame diagonals' worth. */
export function cardCorners(pose: CardPose): Quad {
  const w = pose.widthShare * pose.frameWidth
  const h = w / pose.aspect
  const focal = 1.2 * Math.hypot(pose.frameWidth, pose.frameHeight)
  const [cx, cy] = [pose.centre[0] * pose.frameWidth, pose.centre[1] * pose.frameHeight]
  const rz = rad(pose.rotationDeg)
  const rx = rad(pose.tiltXDeg)
  const ry = rad(pose.tiltYDeg)
  const corner = ([x, y]: Point): Point => {
    // In-plane rotation, then tilt about x, then about y; the card's centre stays at depth `focal`.
    const x1 = x * Math.cos(rz) - y * Math.sin(rz)
    const y1 = x * Math.sin(rz) + y * Math.cos(rz)
    const y2 = y1 * Math.cos(rx)
    const z2 = -y1 * Math.sin(rx)
    const x3 = x1 * Math.cos(ry) - z2 * Math.sin(ry)
    const z3 = x1 * Math.sin(ry) + z2 * Math.cos(ry)
    const s = focal / (focal + z3)
    return [cx + x3 * s, cy + y2 * s]
  }
  return [corner([-w / 2, -h / 2]), corner([w / 2, -h / 2]), corner([w / 2, h / 2]), corner([-w / 2, h / 2])]
}

/** Solves A·x = b (n × n) by Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length
  const m = a.map((row, i) => [...row, b[i]!])
  for (let col = 0; col < n; col++) {
    let pivot = col
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r
    if (Math.abs(m[pivot]![col]!) < 1e-12) throw new Error('homography: degenerate quadrilateral')
    ;[m[col], m[pivot]] = [m[pivot]!, m[col]!]
    for (let r = 0; r < n; r++) {
      if (r === col) continue
      const f = m[r]![col]! / m[col]![col]!
      for (let k = col; k <= n; k++) m[r]![k]! -= f * m[col]![k]!
    }
  }
  return m.map((row, i) => row[n]! / row[i]!)
}

/** The homography H with H·from[i] ∝ to[i] for the four point pairs. */
export function homography(from: Quad, to: Quad): Homography {
  const a: number[][] = []
  const b: number[] = []
  from.forEach(([x, y], i) => {
    const [u, v] = to[i]!
    a.push([x, y, 1, 0, 0, 0, -u * x, -u * y])
    b.push(u)
    a.push([0, 0, 0, x, y, 1, -v * x, -v * y])
    b.push(v)
  })
  const [h0, h1, h2, h3, h4, h5, h6, h7] = solve(a, b) as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ]
  return [h0, h1, h2, h3, h4, h5, h6, h7, 1]
}

export function applyHomography(h: Homography, [x, y]: Point): Point {
  const w = h[6] * x + h[7] * y + h[8]
  return [(h[0] * x + h[1] * y + h[2]) / w, (h[3] * x + h[4] * y + h[5]) / w]
}

export const UNIT_SQUARE: Quad = [
  [0, 0],
  [1, 0],
  [1, 1],
  [0, 1],
]

/** A point on the card, in shares of its width and height, in the scene. */
export function pointOnCard(corners: Quad, at: Point): Point {
  return applyHomography(homography(UNIT_SQUARE, corners), at)
}

export type Orientation = 1 | 3 | 6 | 8

/** Clockwise quarter turns from the upright scene to the stored pixels for an EXIF orientation. */
export const STORE_TURNS: Record<Orientation, number> = { 1: 0, 3: 2, 6: 3, 8: 1 }

/** Where an upright-scene point lies in the stored pixels of an image with this EXIF orientation. */
export function storedPoint([x, y]: Point, orientation: Orientation, width: number, height: number): Point {
  switch (STORE_TURNS[orientation]) {
    case 1:
      return [height - y, x]
    case 2:
      return [width - x, height - y]
    case 3:
      return [y, width - x]
    default:
      return [x, y]
  }
}

export function bounds(points: readonly Point[]): { x0: number; y0: number; x1: number; y1: number } {
  const xs = points.map((p) => p[0])
  const ys = points.map((p) => p[1])
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) }
}
