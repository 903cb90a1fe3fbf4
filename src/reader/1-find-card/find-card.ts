// Stage 1a, finding the card: its four corners in the full-resolution photo. On a small grey copy, straight
// edges are found by a Hough transform; every two pairs of roughly parallel lines meeting at roughly right
// angles make a candidate quad, scored by how much of its outline is a real edge, how plain the card stock just
// inside it is, its size and its ID-1 proportions. The winner's sides are then refined on a larger copy.
import { ID1_ASPECT } from '#src/hkid/id1-card.ts'
import { edgeMap, smoothGrey, type EdgeMap } from './edge-map.ts'
import { isConvex, outwardNormal, quadArea, type Point, type Quad } from '../geometry.ts'
import { toGreyDownscaled, type GreyImage } from '../grey-image.ts'
import { angleBetween, houghLines, intersect } from './hough-lines.ts'
import {
  findJunctions,
  lineProfile,
  selectProfiles,
  type Junction,
  type LineProfile,
} from './line-junctions.ts'
import type { RgbaImage } from '../reader-image.ts'
import { refineQuad } from './refine-card-edges.ts'
import { extendPastEdge } from './cut-card.ts'

export interface FoundCard {
  /** Corners in full-resolution pixels, clockwise, TL → TR along a long side */
  corners: Quad
  /** 0–1: how well the outline is supported (the share of its edge found, weakest side) */
  score: number
}

const SEARCH_EDGE = 512
const REFINE_EDGE = 1024
/** A quad whose weakest side has less edge than this is not a card */
const MIN_SIDE_SUPPORT = 0.4
const MIN_AREA_SHARE = 0.03
const MIN_ASPECT = 1.38
const MAX_ASPECT = 1.95
const MIN_EDGE = 10

interface Candidate {
  quad: Quad
  score: number
  support: number
}

function edgeAt(edges: EdgeMap, x: number, y: number): number {
  const ix = Math.floor(x)
  const iy = Math.floor(y)
  if (ix < 1 || iy < 1 || ix >= edges.width - 1 || iy >= edges.height - 1) return -1
  return iy * edges.width + ix
}

/** True when an edge runs across the direction n within two pixels of (x, y). */
function edgeAcross(edges: EdgeMap, x: number, y: number, nx: number, ny: number): boolean {
  for (let o = -2; o <= 2; o++) {
    const i = edgeAt(edges, x + nx * o, y + ny * o)
    if (i < 0) continue
    const across = Math.abs(edges.gx[i]! * nx + edges.gy[i]! * ny)
    if (across >= MIN_EDGE * 2 && across > 0.8 * edges.magnitude[i]!) return true
  }
  return false
}

/**
 * For the side a → b: the share of its length with an edge across it, the same share on its extensions past
 * the corners (a desk's stripe runs on; a card's side stops at the rounded corner), and how much the card stock
 * just inside it varies from sample to sample.
 */
function sideMeasures(
  edges: EdgeMap,
  grey: GreyImage,
  a: Point,
  b: Point,
  centre: Point,
  inset: number,
  samples: number,
) {
  const dx = b[0] - a[0]
  const dy = b[1] - a[1]
  const length = Math.hypot(dx, dy)
  const [nx, ny] = outwardNormal(a, b, centre)
  let supported = 0
  let roughness = 0
  let previous = NaN
  for (let s = 0; s < samples; s++) {
    const t = 0.08 + (0.84 * (s + 0.5)) / samples
    const px = a[0] + dx * t
    const py = a[1] + dy * t
    if (edgeAcross(edges, px, py, nx, ny)) supported++
    const j = edgeAt(edges, px - nx * inset, py - ny * inset)
    const inside = j < 0 ? NaN : grey.data[j]!
    if (!Number.isNaN(previous) && !Number.isNaN(inside)) roughness += Math.abs(inside - previous)
    previous = inside
  }
  let extended = 0
  let outside = 0
  const reach = Math.max(4, 0.12 * length)
  for (let s = 0; s < 8; s++) {
    const d = 0.06 * length + (reach * (s + 0.5)) / 8
    for (const [x, y] of [
      [a[0] - (dx / length) * d, a[1] - (dy / length) * d],
      [b[0] + (dx / length) * d, b[1] + (dy / length) * d],
    ] as const) {
      if (edgeAt(edges, x, y) < 0) continue
      outside++
      if (edgeAcross(edges, x, y, nx, ny)) extended++
    }
  }
  return {
    support: supported / samples,
    extension: outside ? extended / outside : 0,
    roughness: roughness / samples,
  }
}

function scoreQuad(edges: EdgeMap, grey: GreyImage, quad: Quad): Candidate | null {
  const [tl, tr, br, bl] = quad
  const side = (p: Point, q: Point) => Math.hypot(p[0] - q[0], p[1] - q[1])
  const horizontal = (side(tl, tr) + side(bl, br)) / 2
  const vertical = (side(tl, bl) + side(tr, br)) / 2
  const aspect = Math.max(horizontal, vertical) / Math.max(1e-6, Math.min(horizontal, vertical))
  if (aspect < MIN_ASPECT || aspect > MAX_ASPECT) return null
  const area = Math.abs(quadArea(quad))
  const share = area / (grey.width * grey.height)
  if (share < MIN_AREA_SHARE) return null
  const margin = 0.03 * Math.max(grey.width, grey.height)
  for (const [x, y] of quad) {
    if (x < -margin || y < -margin || x > grey.width + margin || y > grey.height + margin) return null
  }
  const centre: Point = [(tl[0] + tr[0] + br[0] + bl[0]) / 4, (tl[1] + tr[1] + br[1] + bl[1]) / 4]
  const inset = Math.max(2, 0.03 * Math.min(horizontal, vertical))
  const measure = (samples: number) =>
    [
      [tl, tr],
      [tr, br],
      [br, bl],
      [bl, tl],
    ].map(([a, b]) => sideMeasures(edges, grey, a!, b!, centre, inset, samples))
  // a quick look first: most candidates fail it, and the full measure is what costs
  if (Math.min(...measure(8).map((s) => s.support)) < MIN_SIDE_SUPPORT - 0.15) return null
  const sides = measure(40)
  const support = Math.min(...sides.map((s) => s.support))
  if (support < MIN_SIDE_SUPPORT) return null
  const mean = (f: (s: (typeof sides)[number]) => number) => sides.reduce((sum, s) => sum + f(s), 0) / 4
  const proportion = Math.exp(-(((aspect - ID1_ASPECT) / 0.25) ** 2))
  const score =
    mean((s) => s.support) *
    support *
    (1 - 0.8 * mean((s) => s.extension)) *
    (1 / (1 + mean((s) => s.roughness) / 6)) *
    Math.sqrt(share) *
    (0.5 + 0.5 * proportion)
  return { quad, score, support }
}

/** Clockwise corners starting so that the first side is a long one running as far rightwards as possible. */
export function canonicalCorners(quad: Quad): Quad {
  const q = quadArea(quad) < 0 ? ([quad[0], quad[3], quad[2], quad[1]] as Quad) : quad
  const length = (i: number) => Math.hypot(q[(i + 1) % 4]![0] - q[i]![0], q[(i + 1) % 4]![1] - q[i]![1])
  const longFirst = length(0) + length(2) >= length(1) + length(3) ? 0 : 1
  const candidates = [longFirst, longFirst + 2]
  const rightwards = (i: number) => q[(i + 1) % 4]![0] - q[i]![0]
  const start = rightwards(candidates[0]!) >= rightwards(candidates[1]!) ? candidates[0]! : candidates[1]!
  return [q[start % 4]!, q[(start + 1) % 4]!, q[(start + 2) % 4]!, q[(start + 3) % 4]!]
}

/**
 * Quads whose corners are junctions: line A meets B at a corner, B meets C, C meets D, with A ∥ C and B ∥ D, and
 * each side running from one corner towards the next. The fourth corner need not be a junction (a thumb or the
 * frame may hide it), only where D meets A.
 */
function junctionQuads(profiles: LineProfile[], junctions: Junction[]): Quad[] {
  const byLine = new Map<number, Junction[]>()
  for (const j of junctions) {
    byLine.set(j.a, [...(byLine.get(j.a) ?? []), j])
    byLine.set(j.b, [...(byLine.get(j.b) ?? []), j])
  }
  const other = (j: Junction, line: number) => (j.a === line ? j.b : j.a)
  const arm = (j: Junction, line: number) => (j.a === line ? j.armA : j.armB)
  // the side along `line` from j1 to j2 leaves each corner the way its arm points
  const facing = (j1: Junction, j2: Junction, line: number) => {
    const [dx, dy] = profiles[line]!.direction
    const along = (j2.point[0] - j1.point[0]) * dx + (j2.point[1] - j1.point[1]) * dy
    return along * arm(j1, line) > 0 && -along * arm(j2, line) > 0
  }
  const parallel = (x: number, y: number) => angleBetween(profiles[x]!.line, profiles[y]!.line) <= 12
  const seen = new Set<string>()
  const quads: Quad[] = []
  for (const j1 of junctions) {
    for (const [lineA, lineB] of [
      [j1.a, j1.b],
      [j1.b, j1.a],
    ] as const) {
      for (const j2 of byLine.get(lineB) ?? []) {
        const lineC = other(j2, lineB)
        if (j2 === j1 || lineC === lineA || !parallel(lineA, lineC) || !facing(j1, j2, lineB)) continue
        for (const j3 of byLine.get(lineC) ?? []) {
          const lineD = other(j3, lineC)
          if (j3 === j2 || lineD === lineB || !parallel(lineB, lineD) || !facing(j2, j3, lineC)) continue
          const key = [lineA, lineB, lineC, lineD].sort((x, y) => x - y).join(',')
          if (seen.has(key)) continue
          seen.add(key)
          const fourth = intersect(profiles[lineD]!.line, profiles[lineA]!.line)
          if (!fourth) continue
          const quad: Quad = [j1.point, j2.point, j3.point, fourth]
          if (isConvex(quad)) quads.push(quad)
        }
      }
    }
  }
  return quads
}

/** The card's corners in the image, or null when nothing card-shaped stands out. */
export function findCard(image: RgbaImage): FoundCard | null {
  const grey = smoothGrey(toGreyDownscaled(image, SEARCH_EDGE))
  const edges = edgeMap(grey)
  const short = Math.min(grey.width, grey.height)
  const lines = houghLines(edges, { minMagnitude: MIN_EDGE, maxLines: 600, minVotes: 0.06 * short })
  const profiles = selectProfiles(
    lines.map((line) => lineProfile(edges, line, MIN_EDGE * 2)).filter((p) => p.longestRun >= 0.12 * short),
    8,
    120,
  )
  const junctions = findJunctions(profiles, {
    armStart: 0.045 * short,
    armEnd: 0.15 * short,
    extensionEnd: 0.1 * short,
    minArm: 0.6,
    maxExtension: 0.35,
  })
  let best: Candidate | null = null
  for (const quad of junctionQuads(profiles, junctions)) {
    const candidate = scoreQuad(edges, grey, quad)
    if (candidate && (!best || candidate.score > best.score)) best = candidate
  }
  if (!best) return null
  const scale = image.width / grey.width
  const coarse = best.quad.map((p): Point => [p[0] * scale, p[1] * scale]) as unknown as Quad
  const refined = refineQuad(image, coarse, REFINE_EDGE)
  return {
    corners: canonicalCorners(extendPastEdge(refined, image.width, image.height)),
    score: best.support,
  }
}
