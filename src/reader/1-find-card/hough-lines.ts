// Straight lines through thin edges by a Hough transform in (θ, ρ): x cos θ + y sin θ = ρ. Each edge pixel votes
// only near its own gradient direction, weighted by its strength, so texture spreads thin and long straight
// edges — a card's sides — stand out.
import type { EdgeMap } from './edge-map.ts'
import type { Point } from '../geometry.ts'

export interface Line {
  /** Angle of the normal, degrees in [0, 180) */
  theta: number
  rho: number
  votes: number
}

const ANGLE_SPREAD = 2
/** Votes saturate at this Sobel magnitude: a faint but straight edge still counts */
const VOTE_CAP = 30

export interface HoughOptions {
  minMagnitude: number
  maxLines: number
  /** A line needs this many (weighted) votes */
  minVotes: number
}

export function houghLines(edges: EdgeMap, options: HoughOptions): Line[] {
  const { width: w, height: h, gx, gy, magnitude, thin } = edges
  const diagonal = Math.ceil(Math.hypot(w, h))
  const rhos = 2 * diagonal + 1
  const acc = new Float32Array(180 * rhos)
  const cos = new Float32Array(180)
  const sin = new Float32Array(180)
  for (let t = 0; t < 180; t++) {
    cos[t] = Math.cos((t * Math.PI) / 180)
    sin[t] = Math.sin((t * Math.PI) / 180)
  }
  for (let y = 1; y < h - 1; y++) {
    for (let x = 1; x < w - 1; x++) {
      const i = y * w + x
      const m = magnitude[i]!
      if (!thin[i] || m < options.minMagnitude) continue
      const weight = Math.min(m, VOTE_CAP) / VOTE_CAP
      const centre = Math.round(((Math.atan2(gy[i]!, gx[i]!) * 180) / Math.PI + 360) % 180)
      const px = x + 0.5
      const py = y + 0.5
      for (let d = -ANGLE_SPREAD; d <= ANGLE_SPREAD; d++) {
        const t = (centre + d + 180) % 180
        const rho = Math.round(px * cos[t]! + py * sin[t]!) + diagonal
        acc[t * rhos + rho] = acc[t * rhos + rho]! + weight
      }
    }
  }
  const peaks: Line[] = []
  for (let t = 0; t < 180; t++) {
    for (let r = 0; r < rhos; r++) {
      const v = acc[t * rhos + r]!
      if (v < options.minVotes) continue
      let isPeak = true
      for (let dt = -1; dt <= 1 && isPeak; dt++) {
        // θ wraps: θ − 1 at 0 is 179 with ρ negated
        let tt = t + dt
        let mirror = false
        if (tt < 0) {
          tt += 180
          mirror = true
        } else if (tt >= 180) {
          tt -= 180
          mirror = true
        }
        for (let dr = -2; dr <= 2; dr++) {
          const rr = mirror ? 2 * diagonal - r + dr : r + dr
          if (rr < 0 || rr >= rhos || (dt === 0 && dr === 0)) continue
          const other = acc[tt * rhos + rr]!
          if (other > v || (other === v && (dt < 0 || (dt === 0 && dr < 0)))) {
            isPeak = false
            break
          }
        }
      }
      if (isPeak) peaks.push({ theta: t, rho: r - diagonal, votes: v })
    }
  }
  return peaks.sort((a, b) => b.votes - a.votes).slice(0, options.maxLines)
}

/** Where two lines cross; null when they are (nearly) parallel. */
export function intersect(a: Line, b: Line): Point | null {
  const ta = (a.theta * Math.PI) / 180
  const tb = (b.theta * Math.PI) / 180
  const det = Math.cos(ta) * Math.sin(tb) - Math.sin(ta) * Math.cos(tb)
  if (Math.abs(det) < 1e-6) return null
  return [
    (a.rho * Math.sin(tb) - b.rho * Math.sin(ta)) / det,
    (b.rho * Math.cos(ta) - a.rho * Math.cos(tb)) / det,
  ]
}

/** Angle between two lines' directions, 0–90°. */
export function angleBetween(a: Line, b: Line): number {
  const d = Math.abs(a.theta - b.theta) % 180
  return d > 90 ? 180 - d : d
}
