// What the symbol line must agree with (the Immigration Department's list of symbols on smart identity cards):
// `***` means 18 or over and `*` 11 to 17 when the card was issued; every smart card states the holder's place
// of birth (Z, X, W or O); a non-permanent card states the holder's status to stay (C, U or R).
import type { CardDates } from './card-dates.ts'
import { decodeSymbols, type SymbolChipCode } from './card-symbols.ts'
import { finding, type Finding } from './finding.ts'
import type { CardFields } from './recognize-contract.ts'

const BIRTHPLACES = new Set<SymbolChipCode>([
  'BORN_HONG_KONG',
  'BORN_MAINLAND',
  'BORN_MACAO',
  'BORN_ELSEWHERE',
])
const STAY_STATUS = new Set<SymbolChipCode>(['STAY_LIMITED', 'STAY_NOT_LIMITED', 'RIGHT_TO_LAND'])

/** Whole years from birth to a day, both ISO YYYY-MM-DD (a birthday on 29 February counts from 1 March). */
export function ageOn(birthdayIso: string, dayIso: string): number {
  const [by, bm, bd] = birthdayIso.split('-').map(Number) as [number, number, number]
  const [y, m, d] = dayIso.split('-').map(Number) as [number, number, number]
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0)
}

/**
 * Findings about a non-empty symbol line. The age rule uses the date of issue (the stars are printed then; a
 * holder who turns 18 is called to replace the card) and is skipped when either date is unknown.
 */
export function checkSymbolRules(
  card: Pick<CardFields, 'symbol' | 'permanent'>,
  dates: Pick<CardDates, 'birthday' | 'currentIssueDate'>,
): Finding[] {
  const { chips } = decodeSymbols(card.symbol)
  const findings: Finding[] = []
  const stars = chips.find((chip) => chip.code === 'AGE_18_REENTRY' || chip.code === 'AGE_11_17_REENTRY')
  if (stars && dates.birthday && dates.currentIssueDate) {
    const age = ageOn(dates.birthday, dates.currentIssueDate)
    const fits = stars.code === 'AGE_18_REENTRY' ? age >= 18 : age >= 11 && age < 18
    if (!fits) findings.push(finding('SYMBOL_AGE_MISMATCH', 'symbol', { token: stars.token, age }))
  }
  // With an A the card is more likely misread as non-permanent: A_WITHOUT_PERMANENT says that instead.
  const hasStatus = chips.some((chip) => STAY_STATUS.has(chip.code) || chip.code === 'RIGHT_OF_ABODE')
  if (card.permanent === false && !hasStatus) {
    findings.push(finding('NON_PERMANENT_WITHOUT_STATUS', 'symbol', { symbol: card.symbol }))
  }
  if (!chips.some((chip) => BIRTHPLACES.has(chip.code))) {
    findings.push(finding('BIRTHPLACE_MISSING', 'symbol', { symbol: card.symbol }))
  }
  return findings
}
