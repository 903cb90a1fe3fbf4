// Findings as sentences with their severity in words (not colour alone), next to what they concern.
import { useTranslation } from 'react-i18next'
import type { Finding, FindingSeverity } from '#src/hkid/finding.ts'
import { useFindingText } from '../lib/finding-text.ts'

const STYLE: Record<FindingSeverity, { box: string; icon: string }> = {
  error: { box: 'border-red-300 bg-red-50 text-red-900', icon: '✕' },
  warning: { box: 'border-amber-300 bg-amber-50 text-amber-950', icon: '!' },
  info: { box: 'border-slate-200 bg-slate-50 text-slate-700', icon: 'i' },
}

export function FindingNotes({ findings, id }: { findings: Finding[]; id?: string }) {
  const { t } = useTranslation()
  const text = useFindingText()
  if (findings.length === 0) return null
  return (
    <ul id={id} className="flex flex-col gap-1">
      {findings.map((finding) => (
        <li
          key={`${finding.code}-${JSON.stringify(finding.params)}`}
          data-testid={`finding-${finding.code}`}
          data-field={finding.field ?? 'card'}
          className={`flex items-start gap-2 rounded-md border px-2 py-1 text-sm ${STYLE[finding.severity].box}`}
        >
          <span aria-hidden="true" className="mt-0.5 w-3 shrink-0 text-center text-xs font-bold">
            {STYLE[finding.severity].icon}
          </span>
          <span>
            <strong className="font-semibold">{t(`review.severity.${finding.severity}`)}:</strong>{' '}
            {text.finding(finding)}
          </span>
        </li>
      ))}
    </ul>
  )
}
