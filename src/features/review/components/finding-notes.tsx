// Findings as sentences with their severity in words (not colour alone), next to what they concern. In the
// operator's review a finding the policy asks a reason for is shown as blocking here too, as it is below.
import { useTranslation } from 'react-i18next'
import type { Finding, FindingSeverity } from '#src/hkid/finding.ts'
import { reasonRuleForFinding } from '#src/hkid/review-policy.ts'
import { useFindingText } from '../lib/finding-text.ts'

const STYLE: Record<FindingSeverity, { box: string; icon: string }> = {
  error: { box: 'border-red-300 bg-red-50 text-red-900', icon: '✕' },
  warning: { box: 'border-amber-300 bg-amber-50 text-amber-950', icon: '!' },
  info: { box: 'border-slate-200 bg-slate-50 text-slate-700', icon: 'i' },
}

interface FindingNotesProps {
  findings: Finding[]
  id?: string | undefined
  /** The operator's review: what needs a reason before Confirm is said so at its field */
  reasons?: boolean | undefined
}

export function FindingNotes({ findings, id, reasons = false }: FindingNotesProps) {
  const { t } = useTranslation()
  const text = useFindingText()
  if (findings.length === 0) return null
  return (
    <ul id={id} className="flex flex-col gap-1">
      {findings.map((finding) => {
        // One verdict: an item that blocks Confirm below is red and says why at its field as well.
        const blocks = reasons && finding.severity !== 'error' && reasonRuleForFinding(finding) !== null
        const style = STYLE[blocks ? 'error' : finding.severity]
        return (
          <li
            key={`${finding.code}-${JSON.stringify(finding.params)}`}
            data-testid={`finding-${finding.code}`}
            data-field={finding.field ?? 'card'}
            data-verdict={blocks ? 'needs-reason' : finding.severity}
            className={`flex items-start gap-2 rounded-md border px-2 py-1 text-sm ${style.box}`}
          >
            <span aria-hidden="true" className="mt-0.5 w-3 shrink-0 text-center text-xs font-bold">
              {style.icon}
            </span>
            <span>
              <strong className="font-semibold">
                {blocks ? t('review.needsReason') : t(`review.severity.${finding.severity}`)}:
              </strong>{' '}
              {text.finding(finding)}
            </span>
          </li>
        )
      })}
    </ul>
  )
}
