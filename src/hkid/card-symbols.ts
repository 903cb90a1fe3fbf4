// The symbol line under the date of birth (e.g. `***AZ`), decoded into chips the UI can label and explain.
// Meanings follow the Immigration Department's published list of symbols on identity cards; chips carry codes,
// the wording is i18n's job. The list marks the office codes (H1, K2, S1) and Y "not applicable to smart
// identity cards", and smart cards print the sex in its own field, so the old F/M letters do not occur either.
import { finding, type Finding } from './finding.ts'

export const symbolChipCodes = [
  'AGE_18_REENTRY',
  'AGE_11_17_REENTRY',
  'RIGHT_OF_ABODE',
  'RIGHT_TO_LAND',
  'STAY_LIMITED',
  'STAY_NOT_LIMITED',
  'BORN_HONG_KONG',
  'BORN_MAINLAND',
  'BORN_MACAO',
  'BORN_ELSEWHERE',
  'BIRTH_DETAILS_CHANGED',
  'NAME_CHANGED',
  'BIRTH_DATE_CONFIRMED',
  'SEX_FEMALE',
  'SEX_MALE',
  'ISSUING_OFFICE',
  'CARD_LOST',
  'UNKNOWN',
] as const
export type SymbolChipCode = (typeof symbolChipCodes)[number]

export interface SymbolChip {
  code: SymbolChipCode
  /** The characters on the card that produced this chip, e.g. `***`, `A`, `H1` */
  token: string
  /** ISSUING_OFFICE: { office }; CARD_LOST: { times } */
  params: Record<string, string | number>
}

/** Single letters that stand alone. */
const LETTER_CHIPS: Readonly<Record<string, SymbolChipCode>> = {
  A: 'RIGHT_OF_ABODE',
  R: 'RIGHT_TO_LAND',
  C: 'STAY_LIMITED',
  U: 'STAY_NOT_LIMITED',
  Z: 'BORN_HONG_KONG',
  X: 'BORN_MAINLAND',
  W: 'BORN_MACAO',
  O: 'BORN_ELSEWHERE',
  B: 'BIRTH_DETAILS_CHANGED',
  N: 'NAME_CHANGED',
  // Pre-smart-card letters: decoded (better than "unknown"), and reported by SYMBOL_NOT_ON_SMART_CARD.
  Y: 'BIRTH_DATE_CONFIRMED',
  F: 'SEX_FEMALE',
  M: 'SEX_MALE',
}

/** Letters that only occur with a number: office codes (H1, K2, S1, P1, V1) and lost-card counts (L1, L2…). */
const OFFICE_LETTERS = new Set(['H', 'K', 'S', 'P', 'V'])

/** Chips a smart card (HKID-2003 or HKID-2018) never carries. */
export const NOT_ON_SMART_CARDS: ReadonlySet<SymbolChipCode> = new Set<SymbolChipCode>([
  'ISSUING_OFFICE',
  'BIRTH_DATE_CONFIRMED',
  'SEX_FEMALE',
  'SEX_MALE',
])

function chipFor(letter: string, number: string): SymbolChip {
  const token = letter + number
  if (number === '') {
    const code = LETTER_CHIPS[letter]
    if (code) return { code, token, params: {} }
  } else if (OFFICE_LETTERS.has(letter)) {
    return { code: 'ISSUING_OFFICE', token, params: { office: token } }
  } else if (letter === 'L') {
    return { code: 'CARD_LOST', token, params: { times: Number(number) } }
  }
  return { code: 'UNKNOWN', token, params: {} }
}

/**
 * Splits the symbol string into chips, in card order. Whitespace is ignored and case folded; a run of stars is
 * `***` (18+) or `*` (11–17), any other count is unknown. Unknown tokens become UNKNOWN chips plus an info
 * finding (more likely OCR noise than a problem with the card); pre-smart-card symbols a warning.
 */
export function decodeSymbols(symbol: string): { chips: SymbolChip[]; findings: Finding[] } {
  const text = symbol.normalize('NFKC').replace(/\s+/g, '').toUpperCase()
  const chips: SymbolChip[] = []
  // Stars, a letter with optional digits, or any single other character.
  for (const [token, stars, letter, number] of text.matchAll(/(\*+)|([A-Z])(\d*)|./gsu)) {
    if (stars) {
      const code =
        stars.length === 3 ? 'AGE_18_REENTRY' : stars.length === 1 ? 'AGE_11_17_REENTRY' : 'UNKNOWN'
      chips.push({ code, token, params: {} })
    } else if (letter) {
      chips.push(chipFor(letter, number ?? ''))
    } else {
      chips.push({ code: 'UNKNOWN', token, params: {} })
    }
  }
  const findings = chips.flatMap((chip) =>
    chip.code === 'UNKNOWN'
      ? [finding('SYMBOL_UNKNOWN', 'symbol', { token: chip.token, symbol })]
      : NOT_ON_SMART_CARDS.has(chip.code)
        ? [finding('SYMBOL_NOT_ON_SMART_CARD', 'symbol', { token: chip.token, symbol })]
        : [],
  )
  return { chips, findings }
}

/**
 * A permanent card is issued to holders with the right of abode, whose symbols include A. Card-level (field
 * null) because either read may be the wrong one. Skipped when either side is unknown (permanent null, symbol
 * empty), since then there is nothing to contradict.
 */
export function checkPermanentSymbol(permanent: boolean | null, symbol: string): Finding[] {
  if (permanent === null || symbol.trim() === '') return []
  const hasA = decodeSymbols(symbol).chips.some((chip) => chip.code === 'RIGHT_OF_ABODE')
  if (permanent && !hasA) return [finding('PERMANENT_WITHOUT_A', null, { symbol })]
  if (!permanent && hasA) return [finding('A_WITHOUT_PERMANENT', null, { symbol })]
  return []
}
