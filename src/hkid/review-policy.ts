// The review's integrity policy, in one place: which fields a record cannot do without, what blocks Confirm
// until it is corrected or accepted with a recorded reason (and under which rule), and how loudly each of
// Tencent's card warnings is shown. docs/review-rules.md explains each rule and its source.
import type { Finding } from './finding.ts'
import type { CardFieldName } from './recognize-contract.ts'

/** Recorded with every verified record, so a record says which policy it was confirmed under. */
export const REVIEW_POLICY = 'hkid-review/2025-10-12'

/** Empty → an error (REQUIRED_FIELD_EMPTY; SEX_INVALID for sex): every card prints them, a record needs them. */
export const REQUIRED_FIELDS = [
  'idNum',
  'enName',
  'birthday',
  'sex',
] as const satisfies readonly CardFieldName[]

/** Empty → a warning (FIELD_EMPTY): every card prints them, but a record can be judged without them. */
export const EXPECTED_FIELDS = [
  'symbol',
  'firstIssueDate',
  'currentIssueDate',
] as const satisfies readonly CardFieldName[]

/** Why an item needs a reason before Confirm. */
export const reasonRules = [
  /** Any error finding: the card as read is impossible */
  'ERROR_FINDING',
  /** The HKID-2018 window repeats the number; a different one may mean a swapped part */
  'WINDOW_TEXT_MISMATCH',
  /** Tencent −9102 */
  'PHOTOCOPY',
  /** Tencent −9103 */
  'SCREEN',
  /** Tencent −9104 */
  'TAMPERING',
] as const
export type ReasonRule = (typeof reasonRules)[number]

/** How a card warning is shown: critical and serious in red (they need a reason), caution in amber. */
export type WarningLevel = 'critical' | 'serious' | 'caution' | 'info'

/** Tencent's WarnCardInfos codes (HKIDCardOCR): how each is shown, and the rule that makes it need a reason. */
export const CARD_WARNINGS: Readonly<Record<number, { level: WarningLevel; rule: ReasonRule | null }>> = {
  [-9101]: { level: 'caution', rule: null }, // card edges covered or cut off
  [-9102]: { level: 'serious', rule: 'PHOTOCOPY' },
  [-9103]: { level: 'serious', rule: 'SCREEN' },
  [-9104]: { level: 'critical', rule: 'TAMPERING' },
  [-9107]: { level: 'caution', rule: null }, // reflection
  [-9108]: { level: 'caution', rule: null }, // blur
  [-9109]: { level: 'info', rule: null }, // the account has no warning service
}

/** Unknown codes are shown as a caution: worth a look, not enough to block a card. */
export function warningLevel(code: number): WarningLevel {
  return CARD_WARNINGS[code]?.level ?? 'caution'
}

/** The rule a finding falls under, or null when it only informs. */
export function reasonRuleForFinding(finding: Finding): ReasonRule | null {
  if (finding.severity === 'error') return 'ERROR_FINDING'
  return finding.code === 'WINDOW_MISMATCH' ? 'WINDOW_TEXT_MISMATCH' : null
}

/**
 * A key for one finding about one value, to attach a reason to: after an edit to another wrong value the
 * finding's params change, so an old reason no longer clears it.
 */
export function findingKey(finding: Finding): string {
  return `${finding.code}:${finding.field ?? 'card'}:${JSON.stringify(finding.params)}`
}

export const warningKey = (code: number): string => `warning:${code}`

export type ReasonItem =
  | { key: string; rule: ReasonRule; kind: 'finding'; finding: Finding }
  | { key: string; rule: ReasonRule; kind: 'warning'; warning: number }

/** Everything Confirm waits for: findings first (in the order given), then card warnings, most serious first. */
export function itemsNeedingReason(findings: readonly Finding[], warnings: readonly number[]): ReasonItem[] {
  const items: ReasonItem[] = []
  for (const finding of findings) {
    const rule = reasonRuleForFinding(finding)
    if (rule) items.push({ key: findingKey(finding), rule, kind: 'finding', finding })
  }
  const rank: Record<WarningLevel, number> = { critical: 0, serious: 1, caution: 2, info: 3 }
  const blocking = [...new Set(warnings)].filter((code) => CARD_WARNINGS[code]?.rule)
  for (const code of blocking.sort((a, b) => rank[warningLevel(a)] - rank[warningLevel(b)])) {
    items.push({
      key: warningKey(code),
      rule: CARD_WARNINGS[code]?.rule as ReasonRule,
      kind: 'warning',
      warning: code,
    })
  }
  return items
}

/** The items still without a reason (blank or whitespace does not count). */
export function unresolvedItems(
  items: readonly ReasonItem[],
  reasons: Readonly<Record<string, string>>,
): ReasonItem[] {
  return items.filter((item) => !reasons[item.key]?.trim())
}
