// Tencent's WarnCardInfos as labelled badges: words first, colour second.
import { useTranslation } from 'react-i18next'
import { Panel } from '#src/ui/panel.tsx'
import { warningText } from '../lib/finding-text.ts'

export function WarningBadges({ warnings }: { warnings: number[] }) {
  const { t } = useTranslation()
  return (
    <Panel title={t('review.warningsHeading')}>
      {warnings.length === 0 ? (
        <p className="text-sm text-slate-600">{t('review.noWarnings')}</p>
      ) : (
        <ul className="flex flex-wrap gap-2">
          {warnings.map((code) => (
            <li
              key={code}
              data-testid={`warning-${code}`}
              className="inline-flex items-center gap-1.5 rounded-full border border-amber-400 bg-amber-50 px-3 py-1 text-sm font-medium text-amber-900"
            >
              <span aria-hidden="true">⚠</span>
              {warningText(t, code)}
            </li>
          ))}
        </ul>
      )}
    </Panel>
  )
}
