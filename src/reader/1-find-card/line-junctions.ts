// Card corners as L-junctions: two straight edges that meet and stop. A desk's stripes, checks and print run on
// through their crossings (a "+"), and meet the card's side in a "T"; only the card's own sides end together at
// its corners. Each Hough line gets a support profile (is there an edge across it, pixel by pixel), and a
// junction is kept when both lines have edge on one side of the crossing and little beyond it.
import type { EdgeMap } from './edge-map.ts'
import type { Point } from '../geometry.ts'
import { angleBetween, intersect, type Line } from './hough-lines.ts'

export interface LineProfile {
  line: Line
  /** A point on the line (its foot from the origin) and its unit direction */
  origin: Point
  direction: Point
  /** Parameter range inside the image and the prefix sums of support at 1-pixel steps from tMin */
  tMin: number
  prefix: Float32Array
  /** Longest stretch of support (pixels), short gaps bridged */
  longestRun: number
}

export interface Junction {
  a: number
  b: number
  point: Point
  /** Which way along each line the card's side runs from the corner: +1 or −1 */
  armA: 1 | -1
  armB: 1 | -1
  score: number
}

/** ±1 (which way brightness steps) when an edge runs along the line within 1.5 pixels of (x, y), else 0. */
function edgeAcross(edges: EdgeMap, x: number, y: number, nx: number, ny: number, min: number): number {
  let best = 0
  for (let o = -1.5; o <= 1.5; o += 0.75) {
    const ix = Math.floor(x + nx * o)
    const iy = Math.floor(y + ny * o)
    if (ix < 1 || iy < 1 || ix >= edges.width - 1 || iy >= edges.height - 1) continue
    const i = iy * edges.width + ix
    const across = edges.gx[i]! * nx + edges.gy[i]! * ny
    if (
      Math.abs(across) >= min &&
      Math.abs(across) > 0.9 * edges.magnitude[i]! &&
      Math.abs(across) > Math.abs(best)
    )
      best = across
  }
  return Math.sign(best)
}

export function lineProfile(edges: EdgeMap, line: Line, minMagnitude: number): LineProfile {
  const t = (line.theta * Math.PI) / 180
  const nx = Math.cos(t)
  const ny = Math.sin(t)
  const origin: Point = [line.rho * nx, line.rho * ny]
  const direction: Point = [-ny, nx]
  const reach = Math.hypot(edges.width, edges.height)
  let tMin = Infinity
  let tMax = -Infinity
  for (let s = -reach; s <= reach; s += 1) {
    const x = origin[0] + direction[0] * s
    const y = origin[1] + direction[1] * s
    if (x >= 0 && y >= 0 && x < edges.width && y < edges.height) {
      if (s < tMin) tMin = s
      if (s > tMax) tMax = s
    }
  }
  const steps = Number.isFinite(tMin) ? Math.floor(tMax - tMin) + 1 : 0
  const prefix = new Float32Array(steps + 1)
  const maxGap = Math.max(2, 0.01 * Math.min(edges.width, edges.height))
  let longestRun = 0
  let runStart = -1
  let lastHit = -Infinity
  for (let k = 0; k < steps; k++) {
    const s = tMin + k
    const hit = edgeAcross(
      edges,
      origin[0] + direction[0] * s,
      origin[1] + direction[1] * s,
      nx,
      ny,
      minMagnitude,
    )
    prefix[k + 1] = prefix[k]! + Math.abs(hit)
    if (!hit) continue
    if (k - lastHit > maxGap) runStart = k
    lastHit = k
    longestRun = Math.max(longestRun, k - runStart + 1)
  }
  return { line, origin, direction, tMin: Number.isFinite(tMin) ? tMin : 0, prefix, longestRun }
}

/** Share of [t0, t1] (line parameters) with an edge along the line; outside the image counts as none. */
export function supportBetween(profile: LineProfile, t0: number, t1: number): number {
  const lo = Math.min(t0, t1)
  const hi = Math.max(t0, t1)
  const steps = profile.prefix.length - 1
  const k0 = Math.max(0, Math.min(steps, Math.round(lo - profile.tMin)))
  const k1 = Math.max(0, Math.min(steps, Math.round(hi - profile.tMin)))
  return hi - lo > 0 ? (profile.prefix[k1]! - profile.prefix[k0]!) / (hi - lo) : 0
}

function parameterOf(profile: LineProfile, p: Point): number {
  return (p[0] - profile.origin[0]) * profile.direction[0] + (p[1] - profile.origin[1]) * profile.direction[1]
}

export interface JunctionOptions {
  /** Arms are measured from armStart to armEnd past the corner (the rounded corner is skipped), extensions up to extensionEnd before it */
  armStart: number
  armEnd: number
  extensionEnd: number
  minArm: number
  maxExtension: number
}

/** Every pair of crossing lines whose crossing looks like a corner. */
export function findJunctions(profiles: LineProfile[], options: JunctionOptions): Junction[] {
  const junctions: Junction[] = []
  for (let a = 0; a < profiles.length; a++) {
    for (let b = a + 1; b < profiles.length; b++) {
      const pa = profiles[a]!
      const pb = profiles[b]!
      if (angleBetween(pa.line, pb.line) < 65) continue
      const point = intersect(pa.line, pb.line)
      if (!point) continue
      const ta = parameterOf(pa, point)
      const tb = parameterOf(pb, point)
      let best: Junction | null = null
      for (const armA of [1, -1] as const) {
        const supportA = supportBetween(pa, ta + armA * options.armStart, ta + armA * options.armEnd)
        const beyondA = supportBetween(pa, ta - armA * 2, ta - armA * options.extensionEnd)
        if (supportA < options.minArm || beyondA > options.maxExtension) continue
        for (const armB of [1, -1] as const) {
          const supportB = supportBetween(pb, tb + armB * options.armStart, tb + armB * options.armEnd)
          const beyondB = supportBetween(pb, tb - armB * 2, tb - armB * options.extensionEnd)
          if (supportB < options.minArm || beyondB > options.maxExtension) continue
          const score = Math.min(supportA, supportB) * (1 - Math.max(beyondA, beyondB))
          if (!best || score > best.score) best = { a, b, point, armA, armB, score }
        }
      }
      if (best) junctions.push(best)
    }
  }
  return junctions
}

/**
 * The lines worth pairing: by longest continuous run rather than votes (a row of print votes like a side but
 * breaks up), and at most `perAngle` per degree of direction so a desk's many parallel stripes cannot crowd out
 * the card's sides.
 */
export function selectProfiles(profiles: LineProfile[], perAngle: number, total: number): LineProfile[] {
  const sorted = profiles.slice().sort((a, b) => b.longestRun - a.longestRun)
  const perBin = new Map<number, number>()
  const kept: LineProfile[] = []
  for (const p of sorted) {
    const bin = Math.round(p.line.theta) % 180
    const used = perBin.get(bin) ?? 0
    if (used >= perAngle) continue
    perBin.set(bin, used + 1)
    kept.push(p)
    if (kept.length >= total) break
  }
  return kept
}
