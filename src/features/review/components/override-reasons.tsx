// Errors block confirmation until each is corrected or the operator records why the card is acceptable.
import { useTranslation } from 'react-i18next'
import type { Finding } from '#src/hkid/finding.ts'
import { findingText } from '../lib/finding-text.ts'
import { findingKey } from '../lib/finding-key.ts'

interface OverrideReasonsProps {
  errors: Finding[]
  reasons: Record<string, string>
  onChange: (key: string, reason: string) => void
}

export function OverrideReasons({ errors, reasons, onChange }: OverrideReasonsProps) {
  const { t } = useTranslation()
  if (errors.length === 0) return null
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
      {errors.map((finding) => {
        const key = findingKey(finding)
        const id = `override-${key.replace(/[^a-zA-Z0-9]/g, '-')}`
        return (
          <div key={key} className="flex flex-col gap-1">
            <label htmlFor={id} className="text-sm font-medium text-slate-800">
              {t('review.override.reasonLabel', {
                finding: findingText(t, finding),
              })}
            </label>
            <input
              id={id}
              value={reasons[key] ?? ''}
              onChange={(event) => onChange(key, event.target.value)}
              autoComplete="off"
              className="min-h-11 rounded-lg border border-slate-300 px-3 py-2 focus:outline-3 focus:outline-offset-1 focus:outline-teal-600"
            />
          </div>
        )
      })}
    </section>
  )
}
