// Finds the card: four straight edges that make an ID-1-shaped quadrilateral, each running most of
// the way between its corners and not on past them (a desk's stripes and checks run on; a card's
// edges stop at its corners). Reports, per corner, whether its two edges reach it: a finger or the
// frame's border over a corner cuts them short there.
import {
  crossing,
  edgeMaps,
  fits,
  lineThrough,
  longestRuns,
  NO_EDGE,
  support,
  type EdgeMaps,
  type EdgeSegment,
} from './edge-lines.ts'
import { lumaPercentile, type LumaImage, type PixelBox } from './luma-image.ts'

export type Point = [number, number]

export interface FoundCard {
  /** Axis-aligned bounds of the card. */
  box: PixelBox
  /** Top-left, top-right, bottom-right, bottom-left. */
  corners: [Point, Point, Point, Point]
  /** Per corner (same order): how far short of it its edges stop, as a share of the side (the larger of two). */
  cornerGap: [number, number, number, number]
  /** Mean share of each side its edge covers, 0–1. */
  edgeSupport: number
}

/** ID-1 is 1.585:1 (ID1_ASPECT); a tilted or slightly foreshortened card stays within these. */
const MIN_ASPECT = 1.35
const MAX_ASPECT = 1.85
/** Narrowest card looked for, as a share of the guide's width (a far-away card is still found). */
const MIN_CARD_WIDTH = 0.25
const MIN_SIDE_COVER = 0.6
/** Stretch past each corner checked for the line running on, as a share of the side. */
const RUN_ON = 0.12
/** Edge support along a line inside the card above which it is a desk's line seen through a non-card. */
const INSIDE_LINE = 0.8
const SHORTLIST = 5
/** Corners closer than this (px) to the frame's border: the card may run out of the frame. */
const BORDER = 2
const CANDIDATES = 40

interface Side {
  line: EdgeSegment
  /** Positions along the line of its two corners. */
  from: number
  to: number
}

interface Candidate {
  score: number
  card: FoundCard
}

/** Edge support just past either corner of a side: high for a desk's line, low for a card's edge. */
function runOn(maps: EdgeMaps, { line, from, to }: Side): number {
  const span = to - from
  const before = support(maps, line, from - span * RUN_ON, from - span * 0.03)
  const after = support(maps, line, to + span * 0.03, to + span * RUN_ON)
  return Math.max(before ?? 0, after ?? 0)
}

function inFrame([x, y]: Point, width: number, height: number): boolean {
  return x >= BORDER && y >= BORDER && x <= width - BORDER && y <= height - BORDER
}

/** A side's run against the side its corners make: how much of it the run covers, and how far short of
 * each corner it stops (shares of the side); null when it covers too little or runs on past a corner. */
function fit(line: EdgeSegment, from: number, to: number): [number, number, number, number] | null {
  const span = to - from
  const inside = (Math.min(to, line.to) - Math.max(from, line.from)) / span
  if (!(inside >= MIN_SIDE_COVER)) return null
  const past = Math.max(from - line.from, line.to - to) / span
  return [inside, Math.max(0, line.from - from) / span, Math.max(0, to - line.to) / span, past]
}

function judge(maps: EdgeMaps, l: EdgeSegment, r: EdgeSegment, t: EdgeSegment, b: EdgeSegment, beat: number) {
  const { width, height } = maps
  const tl = crossing(l, t, width, height)
  const tr = crossing(r, t, width, height)
  const br = crossing(r, b, width, height)
  const bl = crossing(l, b, width, height)
  const aspect = (tr[0] - tl[0] + br[0] - bl[0]) / (bl[1] - tl[1] + br[1] - tr[1])
  if (!(aspect >= MIN_ASPECT && aspect <= MAX_ASPECT)) return null
  if (!inFrame(tl, width, height) || !inFrame(tr, width, height)) return null
  if (!inFrame(br, width, height) || !inFrame(bl, width, height)) return null
  const top = fit(t, tl[0], tr[0])
  const right = top && fit(r, tr[1], br[1])
  const bottom = right && fit(b, bl[0], br[0])
  const left = bottom && fit(l, tl[1], bl[1])
  if (!top || !right || !bottom || !left) return null
  const fits = [top, right, bottom, left]
  // A desk's lines run on past the "corners" a quad of them makes; a card's edges stop. One side may
  // run into a collinear line of the desk (print beside the card) — two do not.
  if (fits.filter((f) => f[3] > RUN_ON).length >= 2) return null
  const cover = (top[0] + right[0] + bottom[0] + left[0]) / 4
  let score = 4 * cover
  // Sampling past the corners costs more than the rest: only for a candidate that could place.
  if (score <= beat) return null
  score -= runOn(maps, { line: t, from: tl[0], to: tr[0] })
  score -= runOn(maps, { line: r, from: tr[1], to: br[1] })
  score -= runOn(maps, { line: b, from: bl[0], to: br[0] })
  score -= runOn(maps, { line: l, from: tl[1], to: bl[1] })
  const cornerGap: FoundCard['cornerGap'] = [
    Math.min(top[1], left[1]),
    Math.min(top[2], right[1]),
    Math.min(right[2], bottom[2]),
    Math.min(bottom[1], left[2]),
  ]
  const x0 = Math.min(tl[0], bl[0])
  const y0 = Math.min(tl[1], tr[1])
  const box = { x: x0, y: y0, width: Math.max(tr[0], br[0]) - x0, height: Math.max(bl[1], br[1]) - y0 }
  return {
    score,
    card: { box, corners: [tl, tr, br, bl], cornerGap, edgeSupport: cover },
  } satisfies Candidate
}

/** Pairs of parallel runs a card's width (or height) apart, each spanning a good part of the other's length. */
function pairs(runs: EdgeSegment[], min: number, max: number): [EdgeSegment, EdgeSegment][] {
  const found: [EdgeSegment, EdgeSegment][] = []
  for (const a of runs)
    for (const b of runs) {
      const gap = b.at - a.at
      if (gap < min || gap > max) continue
      const overlap = Math.min(a.to, b.to) - Math.max(a.from, b.from)
      if (overlap >= 0.5 * Math.min(a.to - a.from, b.to - b.from)) found.push([a, b])
    }
  return found
}

/** Point at (u, v) of the quad: u across from left to right, v down from top to bottom. */
function at(corners: FoundCard['corners'], u: number, v: number): Point {
  const [tl, tr, br, bl] = corners
  return [
    (1 - v) * ((1 - u) * tl[0] + u * tr[0]) + v * ((1 - u) * bl[0] + u * br[0]),
    (1 - v) * ((1 - u) * tl[1] + u * tr[1]) + v * ((1 - u) * bl[1] + u * br[1]),
  ]
}

/**
 * Whether a straight line runs across nearly the whole inside of the quad, parallel to its sides: a
 * desk's checks or stripes do; a card's print never does (its longest lines span half of it).
 */
function crossedInside(maps: EdgeMaps, corners: FoundCard['corners']): boolean {
  const width = Math.hypot(corners[1][0] - corners[0][0], corners[1][1] - corners[0][1])
  const height = Math.hypot(corners[3][0] - corners[0][0], corners[3][1] - corners[0][1])
  for (const vertical of [true, false]) {
    const [a, b] = vertical ? [corners[0], corners[3]] : [corners[0], corners[1]]
    const slope = vertical ? (b[0] - a[0]) / (b[1] - a[1]) : (b[1] - a[1]) / (b[0] - a[0])
    const steps = Math.round(vertical ? width : height)
    const length = Math.round(vertical ? height : width)
    const map = vertical ? maps.vertical : maps.horizontal
    const allowedMisses = (1 - INSIDE_LINE) * (length + 1)
    for (let k = Math.round(steps * 0.12); k <= steps * 0.88; k++) {
      // Along a line of constant `across` the quad's interpolation is linear: step from end to end.
      const across = k / steps
      const [x0, y0] = vertical ? at(corners, across, 0.05) : at(corners, 0.05, across)
      const [x1, y1] = vertical ? at(corners, across, 0.95) : at(corners, 0.95, across)
      let misses = 0
      for (let p = 0; p <= length && misses <= allowedMisses; p++) {
        const x = Math.round(x0 + ((x1 - x0) * p) / length)
        const y = Math.round(y0 + ((y1 - y0) * p) / length)
        if (!fits(map[y * maps.width + x] ?? NO_EDGE, slope)) misses++
      }
      if (misses <= allowedMisses) return true
    }
  }
  return false
}

/** The card in image pixels, or null when no card-shaped set of edges is in view. With the card of the
 * last frame, its edges are looked for where they were first (cheap), then everywhere. */
export function findCard(
  image: LumaImage,
  guide: PixelBox,
  previous: FoundCard | null = null,
): FoundCard | null {
  // Edges are judged against the scene's own contrast, so a dim scene still shows its card, and
  // a pale card on a pale desk still shows its shadowed border.
  const range = lumaPercentile(image, guide, 0.98) - lumaPercentile(image, guide, 0.02)
  const maps = edgeMaps(image, Math.max(5, range * 0.06))
  if (previous) {
    const [tl, tr, br, bl] = previous.corners
    const { width, height } = image
    const near = {
      vertical: [lineThrough(true, tl, bl, width, height), lineThrough(true, tr, br, width, height)],
      horizontal: [lineThrough(false, tl, tr, width, height), lineThrough(false, bl, br, width, height)],
    }
    const tracked = search(maps, guide, near)
    if (tracked) return tracked
  }
  return search(maps, guide, null)
}

type Near = Record<'vertical' | 'horizontal', Pick<EdgeSegment, 'at' | 'slope'>[]>

function search(maps: EdgeMaps, guide: PixelBox, near: Near | null): FoundCard | null {
  const minWidth = guide.width * MIN_CARD_WIDTH
  const maxWidth = guide.width * 1.2
  const minHeight = (minWidth / MAX_ASPECT) * MIN_SIDE_COVER
  const verticals = longestRuns(maps, true, minHeight, CANDIDATES, near?.vertical ?? null)
  const horizontals = longestRuns(
    maps,
    false,
    minWidth * MIN_SIDE_COVER,
    CANDIDATES,
    near?.horizontal ?? null,
  )
  const across = pairs(verticals, minWidth, maxWidth)
  const down = pairs(horizontals, minWidth / MAX_ASPECT, maxWidth / MIN_ASPECT)
  const heightOf = ([top, bottom]: [EdgeSegment, EdgeSegment]) => bottom.at - top.at
  down.sort((a, b) => heightOf(a) - heightOf(b))

  const shortlist: Candidate[] = []
  for (const [left, right] of across) {
    const w = right.at - left.at
    // Only pairs of the right height for this width: the first by binary search, then in order.
    const lowest = w / (MAX_ASPECT * 1.1)
    let lo = 0
    let hi = down.length
    while (lo < hi) {
      const m = (lo + hi) >> 1
      if (heightOf(down[m]!) < lowest) lo = m + 1
      else hi = m
    }
    for (let k = lo; k < down.length; k++) {
      const [top, bottom] = down[k]!
      if (heightOf(down[k]!) > w / (MIN_ASPECT * 0.9)) break
      // The side runs must lie around the card the others make, not somewhere else in the frame.
      if (left.to < top.at || left.from > bottom.at || top.to < left.at || top.from > right.at) continue
      // Only a new best is worth the sampling; earlier bests stay as fall-backs should it not be a card.
      const beat = shortlist[0]?.score ?? -Infinity
      const candidate = judge(maps, left, right, top, bottom, beat)
      if (!candidate) continue
      shortlist.push(candidate)
      shortlist.sort((a, b) => b.score - a.score)
      if (shortlist.length > SHORTLIST) shortlist.pop()
    }
  }
  return shortlist.find((c) => !crossedInside(maps, c.card.corners))?.card ?? null
}
