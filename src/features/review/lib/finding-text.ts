// Findings and symbol chips carry their own params; i18next's typed interpolation cannot know which
// params each code has, so the one loosening of `t` for them lives here. Keys stay checked by the
// FindingCode / SymbolChipCode unions and the key-parity test. Dates in params are shown in the reader's
// language, and the number is hidden when the operator hid it.
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { SymbolChip } from '#src/hkid/card-symbols.ts'
import type { Finding } from '#src/hkid/finding.ts'
import { CARD_WARNINGS, type ReasonItem, type ReasonRule } from '#src/hkid/review-policy.ts'
import { intlLocale } from '#src/i18n/languages.ts'
import { maskFinding, useNumberHidden } from './mask-id.ts'

type LooseT = (key: string, params: Record<string, string | number>) => string

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/

export interface TextOptions {
  /** i18next language, e.g. `zh-HK` */
  language: string
  numberHidden: boolean
}

export function findingText(t: TFunction, finding: Finding, options: TextOptions): string {
  const shown = options.numberHidden ? maskFinding(finding) : finding
  const dates = new Intl.DateTimeFormat(intlLocale(options.language), { dateStyle: 'long', timeZone: 'UTC' })
  const params = Object.fromEntries(
    Object.entries(shown.params).map(([key, value]) =>
      typeof value === 'string' && ISO_DAY.test(value)
        ? [key, dates.format(new Date(`${value}T00:00:00Z`))]
        : [key, value],
    ),
  )
  return (t as unknown as LooseT)(`review.findings.${finding.code}`, { ...params, ...wordsFor(t, shown) })
}

/** Params that are codes rather than text: the cross-check's reason, the other reading of sex or permanent. */
function wordsFor(t: TFunction, finding: Finding): Record<string, string> {
  const loose = t as unknown as LooseT
  const { reason, other } = finding.params
  if (finding.code === 'CROSS_CHECK_UNAVAILABLE')
    return { reason: loose(`review.crossCheckReasons.${reason}`, {}) }
  if (finding.code !== 'READINGS_DIFFER' || other === '—') return {}
  if (finding.field === 'sex') return { other: loose(`review.sexOptions.${other}`, {}) }
  if (finding.field === 'permanent') return { other: loose(`review.permanentOptions.${other}`, {}) }
  return {}
}

export function chipText(t: TFunction, chip: SymbolChip): string {
  return (t as unknown as LooseT)(`review.chips.${chip.code}`, chip.params)
}

/** Tencent's WarnCardInfos code in words; a code this app does not know yet is named by its number. */
export function warningText(t: TFunction, code: number): string {
  return CARD_WARNINGS[code]
    ? t(`review.warnings.${code}` as 'review.warnings.-9101')
    : t('review.warnings.unknown', { code })
}

/** A warning code as the check it names ("blur", "a photocopy"), for lists of what was and was not checked. */
export function warningCheckText(t: TFunction, code: number): string {
  return CARD_WARNINGS[code]
    ? t(`review.warningChecks.${code}` as 'review.warningChecks.-9101')
    : t('review.warningChecks.unknown', { code })
}

/** Checks as one list in the language's own way ("blur, reflection and a photocopy"; 「模糊、反光和影印本」). */
export function warningCheckList(t: TFunction, language: string, codes: readonly number[]): string {
  return new Intl.ListFormat(intlLocale(language)).format(codes.map((code) => warningCheckText(t, code)))
}

export function ruleText(t: TFunction, rule: ReasonRule): string {
  return t(`review.override.rules.${rule}`)
}

/** The words for findings and reason items in the current language, with the number hidden when it is. */
export function useFindingText() {
  const { t, i18n } = useTranslation()
  const numberHidden = useNumberHidden()
  const options: TextOptions = { language: i18n.language, numberHidden }
  return {
    finding: (finding: Finding) => findingText(t, finding, options),
    item: (item: ReasonItem) =>
      item.kind === 'finding' ? findingText(t, item.finding, options) : warningText(t, item.warning),
  }
}
