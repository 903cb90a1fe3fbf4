// How sure a name's letters are. In the card's OCR-B face c o s u v w x z differ from their capitals in size
// alone, and the recogniser shares its score between the two (`CH[o 0.60]I`, `[S 0.52]hing`); the name's form
// says which case stands where — the surname in capitals, each given name a capital then small letters — so
// such a letter read in the case its place requires is as sure as the bar once it clears the bar set on wrong
// letters (`LONE_LETTER_AT`). Any other letter, or one in the wrong case, keeps its own score.
import type { LineText } from './line-text.ts'
import { CONFIDENT_AT } from './printed-values.ts'
import { LONE_LETTER_AT } from './symbol-line.ts'

const SIZE_ONLY = /[cosuvwxz]/i

/** The case the name's form requires at each letter of `text` (`SURNAME, Given Names`); null past no comma. */
function expectedCase(text: string): ('upper' | 'lower' | null)[] {
  const comma = text.search(/[,.]/)
  let wordStart = true
  return Array.from(text, (c, i) => {
    if (!/[A-Za-z]/.test(c)) {
      wordStart = true
      return null
    }
    const start = wordStart
    wordStart = false
    if (comma < 0) return null
    return i < comma || start ? 'upper' : 'lower'
  })
}

/** The weakest letter of the name's reading, a size-only letter in its place's case counted as the bar. */
export function nameConfidence(line: LineText): number {
  const chars = Array.from(line.text)
  const want = expectedCase(line.text)
  let min = 1
  chars.forEach((c, i) => {
    if (!/[\p{L}\p{N}]/u.test(c)) return
    const p = line.probs[i] ?? 0
    const inPlace = SIZE_ONLY.test(c) && want[i] === (c === c.toUpperCase() ? 'upper' : 'lower')
    min = Math.min(min, inPlace && p >= LONE_LETTER_AT ? Math.max(p, CONFIDENT_AT) : p)
  })
  return min
}
