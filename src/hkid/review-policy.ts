// The review's integrity policy, in one place: which fields a record cannot do without, what blocks Confirm
// until it is corrected or accepted with a recorded reason (and under which rule), and how loudly each of
// Tencent's card warnings is shown. docs/review-rules.md explains each rule and its source.
import {
  WARN_BLUR,
  WARN_COVERED,
  WARN_GLARE,
  WARN_PHOTOCOPY,
  WARN_SCREEN,
  WARN_TAMPERED,
  WARNINGS_NOT_ENABLED,
} from './card-warnings.ts'
import type { Finding, FindingCode } from './finding.ts'
import type { CardFieldName } from './recognize-contract.ts'

/** Recorded with every verified record, so a record says which policy it was confirmed under. */
export const REVIEW_POLICY = 'hkid-review/2026-11-26'

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
  /** Tencent's WARN_PHOTOCOPY */
  'PHOTOCOPY',
  /** Tencent's WARN_SCREEN */
  'SCREEN',
  /** Tencent's WARN_TAMPERED */
  'TAMPERING',
  /** A Chinese-name character the local reader could not confirm: a person must, or type it */
  'UNCONFIRMED_CHARACTER',
  /** Tencent and the local reader (LOCAL_CROSSCHECK) read a field differently: one of them is wrong */
  'READINGS_DIFFER',
] as const
export type ReasonRule = (typeof reasonRules)[number]

/** How a card warning is shown: critical and serious in red (they need a reason), caution in amber. */
export type WarningLevel = 'critical' | 'serious' | 'caution' | 'info'

/** Tencent's WarnCardInfos codes (HKIDCardOCR): how each is shown, and the rule that makes it need a reason. */
export const CARD_WARNINGS: Readonly<Record<number, { level: WarningLevel; rule: ReasonRule | null }>> = {
  [WARN_COVERED]: { level: 'caution', rule: null },
  [WARN_PHOTOCOPY]: { level: 'serious', rule: 'PHOTOCOPY' },
  [WARN_SCREEN]: { level: 'serious', rule: 'SCREEN' },
  [WARN_TAMPERED]: { level: 'critical', rule: 'TAMPERING' },
  [WARN_GLARE]: { level: 'caution', rule: null },
  [WARN_BLUR]: { level: 'caution', rule: null },
  [WARNINGS_NOT_ENABLED]: { level: 'info', rule: null },
}

/** Unknown codes are shown as a caution: worth a look, not enough to block a card. */
export function warningLevel(code: number): WarningLevel {
  return CARD_WARNINGS[code]?.level ?? 'caution'
}

/** Findings other than errors that need a reason, and the rule each falls under. */
const FINDING_RULES: Partial<Record<FindingCode, ReasonRule>> = {
  WINDOW_MISMATCH: 'WINDOW_TEXT_MISMATCH',
  NAME_CHAR_UNCONFIRMED: 'UNCONFIRMED_CHARACTER',
  READINGS_DIFFER: 'READINGS_DIFFER',
}

/** The rule a finding falls under, or null when it only informs. */
export function reasonRuleForFinding(finding: Finding): ReasonRule | null {
  if (finding.severity === 'error') return 'ERROR_FINDING'
  return FINDING_RULES[finding.code] ?? null
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
