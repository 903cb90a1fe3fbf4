// Rows, not boxes: the card prints its data in a monospace face with a full empty cell between words, and DB
// detection splits such a row into one box per word (`LOK,` `Wing` `Ching`) or per digit run. Boxes are grouped
// into rows as PaddleOCR's `sorted_boxes` does (by top, same row when they share the line's height), each gap
// kept, and a row is cut into runs where a gap is wider than words are apart, so fields printed side by side
// (the issue date beside the number) stay apart while a name's words come together.
import type { Quad } from '../geometry.ts'

export interface RowBox {
  /** Corners in pixels (or any units where x and y have the same scale), TL TR BR BL */
  quad: Quad
}

export interface TextRun<B extends RowBox> {
  /** The run's boxes, left to right */
  boxes: B[]
  /** Space before each box after the first, in row heights; negative where two boxes overlap */
  gaps: number[]
  /** Axis-aligned bounds of the whole run */
  x0: number
  y0: number
  x1: number
  y1: number
}

/** Boxes on one row share at least this share of the lower one's height */
const SAME_ROW_OVERLAP = 0.5
/** and neither is this many times taller than the other (a label beside a large date is its own row) */
const HEIGHT_RATIO = 1.6
/** Words of one field are at most this many row heights apart (a full cell between words is ≈ 0.6–1.6) */
export const RUN_GAP = 2.4

const bounds = (q: Quad) => {
  const xs = q.map((p) => p[0])
  const ys = q.map((p) => p[1])
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) }
}

/** A box much taller than wide is print set on end (the vertical SAMPLE marks), never part of a row. */
export function isUpright(q: Quad): boolean {
  const b = bounds(q)
  return b.y1 - b.y0 >= 1.5 * (b.x1 - b.x0)
}

/** Boxes grouped into rows, top to bottom; each row cut into runs of nearby boxes, left to right. */
export function groupRows<B extends RowBox>(boxes: readonly B[]): TextRun<B>[][] {
  const items = boxes
    .filter((b) => !isUpright(b.quad))
    .map((box) => ({ box, ...bounds(box.quad) }))
    .sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0)
  const rows: (typeof items)[] = []
  for (const item of items) {
    const h = item.y1 - item.y0
    const row = rows.find((r) =>
      r.some((o) => {
        const oh = o.y1 - o.y0
        const overlap = Math.min(o.y1, item.y1) - Math.max(o.y0, item.y0)
        return (
          overlap >= SAME_ROW_OVERLAP * Math.min(h, oh) && Math.max(h, oh) <= HEIGHT_RATIO * Math.min(h, oh)
        )
      }),
    )
    if (row) row.push(item)
    else rows.push([item])
  }
  return rows.map((row) => {
    row.sort((a, b) => a.x0 - b.x0)
    const height = median(row.map((i) => i.y1 - i.y0))
    const runs: TextRun<B>[] = []
    for (const item of row) {
      const run = runs[runs.length - 1]
      const gap = run ? (item.x0 - run.x1) / height : Infinity
      if (run && gap <= RUN_GAP) {
        run.boxes.push(item.box)
        run.gaps.push(gap)
        run.x1 = Math.max(run.x1, item.x1)
        run.y0 = Math.min(run.y0, item.y0)
        run.y1 = Math.max(run.y1, item.y1)
      } else {
        runs.push({ boxes: [item.box], gaps: [], x0: item.x0, y0: item.y0, x1: item.x1, y1: item.y1 })
      }
    }
    return runs
  })
}

function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b)
  return sorted[sorted.length >> 1] ?? 1
}
