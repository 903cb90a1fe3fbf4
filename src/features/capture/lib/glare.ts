// Specular glare: a compact patch of the card clipped to colourless white, brighter than the card's
// own paper, with no print left in it. A pale card in bright light is not glare: where its paper is at
// or near the top of the range, bright paper clips in broad patches that reach the card's edges (a
// gradient of light) or that print runs through (not solid); only a solid blob inside the card counts.
// Overexposure itself is judged apart (quality-meter.ts), by whether the print is washing out.
import type { CardBlocks } from './card-blocks.ts'

/** Levels a glare block must stand above the card's unclipped paper (noise is averaged out per block). */
const ABOVE_PAPER = 4
/** A flat block: no print in it. */
const FLAT = 8
/** From a glare patch's middle to its nearest edge, as a share of the card's width: a reflection is a
 * blob; bright paper between lines of print is a sliver. */
const MIN_RADIUS = 0.065
/** Paper at or above this is a few levels short of clipping. */
const BRIGHT_PAPER = 243
/** Of a patch on bright paper: its area over the span of each of its rows. A reflection is solid. */
const MIN_SOLIDITY = 0.8
/** Blank blocks darker than this share of the card's paper level are not paper (a portrait's shadow,
 * the inside of a large letter). */
const VISIBLE_PAPER = 0.8
/** Share of the blank paper clipped white above which the paper counts as clipped. */
const CLIPPED_PAPER = 0.55

export interface GlareReading {
  /** Share of the card covered by compact, clipped patches brighter than its paper, 0–1. */
  share: number
  /** The paper's luma the patches were compared with. */
  paper: number
  /** Whether only a solid blob inside the card counts (the paper is at or near clipping). */
  strict: boolean
  /** The largest candidate patch. */
  best: Patch | null
  /** Share of the blank paper that is clipped colourless white. */
  clippedPaper: number
}

/** Chamfer distance (in blocks) from each marked block to the nearest unmarked one or the grid's edge. */
function inscribedDistance(mask: Uint8Array, columns: number, rows: number): Float32Array {
  const d = new Float32Array(mask.length)
  for (let q = 0; q < mask.length; q++) d[q] = mask[q] ? 1e6 : 0
  const at = (i: number, j: number) => (i < 0 || j < 0 || i >= columns || j >= rows ? 0 : d[j * columns + i]!)
  for (let j = 0; j < rows; j++)
    for (let i = 0; i < columns; i++) {
      const q = j * columns + i
      if (!mask[q]) continue
      d[q] = Math.min(
        d[q]!,
        at(i - 1, j) + 1,
        at(i, j - 1) + 1,
        at(i - 1, j - 1) + 1.4,
        at(i + 1, j - 1) + 1.4,
      )
    }
  for (let j = rows - 1; j >= 0; j--)
    for (let i = columns - 1; i >= 0; i--) {
      const q = j * columns + i
      if (!mask[q]) continue
      d[q] = Math.min(
        d[q]!,
        at(i + 1, j) + 1,
        at(i, j + 1) + 1,
        at(i + 1, j + 1) + 1.4,
        at(i - 1, j + 1) + 1.4,
      )
    }
  return d
}

interface Patch {
  area: number
  /** Blocks from its middle to its nearest edge. */
  depth: number
  /** Whether it reaches the edge of the card's grid. */
  border: boolean
  /** Its area over the area between its leftmost and rightmost block on each row: 1 for a solid blob. */
  solidity: number
}

/** The 4-connected patches of the mask, with their shape. */
function patchesOf(mask: Uint8Array, columns: number, rows: number): Patch[] {
  const n = mask.length
  const distance = inscribedDistance(mask, columns, rows)
  const seen = new Uint8Array(n)
  const patches: Patch[] = []
  for (let start = 0; start < n; start++) {
    if (!mask[start] || seen[start]) continue
    const members = [start]
    seen[start] = 1
    let depth = 0
    let border = false
    const spans = new Map<number, [number, number]>()
    for (let k = 0; k < members.length; k++) {
      const q = members[k]!
      const i = q % columns
      const j = (q - i) / columns
      depth = Math.max(depth, distance[q]!)
      if (i === 0 || j === 0 || i === columns - 1 || j === rows - 1) border = true
      const span = spans.get(j)
      spans.set(j, span ? [Math.min(span[0], i), Math.max(span[1], i)] : [i, i])
      for (const next of [i > 0 ? q - 1 : -1, i < columns - 1 ? q + 1 : -1, q - columns, q + columns]) {
        if (next < 0 || next >= n || !mask[next] || seen[next]) continue
        seen[next] = 1
        members.push(next)
      }
    }
    let spanned = 0
    for (const [from, to] of spans.values()) spanned += to - from + 1
    patches.push({ area: members.length, depth, border, solidity: members.length / spanned })
  }
  return patches
}

export function measureGlare(blocks: CardBlocks): GlareReading {
  const { columns, rows, min, max, mean, blown } = blocks
  const n = columns * rows
  // The paper: blank blocks (no print in them), and its level where it is not clipped.
  const levels: number[] = []
  let blank = 0
  let clippedBlank = 0
  for (let q = 0; q < n; q++) {
    if (max[q]! - min[q]! > FLAT) continue
    blank++
    if (blown[q]) clippedBlank++
    else if (mean[q]! >= blocks.paper * VISIBLE_PAPER) levels.push(mean[q]!)
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[values.length >> 1] ?? 255
  const paper = levels.length >= blank * 0.1 ? median(levels) : 255
  const clippedPaper = blank ? clippedBlank / blank : 0
  // Paper clipped, or a few levels short of it: part of it clips under an ordinary gradient of light,
  // so only a solid blob inside the card is taken for a reflection.
  const strict = clippedPaper >= CLIPPED_PAPER || paper >= BRIGHT_PAPER
  const mask = new Uint8Array(n)
  for (let q = 0; q < n; q++) mask[q] = blown[q] && mean[q]! >= paper + ABOVE_PAPER ? 1 : 0
  let covered = 0
  let best: Patch | null = null
  for (const patch of patchesOf(mask, columns, rows)) {
    const glare =
      patch.depth >= columns * MIN_RADIUS && (!strict || (!patch.border && patch.solidity >= MIN_SOLIDITY))
    if (glare) covered += patch.area
    if (!best || patch.area > best.area) best = patch
  }
  return { share: covered / n, paper, clippedPaper, strict, best }
}
