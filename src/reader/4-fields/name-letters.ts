// How sure a name's letters are. In the card's OCR-B face c o s u v w x z differ from their capitals in size
// alone, and the recogniser shares its score between the two (`CH[o 0.60]I`, `[S 0.52]hing`); the name's form
// says which case stands where — the surname in capitals, each given name a capital then small letters — so
// such a letter read in the case its place requires is as sure as the bar once it clears the bar set on wrong
// letters (`LONE_LETTER_AT`). Any other letter, or one in the wrong case, keeps its own score — unless the
// recogniser's runner-up there is the same letter in the other case: then the doubt was the case alone, which
// the form settles, and the two together must clear the bar.
import type { LineText } from './line-text.ts'
import { CONFIDENT_AT } from './printed-values.ts'
import { LONE_LETTER_AT } from './symbol-line.ts'

const SIZE_ONLY = /[cosuvwxz]/i
const isLetter = (c: string) => /[A-Za-z]/.test(c)

/** The case the name's form requires at each letter of `text` (`SURNAME, Given Names`); null past no comma. */
function expectedCase(text: string): ('upper' | 'lower' | null)[] {
  const comma = text.search(/[,.]/)
  let wordStart = true
  return Array.from(text, (c, i) => {
    if (!isLetter(c)) {
      wordStart = true
      return null
    }
    const start = wordStart
    wordStart = false
    if (comma < 0) return null
    return i < comma || start ? 'upper' : 'lower'
  })
}

/** A letter's score as evidence: a doubt only of case, in a place whose case the form fixes, is no doubt. */
function letterScore(line: LineText, i: number, c: string, want: 'upper' | 'lower' | null): number {
  const p = line.probs[i] ?? 0
  if (!isLetter(c) || want !== (c === c.toUpperCase() ? 'upper' : 'lower')) return p
  if (SIZE_ONLY.test(c) && p >= LONE_LETTER_AT) return Math.max(p, CONFIDENT_AT)
  const alt = line.alts[i] ?? ''
  const caseOnly = alt !== c && alt.toLowerCase() === c.toLowerCase()
  return caseOnly && p + (line.altProbs[i] ?? 0) >= CONFIDENT_AT ? Math.max(p, CONFIDENT_AT) : p
}

/** The weakest letter of the name's reading, a size-only letter in its place's case counted as the bar. */
export function nameConfidence(line: LineText): number {
  const chars = Array.from(line.text)
  const want = expectedCase(line.text)
  let min = 1
  chars.forEach((c, i) => {
    if (!/[\p{L}\p{N}]/u.test(c)) return
    min = Math.min(min, letterScore(line, i, c, want[i] ?? null))
  })
  return min
}

/**
 * The whole run's reading with each letter as sure as the surer of two readings that agree letter for letter,
 * case and all: the run read as one crop and its boxes read one by one. Null when they differ anywhere.
 */
export function agreeingReading(whole: LineText, parts: readonly LineText[]): LineText | null {
  const fromParts = parts.flatMap((p) =>
    Array.from(p.text).flatMap((c, i) => (isLetter(c) ? [{ c, p: p.probs[i] ?? 0 }] : [])),
  )
  const chars = Array.from(whole.text)
  const letterAt = chars.flatMap((c, i) => (isLetter(c) ? [i] : []))
  if (letterAt.length !== fromParts.length || letterAt.some((i, k) => chars[i] !== fromParts[k]!.c))
    return null
  const probs = [...whole.probs]
  letterAt.forEach((i, k) => (probs[i] = Math.max(probs[i] ?? 0, fromParts[k]!.p)))
  return { ...whole, probs }
}
