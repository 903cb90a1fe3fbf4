// Findings and symbol chips carry their own params; i18next's typed interpolation cannot know which
// params each code has, so the one loosening of `t` for them lives here. Keys stay checked by the
// FindingCode / SymbolChipCode unions and the key-parity test.
import type { TFunction } from 'i18next'
import type { SymbolChip } from '#src/hkid/card-symbols.ts'
import type { Finding } from '#src/hkid/finding.ts'

type LooseT = (key: string, params: Record<string, string | number>) => string

export function findingText(t: TFunction, finding: Finding): string {
  return (t as unknown as LooseT)(`review.findings.${finding.code}`, finding.params)
}

export function chipText(t: TFunction, chip: SymbolChip): string {
  return (t as unknown as LooseT)(`review.chips.${chip.code}`, chip.params)
}

const KNOWN_WARNINGS = new Set([-9101, -9102, -9103, -9104, -9107, -9108, -9109])

/** Tencent's WarnCardInfos code in words; a code this app does not know yet is named by its number. */
export function warningText(t: TFunction, code: number): string {
  return KNOWN_WARNINGS.has(code)
    ? t(`review.warnings.${code}` as 'review.warnings.-9101')
    : t('review.warnings.unknown', { code })
}
