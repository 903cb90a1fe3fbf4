// Stage 1, second way: when no outline stands out (a card on a checked cloth, striped or printed paper, whose
// lines outnumber the card's own), the text detector finds the card instead — it answers to print, not to
// stripes. The card's lines give its direction and a rectangle that lies inside it; each side of the card is
// then the first long straight edge met moving out from that rectangle; a side the picture's edge cut off is put
// where the card's proportions place it (cut-card.ts).
import { edgeMap, smoothGrey, type EdgeMap } from './edge-map.ts'
import { completeCutCard, type CardSide, type CardSides } from './cut-card.ts'
import { canonicalCorners, type FoundCard } from './find-card.ts'
import type { Point, Quad } from '../geometry.ts'
import { toGreyDownscaled } from '../grey-image.ts'
import type { InferenceModel } from '../inference-model.ts'
import type { RgbaImage } from '../reader-image.ts'
import { refineQuad } from './refine-card-edges.ts'
import { DETECTION_DEFAULTS, detectText } from '../3-text/text-detection.ts'

const SEARCH_EDGE = 512
const MIN_LINES = 5
/** How far out from the text a side may be, as a share of the text's extent across it */
const MAX_REACH = 0.35
const MIN_SUPPORT = 0.55

function supportAlong(edges: EdgeMap, a: Point, b: Point): number {
  const dx = b[0] - a[0]
  const dy = b[1] - a[1]
  const length = Math.hypot(dx, dy)
  const nx = -dy / length
  const ny = dx / length
  const samples = 40
  let hits = 0
  for (let s = 0; s < samples; s++) {
    const t = (s + 0.5) / samples
    const x = a[0] + dx * t
    const y = a[1] + dy * t
    for (let o = -1.5; o <= 1.5; o += 0.75) {
      const ix = Math.floor(x + nx * o)
      const iy = Math.floor(y + ny * o)
      if (ix < 1 || iy < 1 || ix >= edges.width - 1 || iy >= edges.height - 1) continue
      const i = iy * edges.width + ix
      const across = Math.abs(edges.gx[i]! * nx + edges.gy[i]! * ny)
      if (across >= 20 && across > 0.9 * edges.magnitude[i]!) {
        hits++
        break
      }
    }
  }
  return hits / samples
}

export async function findCardByText(photo: RgbaImage, detector: InferenceModel): Promise<FoundCard | null> {
  const boxes = await detectText(detector, photo, { ...DETECTION_DEFAULTS, limitSide: 960 })
  const lines = boxes
    .map((b) => {
      const [tl, tr, , bl] = b.quad
      const across = Math.hypot(tr[0] - tl[0], tr[1] - tl[1])
      const down = Math.hypot(bl[0] - tl[0], bl[1] - tl[1])
      // a line runs along its long side, whichever way the photo was stored
      const [p, q] = across >= down ? [tl, tr] : [tl, bl]
      return {
        length: Math.max(across, down),
        height: Math.min(across, down),
        angle: Math.atan2(q[1] - p[1], q[0] - p[0]),
      }
    })
    .filter((l) => l.length >= 2 * l.height)
  if (lines.length < MIN_LINES) return null
  // the card's direction: the length-weighted median of its lines' directions
  const sorted = lines.slice().sort((a, b) => a.angle - b.angle)
  const half = sorted.reduce((s, l) => s + l.length, 0) / 2
  let acc = 0
  const angle = sorted.find((l) => (acc += l.length) >= half)!.angle
  const cos = Math.cos(angle)
  const sin = Math.sin(angle)
  const toAligned = (p: Point): Point => [p[0] * cos + p[1] * sin, -p[0] * sin + p[1] * cos]
  const fromAligned = (p: Point): Point => [p[0] * cos - p[1] * sin, p[0] * sin + p[1] * cos]
  const aligned = boxes.flatMap((b) => b.quad.map(toAligned))
  const x0 = Math.min(...aligned.map((p) => p[0]))
  const x1 = Math.max(...aligned.map((p) => p[0]))
  const y0 = Math.min(...aligned.map((p) => p[1]))
  const y1 = Math.max(...aligned.map((p) => p[1]))

  const grey = smoothGrey(toGreyDownscaled(photo, SEARCH_EDGE))
  const edges = edgeMap(grey)
  const s = grey.width / photo.width
  const toGrey = (p: Point): Point => {
    const q = fromAligned(p)
    return [q[0] * s, q[1] * s]
  }
  const step = 1 / s
  // each side: the first well-supported straight edge moving out from the text, else none
  const side = (from: number, outward: 1 | -1, along: [number, number], vertical: boolean, reach: number) => {
    let best: { at: number; support: number } | null = null
    for (let d = step; d <= reach; d += step) {
      const at = from + outward * d
      const a: Point = vertical ? [at, along[0]] : [along[0], at]
      const b: Point = vertical ? [at, along[1]] : [along[1], at]
      const support = supportAlong(edges, toGrey(a), toGrey(b))
      if (support >= MIN_SUPPORT && (!best || support > best.support)) best = { at, support }
      else if (best && support < best.support * 0.7) break
    }
    return best
  }
  const w = x1 - x0
  const h = y1 - y0
  const seen = {
    left: side(x0, -1, [y0, y1], true, MAX_REACH * w),
    right: side(x1, 1, [y0, y1], true, MAX_REACH * w),
    top: side(y0, -1, [x0, x1], false, MAX_REACH * h),
    bottom: side(y1, 1, [x0, x1], false, MAX_REACH * h),
  }
  const found: Partial<CardSides> = {}
  for (const [name, edge] of Object.entries(seen)) if (edge) found[name as CardSide] = edge.at
  // a side is cut off when one of its ends lies past the picture's edge (an edge a pixel or two inside it is
  // not seen either)
  const margin = 0.01 * Math.max(photo.width, photo.height)
  const pastEdge = (name: CardSide, at: number, from: number, to: number) =>
    [from, to].some((along) => {
      const [x, y] = fromAligned(name === 'left' || name === 'right' ? [at, along] : [along, at])
      return x < margin || y < margin || x > photo.width - margin || y > photo.height - margin
    })
  const sides = completeCutCard(found, pastEdge)
  if (!sides) return null
  const quad = [
    [sides.left, sides.top],
    [sides.right, sides.top],
    [sides.right, sides.bottom],
    [sides.left, sides.bottom],
  ].map((p) => fromAligned(p as unknown as Point)) as unknown as Quad
  const complete = Object.values(seen).every((edge) => edge)
  // refining moves each side to the steepest step near it: a side past the picture has none to move to
  const corners = complete ? refineQuad(photo, quad, 1024) : quad
  return {
    corners: canonicalCorners(corners),
    score: Math.min(...Object.values(seen).flatMap((edge) => (edge ? [edge.support] : []))),
  }
}
