// The symbol line (`***AZ`) is a closed vocabulary, so a letter the recogniser scores under the bar can still be
// sure on other evidence: its place in the line's grammar and what the card's other fields say. The stars are
// checked against the holder's age when the card was issued, the A against the title's PERMANENT; only the
// letters nothing else confirms (which of C, U, R; B, N; the birthplace) rest on their own score, against a bar
// set on the letters the recogniser read wrong (`bench/reader/letter-errors.ts`), never on right ones.
import { ageOn } from '#src/hkid/symbol-rules.ts'
import { CONFIDENT_AT } from './printed-values.ts'

/**
 * The smart card's symbol line: stars for the re-entry permit (`***` 18 or over, `*` 11 to 17 when issued, only
 * with the right of abode), the holder's status (A, or R, C, U), birth details or name changed (B, N), and the
 * place of birth (Z, X, W, O).
 */
const SMART_CARD_SYMBOLS = /^(\*\*\*|\*)?([ARCU])(B?)(N?)([ZXWO])$/

/** A letter nothing else confirms must be read at least this surely: above every wrong capital on the tuning part */
export const LONE_LETTER_AT = 0.7
/** A character taken on its own score alone, as every field is */
const SURE_AT = CONFIDENT_AT

export interface SymbolContext {
  /** The title's word PERMANENT/永久 read (true) or a title read without it (false), each only when read surely */
  permanentTitle: boolean | null
  /** Date of birth DD-MM-YYYY and current issue date DD-MM-YY, each only when read surely and valid */
  birthday: string | null
  issueDate: string | null
}

export interface SymbolCheck {
  /** The line parses as a smart card's symbols and every character is confirmed or read surely */
  sure: boolean
  /** The letter that says permanent or not (A, or R, C, U) with its score; null when the line does not parse */
  status: { letter: string; prob: number } | null
}

const iso = (date: string, century = '') => {
  const [dd, mm, yy] = date.split('-')
  return `${century}${yy}-${mm}-${dd}`
}

/** The holder's age on the current issue date (smart cards were issued from 2003), or null when unknown. */
function ageAtIssue(context: SymbolContext): number | null {
  if (!context.birthday || !context.issueDate) return null
  return ageOn(iso(context.birthday), iso(context.issueDate, '20'))
}

/** `text` as the line reads (stars already unified), `probs` each character's score. */
export function checkSymbols(text: string, probs: readonly number[], context: SymbolContext): SymbolCheck {
  const m = SMART_CARD_SYMBOLS.exec(text)
  if (!m) return { sure: false, status: null }
  const [, stars = '', status = '', b = '', n = '', birthplace = ''] = m
  const p = (at: number) => probs[at] ?? 0
  const statusAt = stars.length
  const statusRead = { letter: status, prob: p(statusAt) }
  // stars are printed only for permanent residents with the right of abode
  if (stars && status !== 'A') return { sure: false, status: statusRead }

  let sure = true
  const starsWeakest = Math.min(1, ...Array.from(stars, (_, i) => p(i)))
  if (stars) {
    const age = ageAtIssue(context)
    if (age === null) sure &&= starsWeakest >= SURE_AT
    else sure &&= stars === '***' ? age >= 18 : age >= 11 && age < 18
  }
  // the status letter: A is confirmed by the title's PERMANENT, a non-permanent one only as "not A"
  const permanent = status === 'A'
  if (context.permanentTitle !== null && context.permanentTitle !== permanent) sure = false
  else if (!permanent || context.permanentTitle === null)
    sure &&= p(statusAt) >= (context.permanentTitle === null ? SURE_AT : LONE_LETTER_AT)
  // the letters nothing else on the card confirms
  const rest = statusAt + 1
  const lone = [b, n, birthplace].join('')
  for (let i = 0; i < lone.length; i++) sure &&= p(rest + i) >= LONE_LETTER_AT
  return { sure, status: statusRead }
}
