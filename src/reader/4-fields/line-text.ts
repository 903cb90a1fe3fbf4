// A recognised line as field extraction sees it: NFKC-folded (full-width brackets and digits become ASCII),
// dashes unified, each character still carrying its probability and place, so a field's confidence is the
// weakest character it was read from.
import type { CardLine } from '../3-text/read-card-text.ts'

export interface LineText {
  line: CardLine
  text: string
  probs: number[]
  /** The recogniser's runner-up at each character and its probability (0 when not kept) */
  alts: string[]
  altProbs: number[]
  /** Left, top, right, bottom of the line's box as fractions of the card */
  x0: number
  y0: number
  x1: number
  y1: number
}

export interface Match {
  value: string
  /** Weakest character of the match */
  confidence: number
  line: LineText
}

const DASHES = /[‐‑‒–—―−﹣－~]/g

export function lineText(line: CardLine): LineText {
  let text = ''
  const probs: number[] = []
  const alts: string[] = []
  const altProbs: number[] = []
  for (const c of line.chars) {
    const folded = c.char.normalize('NFKC').replace(DASHES, '-')
    for (const ch of Array.from(folded)) {
      text += ch
      probs.push(c.prob)
      alts.push(c.alt?.normalize('NFKC') ?? '')
      altProbs.push(c.altProb ?? 0)
    }
  }
  const xs = line.box.map((p) => p[0])
  const ys = line.box.map((p) => p[1])
  return {
    line,
    text,
    probs,
    alts,
    altProbs,
    x0: Math.min(...xs),
    y0: Math.min(...ys),
    x1: Math.max(...xs),
    y1: Math.max(...ys),
  }
}

/** The lowest probability among the letters, digits and stars in [start, end): punctuation carries no value. */
export function weakest(line: LineText, start: number, end: number): number {
  let min = 1
  const chars = Array.from(line.text)
  for (let i = start; i < end; i++)
    if (/[\p{L}\p{N}*]/u.test(chars[i] ?? '')) min = Math.min(min, line.probs[i] ?? 0)
  return min
}

/** The first match of the pattern in the line, with its capture groups and confidence. */
export function matchLine(line: LineText, pattern: RegExp): (Match & { groups: string[] }) | null {
  // indices are in UTF-16 units; the texts matched here are ASCII or BMP Han, one unit per character
  const m = pattern.exec(line.text)
  if (!m) return null
  return {
    value: m[0],
    groups: m.slice(1).map((g) => g ?? ''),
    confidence: weakest(line, m.index, m.index + m[0].length),
    line,
  }
}

export const centreY = (l: LineText) => (l.y0 + l.y1) / 2
export const height = (l: LineText) => l.y1 - l.y0
