// The two smart card versions Tencent reads, when each was first issued, and the invalidation of the old one:
// the Registration of Persons (Invalidation of Identity Cards) Order 2024 (Cap. 177), per the Immigration
// Department's announcements of 18 June 2024 and 30 September 2025. Dates are Hong Kong calendar days.
import type { CardDates } from './card-dates.ts'
import { hongKongDate } from './card-dates.ts'
import { finding, type Finding } from './finding.ts'
import type { CardFields } from './recognize-contract.ts'

export type CardVersion = 'HKID-2003' | 'HKID-2018'

/** The first day each version was issued: the smart card from 23 June 2003, the new one from 26 November 2018. */
export const VERSION_INTRODUCED: Readonly<Record<CardVersion, string>> = {
  'HKID-2003': '2003-06-23',
  'HKID-2018': '2018-11-26',
}

/** HKID-2003 cards are invalid from these days: holders born in 1970 or later first, then everyone. */
export const OLD_CARD_INVALID_FROM = {
  bornIn1970OrLater: '2025-05-12',
  bornIn1969OrEarlier: '2025-10-12',
} as const

/** Tencent's HKIDVersion, tolerant of spacing and case; null when unknown. */
export function cardVersionOf(hkidVersion: string): CardVersion | null {
  const text = hkidVersion.toUpperCase().replace(/[\s_]/g, '')
  if (/2018/.test(text)) return 'HKID-2018'
  if (/2003/.test(text)) return 'HKID-2003'
  return null
}

/** The day this holder's HKID-2003 card became (or becomes) invalid; without a birth year, the later day. */
export function oldCardInvalidFrom(birthdayIso: string | null): string {
  const year = birthdayIso ? Number(birthdayIso.slice(0, 4)) : null
  return year !== null && year >= 1970
    ? OLD_CARD_INVALID_FROM.bornIn1970OrLater
    : OLD_CARD_INVALID_FROM.bornIn1969OrEarlier
}

/**
 * CARD_VERSION_DATE (error) when the card is dated before its version existed; OLD_CARD_INVALID(_SOON)
 * (warning) for every HKID-2003 card. The exemptions (some elderly, blind or infirm holders; 30 days after
 * returning from abroad) cannot be seen on the card, so the warning names them instead of deciding.
 * An HKID-2003 card issued after 26 November 2018 is possible: applications made before then.
 */
export function checkCardVersion(
  card: Pick<CardFields, 'hkidVersion' | 'currentIssueDate'>,
  dates: CardDates,
  today: Date,
): Finding[] {
  const version = cardVersionOf(card.hkidVersion)
  if (!version) return []
  const findings: Finding[] = []
  const issued = dates.currentIssueDate
  const introduced = VERSION_INTRODUCED[version]
  if (issued && issued < introduced) {
    findings.push(finding('CARD_VERSION_DATE', 'currentIssueDate', { version, issued, introduced }))
  }
  if (version === 'HKID-2003') {
    const invalidFrom = oldCardInvalidFrom(dates.birthday)
    const code = hongKongDate(today).iso >= invalidFrom ? 'OLD_CARD_INVALID' : 'OLD_CARD_INVALID_SOON'
    findings.push(finding(code, null, { invalidFrom }))
  }
  return findings
}
