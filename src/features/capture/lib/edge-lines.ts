// Straight edges in a grey image: maps of near-vertical and near-horizontal edge pixels, and the
// long straight runs through them at small angles. The card finder assembles these into a card.
import type { LumaImage } from './luma-image.ts'

/** Angles searched either side of vertical/horizontal: a hand-held card is rarely turned further. */
export const MAX_TILT = Math.tan((9 * Math.PI) / 180)
const ANGLE_STEPS = 12
/** How far a tracked edge may move between frames: pixels, and slope. */
const TRACK_AT = 10
const TRACK_SLOPE = 0.035
/** Missing pixels a run may bridge: print touching the edge, JPEG ringing, a knot in the desk. */
const MAX_GAP = 8

/** Slopes are kept in hundredths; this marks a pixel with no edge of that orientation. */
export const NO_EDGE = -128
/** How far (hundredths of slope, ≈ 3° each 5) an edge pixel's own direction may differ from a line's. */
const SLOPE_TOLERANCE = 12

export interface EdgeMaps {
  width: number
  height: number
  /** Per pixel the slope (dx/dy, in hundredths) of a near-vertical edge through it, or NO_EDGE. Dilated
   * one pixel across the edge. */
  vertical: Int8Array
  /** The same for near-horizontal edges (dy/dx). */
  horizontal: Int8Array
}

/** Whether an edge pixel of slope `edge` (hundredths) can lie on a line of slope `slope`. */
export function fits(edge: number, slope: number): boolean {
  return edge !== NO_EDGE && Math.abs(edge - slope * 100) <= SLOPE_TOLERANCE
}

/** A straight run of edge pixels. Vertical: x = at + slope·(y − mid); horizontal: y = at + slope·(x − mid). */
export interface EdgeSegment {
  vertical: boolean
  at: number
  slope: number
  /** Extent along the run (rows for vertical, columns for horizontal). */
  from: number
  to: number
}

export function edgeMaps(image: LumaImage, threshold: number): EdgeMaps {
  const { data, width, height } = image
  const vertical = new Int8Array(width * height).fill(NO_EDGE)
  const horizontal = new Int8Array(width * height).fill(NO_EDGE)
  // Dilation keeps the strongest edge at each pixel: print beside a card's edge must not overwrite it.
  const verticalStrength = new Uint16Array(width * height)
  const horizontalStrength = new Uint16Array(width * height)
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      const i = y * width + x
      // Plain central differences: smoothing across the edge's neighbours (Sobel) would let a desk's
      // print running up to the card's border tilt the direction measured on the border itself.
      const gx = data[i + 1]! - data[i - 1]!
      const gy = data[i + width]! - data[i - width]!
      const ax = Math.abs(gx)
      const ay = Math.abs(gy)
      // The edge runs perpendicular to its gradient: along (−gy, gx), so dx/dy = −gy/gx.
      if (ax >= threshold && ax >= 2 * ay) {
        const slope = Math.round((-100 * gy) / gx)
        for (const j of [i - 1, i, i + 1])
          if (ax > verticalStrength[j]!) {
            verticalStrength[j] = ax
            vertical[j] = slope
          }
      }
      if (ay >= threshold && ay >= 2 * ax) {
        const slope = Math.round((-100 * gx) / gy)
        for (const j of [i - width, i, i + width])
          if (ay > horizontalStrength[j]!) {
            horizontalStrength[j] = ay
            horizontal[j] = slope
          }
      }
    }
  }
  return { width, height, vertical, horizontal }
}

/** Whether the edge map has an edge of the segment's orientation at position `along` of the line. */
export function edgeAt(
  maps: EdgeMaps,
  line: Pick<EdgeSegment, 'vertical' | 'at' | 'slope'>,
  along: number,
): boolean {
  const { width, height } = maps
  const mid = line.vertical ? height / 2 : width / 2
  const across = Math.round(line.at + line.slope * (along - mid))
  const a = Math.round(along)
  if (line.vertical) {
    if (across < 0 || across >= width || a < 0 || a >= height) return false
    return fits(maps.vertical[a * width + across]!, line.slope)
  }
  if (across < 0 || across >= height || a < 0 || a >= width) return false
  return fits(maps.horizontal[across * width + a]!, line.slope)
}

/** Share of positions `from`…`to` where the line has edge support; null when none of them is in the image. */
export function support(maps: EdgeMaps, line: EdgeSegment, from: number, to: number): number | null {
  const limit = line.vertical ? maps.height : maps.width
  const a = Math.max(0, Math.round(Math.min(from, to)))
  const b = Math.min(limit - 1, Math.round(Math.max(from, to)))
  if (b < a) return null
  let hits = 0
  for (let p = a; p <= b; p++) if (edgeAt(maps, line, p)) hits++
  return hits / (b - a + 1)
}

/**
 * The `limit` longest straight runs over every offset and small angle, longest first; a run that lies
 * on a longer one (within 2 px at both its ends) is the same edge seen at a neighbouring angle, and dropped.
 */
export function longestRuns(
  maps: EdgeMaps,
  vertical: boolean,
  minLength: number,
  limit: number,
  near: readonly Pick<EdgeSegment, 'at' | 'slope'>[] | null = null,
): EdgeSegment[] {
  const { width } = maps
  const acrossSize = vertical ? maps.width : maps.height
  const alongSize = vertical ? maps.height : maps.width
  const mid = alongSize / 2
  const map = vertical ? maps.vertical : maps.horizontal
  // Index steps: moving one along the run, and one across it.
  const alongStride = vertical ? width : 1
  const acrossStride = vertical ? 1 : width
  const shift = new Int32Array(alongSize)
  const found: (EdgeSegment & { length: number })[] = []
  for (let step = -ANGLE_STEPS; step <= ANGLE_STEPS; step++) {
    const slope = (step / ANGLE_STEPS) * MAX_TILT
    const low = slope * 100 - SLOPE_TOLERANCE
    const high = slope * 100 + SLOPE_TOLERANCE
    // Tracking a card found in the last frame: only lines close to its edges.
    const close = near?.filter((line) => Math.abs(line.slope - slope) <= TRACK_SLOPE)
    if (close && close.length === 0) continue
    for (let p = 0; p < alongSize; p++) shift[p] = Math.round(slope * (p - mid))
    for (let at = 0; at < acrossSize; at++) {
      if (close && !close.some((line) => Math.abs(line.at - at) <= TRACK_AT)) continue
      let start = -1
      let last = -1
      let bestFrom = 0
      let bestTo = -1
      for (let p = 0; p < alongSize; p++) {
        // Nothing left to beat the shortest run worth keeping, or the one found: stop early.
        if (
          alongSize - p + (last >= 0 && p - last <= MAX_GAP ? p - start : 0) <
          Math.max(minLength, bestTo - bestFrom)
        )
          break
        const q = at + shift[p]!
        if (q < 0 || q >= acrossSize) continue
        const edge = map[p * alongStride + q * acrossStride]!
        if (edge < low || edge > high) continue // NO_EDGE is below every low
        if (start < 0 || p - last > MAX_GAP) start = p
        last = p
        if (last - start > bestTo - bestFrom) {
          bestFrom = start
          bestTo = last
        }
      }
      const length = bestTo - bestFrom
      if (length >= minLength) found.push({ vertical, at, slope, from: bestFrom, to: bestTo, length })
    }
  }
  found.sort((a, b) => b.length - a.length)
  const kept: (EdgeSegment & { length: number })[] = []
  const acrossAt = (s: EdgeSegment, p: number) => s.at + s.slope * (p - mid)
  for (const run of found) {
    if (kept.length >= limit) break
    const duplicate = kept.some(
      (k) =>
        run.from >= k.from - MAX_GAP &&
        run.to <= k.to + MAX_GAP &&
        Math.abs(acrossAt(k, run.from) - acrossAt(run, run.from)) <= 2 &&
        Math.abs(acrossAt(k, run.to) - acrossAt(run, run.to)) <= 2,
    )
    if (!duplicate) kept.push(run)
  }
  return kept.map(({ length: _, ...segment }) => segment)
}

/** Where a vertical and a horizontal line cross, in pixels. */
export function crossing(v: EdgeSegment, h: EdgeSegment, width: number, height: number): [number, number] {
  const yc = height / 2
  const xc = width / 2
  const s = v.slope
  const t = h.slope
  const x = (v.at + s * (h.at - yc) - s * t * xc) / (1 - s * t)
  const y = h.at + t * (x - xc)
  return [x, y]
}

/** The vertical line through `top` and `bottom`, or the horizontal one through `left` and `right`. */
export function lineThrough(
  vertical: boolean,
  [ax, ay]: readonly [number, number],
  [bx, by]: readonly [number, number],
  width: number,
  height: number,
): Pick<EdgeSegment, 'at' | 'slope'> {
  if (vertical) {
    const slope = (bx - ax) / (by - ay)
    return { slope, at: ax + slope * (height / 2 - ay) }
  }
  const slope = (by - ay) / (bx - ax)
  return { slope, at: ay + slope * (width / 2 - ax) }
}
