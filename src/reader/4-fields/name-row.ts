// The English name from its row. The card prints `SURNAME, Given Names` in monospace with a full cell between
// words, so the detector often gives one box per word; the row is also read again as one crop. The name is
// taken from the whole row's reading when its letters are the boxes' letters, and is sure only when every box
// on the row is accounted for: each reason below leaves it for a person to check.
import { parseEnglishName, type EnglishName } from './english-name.ts'
import { weakest, type LineText } from './line-text.ts'
import { agreeingReading, nameConfidence } from './name-letters.ts'

/** Why a name read from a row is not sure */
export type NameDoubt =
  /** a word on the name row that the name does not contain */
  | 'word-left-over'
  /** no comma was read: where the surname ends is a guess */
  | 'comma-guessed'
  /** the surname's capitals were read as small letters (LoK) or a small l taken for I */
  | 'case-corrected'
  /** the whole row's reading and its boxes' readings hold different letters */
  | 'boxes-disagree'
  /** the run touches the straightened card's side: the card was found too tight, and letters may lie past it */
  | 'at-card-edge'
  /** a word of one letter: the card prints syllables and names, never an initial — a stray mark read as one */
  | 'lone-letter'

export interface RowRun {
  /** The run's boxes, left to right */
  parts: LineText[]
  /** The run read as one crop: the single box itself, or null when a run of several was not read again */
  whole: LineText | null
}

export interface NameFromRow {
  name: EnglishName
  /** The reading the name came from (its timing spaces the surname) */
  line: LineText
  /** Weakest letter the name was read from */
  confidence: number
  doubts: NameDoubt[]
}

/** Both generations print the name ≥ 0.04 of the card's width in from its left side */
const CARD_EDGE = 0.02

const letters = (text: string) => text.normalize('NFKC').replace(/[^A-Za-z]/g, '')

/** A box with no Latin letter read weakly is background (guilloche, the flower), not a word. */
export function isNoise(l: LineText): boolean {
  return !/[A-Za-z]/.test(l.text) && weakest(l, 0, Array.from(l.text).length) < 0.5
}

/** Upper-cases what stands before the comma: a surname is all capitals, so `LoK,` is LOK read in the wrong case. */
function surnameUpper(text: string): string {
  const comma = text.search(/[,.，]/)
  return comma < 0 ? text : text.slice(0, comma).toUpperCase() + text.slice(comma)
}

/**
 * The name in a run of the row, or null when the run holds none. `others` are the row's other runs: a word among
 * them is a word left over.
 */
export function nameFromRun(run: RowRun, others: readonly RowRun[] = []): NameFromRow | null {
  const parts = run.parts.filter((p) => !isNoise(p))
  const doubts = new Set<NameDoubt>()
  if (parts.some((p) => !/[A-Za-z]/.test(p.text))) doubts.add('word-left-over')
  if (others.some((o) => o.parts.some((p) => /[A-Za-z]{2}/.test(p.text) && !isNoise(p))))
    doubts.add('word-left-over')
  if (parts.length && (parts[0]!.x0 < CARD_EDGE || parts[parts.length - 1]!.x1 > 1 - CARD_EDGE))
    doubts.add('at-card-edge')
  const joinedText = parts.map((p) => p.text).join(' ')
  const joined: LineText | null = parts.length === 1 ? parts[0]! : null

  const candidates: { text: string; line: LineText | null; caseCorrected: boolean }[] = []
  if (run.whole) candidates.push({ text: run.whole.text, line: run.whole, caseCorrected: false })
  if (run.whole) candidates.push({ text: surnameUpper(run.whole.text), line: run.whole, caseCorrected: true })
  candidates.push({ text: joinedText, line: joined, caseCorrected: false })
  candidates.push({ text: surnameUpper(joinedText), line: joined, caseCorrected: true })

  // a whole-row reading whose letters the boxes do not hold is second to the boxes: its crop takes in more of
  // the background, where a stray letter is read (`Yuetr`)
  const holds = (text: string) => letters(text).toUpperCase() === letters(joinedText).toUpperCase()
  candidates.sort((a, b) => Number(!holds(a.text)) - Number(!holds(b.text)))
  for (const c of candidates) {
    const name = parseEnglishName(c.text)
    if (!name) continue
    const corrected = c.caseCorrected && c.text !== (c.line?.text ?? joinedText)
    if (corrected || name.corrected) doubts.add('case-corrected')
    if (name.commaGuessed) doubts.add('comma-guessed')
    if (`${name.surname} ${name.given}`.split(/[\s-]+/).some((w) => w.replace(/'/g, '').length === 1))
      doubts.add('lone-letter')
    if (!holds(c.text) || (run.whole && !holds(run.whole.text))) doubts.add('boxes-disagree')
    const from = c.line ?? parts[0]!
    // the run read whole and its boxes read one by one are two readings: where they agree, the surer counts
    const agreed = c.line && c.line === run.whole && parts.length > 1 ? agreeingReading(c.line, parts) : null
    const confidence = c.line ? nameConfidence(agreed ?? c.line) : Math.min(...parts.map(nameConfidence))
    return { name, line: from, confidence, doubts: [...doubts] }
  }
  return null
}
