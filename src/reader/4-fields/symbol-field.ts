// The symbols' line: a short run of symbol letters and stars below the date of birth, in its column and above the
// issue dates, confirmed where it can be by what the title and the dates say (`symbol-line.ts`).
import { weakest, type LineText } from './line-text.ts'
import { CONFIDENT_AT, NONE, read, type FieldRead } from './printed-values.ts'
import { checkSymbols, type SymbolContext } from './symbol-line.ts'

const SYMBOLS = /^[*A-Z0-9]{1,7}$/

/** How sure the symbols are of saying permanent or not: the A where one was read, else their weakest letter */
function symbolEvidence(l: LineText): number {
  const letters = Array.from(l.text).flatMap((c, i) =>
    /[A-Z0-9]/i.test(c) ? [{ c, p: l.probs[i] ?? 0 }] : [],
  )
  const a = letters.filter((x) => x.c === 'A')
  return Math.min(1, ...(a.length ? a : letters).map((x) => x.p))
}

export interface SymbolPlaces {
  birthday: LineText | null
  issue: LineText | null
  idLine: LineText | null
  context: SymbolContext
}

/** The symbols field, and how sure its letters are of the permanent mark (the A, else the weakest letter). */
export function findSymbols(
  lines: readonly LineText[],
  { birthday, issue, idLine, context }: SymbolPlaces,
): { symbol: FieldRead; letters: number } {
  const issueTop = issue?.y0 ?? 1
  for (const l of lines) {
    if (!birthday || l.y0 <= birthday.y0 + 0.01 || l === idLine) continue
    if (Math.abs(l.x0 - birthday.x0) > 0.06 || l.y0 > issueTop) continue
    const raw = l.text.replace(/\s/g, '').toUpperCase()
    // a star is sometimes read as a dot: taken as a star, but the field is then left for a person to check
    const text = raw.replace(/^[*.·•]+/, (stars) => '*'.repeat(stars.length))
    if (!SYMBOLS.test(text) || /\d{2}/.test(text)) continue
    const kept = Array.from(l.text).flatMap((c, i) => (/\s/.test(c) ? [] : [l.probs[i] ?? 0]))
    const check = checkSymbols(text, kept, context)
    const score = weakest(l, 0, l.text.length)
    return {
      symbol: read(text, check.sure ? Math.max(score, CONFIDENT_AT) : score, check.sure && text === raw),
      letters: check.status?.prob ?? symbolEvidence(l),
    }
  }
  return { symbol: NONE, letters: 0 }
}
