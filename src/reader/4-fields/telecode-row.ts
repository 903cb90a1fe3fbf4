// Telecodes from their row. The card prints one four-digit code per Chinese character, wide apart on a row of
// their own; the detector gives one box per code, one box for the whole run (`286730572532`), or boxes that
// overlap and read a digit twice (`26512` `24802597`). The row's digits are cut into groups of four; a digit
// where two boxes overlap is read once, and the row is sure only when its whole reading says the same.
import type { RowRun } from './name-row.ts'
import { weakest, type LineText } from './line-text.ts'

export interface TelecodeRow {
  groups: string[]
  /** Weakest digit */
  confidence: number
  /** A digit was dropped where boxes overlap, or the boxes and the whole row read different digits */
  doubtful: boolean
}

const DIGITS_ONLY = /^[\d\s]+$/
const digitsOf = (l: LineText) => l.text.replace(/\s/g, '')
const weakestOf = (l: LineText) => weakest(l, 0, Array.from(l.text).length)

/** Groups of four from a run of digits; null unless it is a whole number of codes. */
export function fourDigitGroups(digits: string): string[] | null {
  if (digits.length < 4 || digits.length % 4 !== 0 || !/^\d+$/.test(digits)) return null
  const groups: string[] = []
  for (let i = 0; i < digits.length; i += 4) groups.push(digits.slice(i, i + 4))
  return groups
}

/**
 * The boxes' digits joined left to right. Where two boxes overlap and the seam repeats a digit (`26512`
 * `24802597`), the repeat is read once when that makes a whole number of codes.
 */
export function joinDigitBoxes(parts: readonly LineText[]): { digits: string; doubled: boolean } {
  let digits = ''
  let doubled = false
  parts.forEach((p, i) => {
    const next = digitsOf(p)
    const previous = parts[i - 1]
    if (previous && p.x0 < previous.x1 && digits.endsWith(next.charAt(0))) {
      doubled = true
      digits += next.slice(1)
    } else digits += next
  })
  if (doubled && digits.length % 4 !== 0) {
    // the repeat was printed twice after all: keep every digit, and the row stays in doubt
    return { digits: parts.map(digitsOf).join(''), doubled: true }
  }
  return { digits, doubled }
}

/** The codes in a run of the telecode row, or null when the run is not all digits in whole codes. */
export function telecodesFromRun(run: RowRun): TelecodeRow | null {
  if (!run.parts.every((p) => DIGITS_ONLY.test(p.text))) return null
  const boxes = joinDigitBoxes(run.parts)
  const whole = run.whole && DIGITS_ONLY.test(run.whole.text) ? digitsOf(run.whole) : null
  const fromBoxes = fourDigitGroups(boxes.digits)
  const fromWhole = whole ? fourDigitGroups(whole) : null
  const weakestPart = Math.min(...run.parts.map(weakestOf))
  if (fromWhole && whole === boxes.digits) {
    const confidence = Math.max(weakestPart, weakestOf(run.whole!))
    // the whole row confirms the digits, so a repeat dropped at a seam is accounted for
    return { groups: fromWhole, confidence, doubtful: false }
  }
  if (fromBoxes) return { groups: fromBoxes, confidence: weakestPart, doubtful: boxes.doubled || !!whole }
  if (fromWhole) return { groups: fromWhole, confidence: weakestOf(run.whole!), doubtful: true }
  return null
}
