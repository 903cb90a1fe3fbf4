// Findings and symbol chips carry their own params; i18next's typed interpolation cannot know which
// params each code has, so the one loosening of `t` for them lives here. Keys stay checked by the
// FindingCode / SymbolChipCode unions and the key-parity test.
import type { TFunction } from 'i18next'
import type { SymbolChip } from '../../../hkid/card-symbols.ts'
import type { Finding } from '../../../hkid/finding.ts'

type LooseT = (key: string, params: Record<string, string | number>) => string

export function findingText(t: TFunction, finding: Finding): string {
  return (t as unknown as LooseT)(`review.findings.${finding.code}`, finding.params)
}

export function chipText(t: TFunction, chip: SymbolChip): string {
  return (t as unknown as LooseT)(`review.chips.${chip.code}`, chip.params)
}
