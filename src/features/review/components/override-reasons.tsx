// What blocks confirmation (review-policy.ts): each item is corrected or the operator records why the card is
// acceptable — errors, a window text that does not match, and photocopy / screen / tampering warnings.
import { useTranslation } from 'react-i18next'
import type { ReasonItem } from '#src/hkid/review-policy.ts'
import { ruleText, useFindingText } from '../lib/finding-text.ts'

interface OverrideReasonsProps {
  items: ReasonItem[]
  reasons: Record<string, string>
  onChange: (key: string, reason: string) => void
}

export function OverrideReasons({ items, reasons, onChange }: OverrideReasonsProps) {
  const { t } = useTranslation()
  const text = useFindingText()
  if (items.length === 0) return null
  return (
    <section
      aria-labelledby="override-heading"
      className="flex flex-col gap-3 rounded-2xl border border-red-200 bg-white p-4"
      data-testid="override-reasons"
    >
      <div>
        <h3 id="override-heading" className="font-semibold text-red-900">
          {t('review.override.heading')}
        </h3>
        <p className="text-sm text-slate-600">{t('review.override.intro')}</p>
      </div>
      {items.map((item) => {
        const id = `override-${item.key.replace(/[^a-zA-Z0-9]/g, '-')}`
        const resolved = Boolean(reasons[item.key]?.trim())
        return (
          <div key={item.key} className="flex flex-col gap-1" data-testid={`reason-${item.rule}`}>
            {/* Read away from its field, a reason names the rule and the field; the label stays the finding. */}
            <p id={`${id}-context`} className="flex flex-wrap items-baseline gap-x-2 text-sm">
              <span
                className={`rounded px-1.5 py-0.5 text-xs font-semibold ${resolved ? 'bg-slate-100 text-slate-700' : 'bg-red-100 text-red-900'}`}
              >
                {ruleText(t, item.rule)}
              </span>
              {item.kind === 'finding' && item.finding.field && (
                <span className="font-semibold text-slate-800">
                  {t(`review.fields.${item.finding.field}`)}
                </span>
              )}
            </p>
            <label htmlFor={id} className="text-sm text-slate-800">
              {t('review.override.reasonLabel', { finding: text.item(item) })}
            </label>
            <input
              id={id}
              value={reasons[item.key] ?? ''}
              onChange={(event) => onChange(item.key, event.target.value)}
              aria-describedby={`${id}-context`}
              autoComplete="off"
              className="min-h-11 rounded-lg border border-slate-300 px-3 py-2 focus:outline-3 focus:outline-offset-1 focus:outline-teal-600"
            />
          </div>
        )
      })}
    </section>
  )
}
