// Finds the card's four straight edges near the guide's sides. A card edge is a line of strong
// gradient that runs along most of the guide's middle band; text, patterns and a desk's grain are not.
import { clampBox, lumaPercentile, type LumaImage, type PixelBox } from './luma-image.ts'

/** Share of the band an edge must run along. */
const MIN_COHERENCE = 0.6
/** Columns (or rows) either side a slightly tilted edge may wander. */
const SLACK = 2
/** ID-1 is 1.585:1; a found box far from that is something else. */
const MIN_ASPECT = 1.3
const MAX_ASPECT = 1.9

interface EdgeHit {
  at: number
  coherence: number
}

function strongestLine(
  image: LumaImage,
  vertical: boolean,
  from: number,
  to: number,
  bandFrom: number,
  bandTo: number,
  threshold: number,
): EdgeHit {
  const { data, width } = image
  let best: EdgeHit = { at: -1, coherence: 0 }
  for (let line = Math.max(1 + SLACK, from); line <= to - 1 - SLACK; line++) {
    let hits = 0
    for (let along = bandFrom; along < bandTo; along++) {
      for (let d = -SLACK; d <= SLACK; d++) {
        const l = line + d
        const gradient = vertical
          ? Math.abs(data[along * width + l + 1]! - data[along * width + l - 1]!)
          : Math.abs(data[(l + 1) * width + along]! - data[(l - 1) * width + along]!)
        if (gradient >= threshold) {
          hits++
          break
        }
      }
    }
    const coherence = hits / Math.max(1, bandTo - bandFrom)
    if (coherence > best.coherence) best = { at: line, coherence }
  }
  return best
}

/** The card's box in image pixels, or null when no card-shaped set of edges is around the guide. */
export function findCard(image: LumaImage, guide: PixelBox): PixelBox | null {
  const area = clampBox(image, guide)
  // Edges are judged against the scene's own contrast, so a dim scene still shows its card.
  const range = lumaPercentile(image, area, 0.95) - lumaPercentile(image, area, 0.05)
  const threshold = Math.max(8, range * 0.22)
  const g = guide
  const searchX = g.width * 0.3
  const searchY = g.height * 0.3
  const marginX = g.width * 0.06
  const marginY = g.height * 0.06
  const rows: [number, number] = [Math.round(g.y + g.height * 0.3), Math.round(g.y + g.height * 0.7)]
  const cols: [number, number] = [Math.round(g.x + g.width * 0.3), Math.round(g.x + g.width * 0.7)]
  const clampX = (v: number) => Math.max(0, Math.min(image.width - 1, Math.round(v)))
  const clampY = (v: number) => Math.max(0, Math.min(image.height - 1, Math.round(v)))

  // Each edge is searched in a band across the guide's border: outward by the margin, inward by the search.
  const vertical = (from: number, to: number) =>
    strongestLine(image, true, clampX(from), clampX(to), ...rows, threshold)
  const horizontal = (from: number, to: number) =>
    strongestLine(image, false, clampY(from), clampY(to), ...cols, threshold)
  const left = vertical(g.x - marginX, g.x + searchX)
  const right = vertical(g.x + g.width - searchX, g.x + g.width + marginX)
  const top = horizontal(g.y - marginY, g.y + searchY)
  const bottom = horizontal(g.y + g.height - searchY, g.y + g.height + marginY)
  if ([left, right, top, bottom].some((edge) => edge.coherence < MIN_COHERENCE)) return null
  const box = { x: left.at, y: top.at, width: right.at - left.at, height: bottom.at - top.at }
  const aspect = box.width / box.height
  if (aspect < MIN_ASPECT || aspect > MAX_ASPECT) return null
  return box
}
