// Every rule of the HKID domain over one recognised card. Pure and synchronous: the caller injects "today" (so
// results are reproducible and testable) and the telecode table (so the ~49 kB table loads only when wanted).
import { checkCardDates, type CardDates } from './card-dates.ts'
import { checkSex, checkWindowText } from './card-consistency.ts'
import { checkPermanentSymbol, decodeSymbols } from './card-symbols.ts'
import { checkCardVersion } from './card-version.ts'
import { finding, type Finding } from './finding.ts'
import { checkHkidNumber } from './hkid-number.ts'
import type { CardFields } from './recognize-contract.ts'
import { EXPECTED_FIELDS, REQUIRED_FIELDS } from './review-policy.ts'
import { checkSymbolRules } from './symbol-rules.ts'
import { checkTelecode } from './telecode.ts'
import type { TelecodeTable } from './telecode-table.ts'

export interface CheckCardOptions {
  /** The reference date for DATE_FUTURE, two-digit-year centuries and the old-card deadlines */
  today: Date
  /** When absent the telecode rule is skipped (e.g. before loadTelecodeTable() resolves) */
  telecodes?: TelecodeTable | undefined
}

/** Everything the rules say about one card: findings, and the dates they resolved (ISO, or null). */
export interface CardCheck {
  findings: Finding[]
  dates: CardDates
}

/**
 * Findings in card reading order (use sortFindings for most-severe-first). An empty field gets one finding —
 * an error for the fields review-policy.ts requires, a warning for the others every card prints — and its own
 * rules are skipped: "not read" is a different problem from "read but wrong". cnName/telexCode are absent for
 * holders without a Chinese name, and only HKID-2018 cards have window text, so those may be empty.
 */
export function checkCard(card: CardFields, options: CheckCardOptions): CardCheck {
  const isEmpty = (field: keyof CardFields) => String(card[field] ?? '').trim() === ''
  const findings: Finding[] = []
  for (const field of REQUIRED_FIELDS) {
    // Sex is never "" but null when empty or unreadable; its own rule reports both.
    if (field === 'sex') findings.push(...checkSex(card.sex))
    else if (isEmpty(field)) findings.push(finding('REQUIRED_FIELD_EMPTY', field))
  }
  for (const field of EXPECTED_FIELDS) if (isEmpty(field)) findings.push(finding('FIELD_EMPTY', field))

  if (!isEmpty('idNum')) findings.push(...checkHkidNumber(card.idNum))
  // Empty dates are skipped inside checkCardDates, which already matches the policy above.
  const dates = checkCardDates(card, options.today)
  findings.push(...dates.findings)
  findings.push(...checkCardVersion(card, dates.dates, options.today))
  if (!isEmpty('symbol')) {
    findings.push(...decodeSymbols(card.symbol).findings)
    findings.push(...checkSymbolRules(card, dates.dates))
    findings.push(...checkPermanentSymbol(card.permanent, card.symbol))
  }
  if (options.telecodes) findings.push(...checkTelecode(card.cnName, card.telexCode, options.telecodes))
  if (!isEmpty('idNum')) findings.push(...checkWindowText(card))
  return { findings, dates: dates.dates }
}
