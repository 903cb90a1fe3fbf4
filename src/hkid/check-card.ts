// Every rule of the HKID domain over one recognised card. Pure and synchronous: the caller injects "today" (so
// results are reproducible and testable) and the telecode table (so the ~45 kB table loads only when wanted).
import { checkCardDates, type CardDates } from './card-dates.ts'
import { checkSex, checkWindowText } from './card-consistency.ts'
import { checkPermanentSymbol, decodeSymbols } from './card-symbols.ts'
import { finding, type Finding } from './finding.ts'
import { checkHkidNumber } from './hkid-number.ts'
import type { CardFieldName, CardFields } from './recognize-contract.ts'
import { checkTelecode, type TelecodeTable } from './telecode.ts'

export interface CheckCardOptions {
  /** The reference date for DATE_FUTURE and two-digit-year centuries */
  today: Date
  /** When absent the telecode rule is skipped (e.g. before loadTelecodeTable() resolves) */
  telecodes?: TelecodeTable | undefined
}

/**
 * Fields every HKID prints. cnName/telexCode are absent for holders without a Chinese name, and the window text
 * exists only on HKID-2018 cards, so those may legitimately be empty.
 */
const REQUIRED_FIELDS = [
  'enName',
  'idNum',
  'birthday',
  'symbol',
  'firstIssueDate',
  'currentIssueDate',
] as const satisfies readonly CardFieldName[]

/** Everything the rules say about one card: findings, and the dates they resolved (ISO, or null). */
export interface CardCheck {
  findings: Finding[]
  dates: CardDates
}

/**
 * Findings in card reading order (use sortFindings for most-severe-first). An empty required field gets
 * FIELD_EMPTY and its own rules are skipped: "not read" is a different problem from "read but wrong".
 */
export function checkCard(card: CardFields, options: CheckCardOptions): CardCheck {
  const empty = new Set(REQUIRED_FIELDS.filter((field) => card[field].trim() === ''))
  const findings: Finding[] = [...empty].map((field) => finding('FIELD_EMPTY', field))

  if (!empty.has('idNum')) findings.push(...checkHkidNumber(card.idNum))
  findings.push(...checkSex(card.sex))
  // Empty dates are skipped inside checkCardDates, which already matches the FIELD_EMPTY policy.
  const dates = checkCardDates(card, options.today)
  findings.push(...dates.findings)
  if (!empty.has('symbol')) {
    findings.push(...decodeSymbols(card.symbol).findings)
    findings.push(...checkPermanentSymbol(card.permanent, card.symbol))
  }
  if (options.telecodes) findings.push(...checkTelecode(card.cnName, card.telexCode, options.telecodes))
  if (!empty.has('idNum')) findings.push(...checkWindowText(card))
  return { findings, dates: dates.dates }
}
