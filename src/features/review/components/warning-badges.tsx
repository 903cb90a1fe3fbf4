// Tencent's WarnCardInfos as labelled badges: words first, colour second. Tampering looks more serious than a
// photocopy, and both more than a reflection (review-policy.ts); those that need a reason say so. When the
// recognizer could not check for warnings at all, the panel says so instead of "no warnings"; when it checked only
// some (the local reader), the panel names what it checked and lists the rest as not checked.
import { useTranslation } from 'react-i18next'
import { warningsNotChecked } from '#src/hkid/card-warnings.ts'
import { CARD_WARNINGS, warningLevel, type WarningLevel } from '#src/hkid/review-policy.ts'
import { Panel } from '#src/ui/panel.tsx'
import { warningCheckList, warningText } from '../lib/finding-text.ts'

const STYLE: Record<WarningLevel, { badge: string; icon: string }> = {
  critical: { badge: 'border-red-700 bg-red-700 text-white', icon: '✕' },
  serious: { badge: 'border-red-400 bg-red-50 text-red-900', icon: '!' },
  caution: { badge: 'border-amber-400 bg-amber-50 text-amber-900', icon: '⚠' },
  info: { badge: 'border-slate-300 bg-slate-50 text-slate-700', icon: 'i' },
}

const rank: Record<WarningLevel, number> = { critical: 0, serious: 1, caution: 2, info: 3 }

interface WarningBadgesProps {
  warnings: number[]
  /** false when the recognizer gave no warnings to read (absent means it did) */
  available?: boolean | undefined
  /** The codes the recognizer checked (absent: every one, as Tencent does) */
  checked?: readonly number[] | undefined
}

export function WarningBadges({ warnings, available = true, checked }: WarningBadgesProps) {
  const { t, i18n } = useTranslation()
  const sorted = [...new Set(warnings)].sort((a, b) => rank[warningLevel(a)] - rank[warningLevel(b)])
  const notChecked = warningsNotChecked(checked, warnings)
  const list = (codes: readonly number[]) => warningCheckList(t, i18n.language, codes)
  // "no warnings" only for a recognizer that checked them all; otherwise what it did check, if anything
  const nothingFound = !checked
    ? t('review.noWarnings')
    : checked.length > 0
      ? t('review.checkedNothingFound', { checks: list(checked) })
      : null
  return (
    <Panel title={t('review.warningsHeading')} testId="card-warnings">
      {sorted.length > 0 && (
        <ul className="flex flex-wrap gap-2">
          {sorted.map((code) => {
            const level = warningLevel(code)
            return (
              <li
                key={code}
                data-testid={`warning-${code}`}
                data-level={level}
                className={`inline-flex items-center gap-1.5 rounded-full border px-3 py-1 text-sm font-medium ${STYLE[level].badge}`}
              >
                <span aria-hidden="true" className="font-bold">
                  {STYLE[level].icon}
                </span>
                {warningText(t, code)}
              </li>
            )
          })}
        </ul>
      )}
      {sorted.some((code) => CARD_WARNINGS[code]?.rule) && (
        <p className="mt-2 text-xs text-slate-600">{t('review.warningNeedsReason')}</p>
      )}
      {!available ? (
        <p className="mt-2 text-sm text-slate-700 first:mt-0" data-testid="warnings-unavailable">
          {t('review.warningsUnavailable')}
        </p>
      ) : (
        <>
          {sorted.length === 0 && nothingFound && (
            <p className="text-sm text-slate-600" data-testid="warnings-none-found">
              {nothingFound}
            </p>
          )}
          {notChecked.length > 0 && (
            <p className="mt-2 text-sm text-slate-700 first:mt-0" data-testid="warnings-not-checked">
              {t('review.warningsNotChecked', { checks: list(notChecked) })}
            </p>
          )}
        </>
      )}
    </Panel>
  )
}
