// The capture step's keyboard shortcuts, shown to operators.
import { useTranslation } from 'react-i18next'

export const CAPTURE_SHORTCUTS = [
  { keys: ['C', 'Space'], action: 'capture' },
  { keys: ['A'], action: 'autoCapture' },
  { keys: ['U'], action: 'upload' },
] as const

export function ShortcutLegend() {
  const { t } = useTranslation()
  return (
    <section aria-labelledby="capture-shortcuts" className="rounded-xl bg-slate-50 p-3">
      <h3 id="capture-shortcuts" className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
        {t('capture.shortcuts.heading')}
      </h3>
      <dl className="mt-2 grid grid-cols-[auto_1fr] items-center gap-x-3 gap-y-1.5 text-sm">
        {CAPTURE_SHORTCUTS.map(({ keys, action }) => (
          <div key={action} className="contents">
            <dt className="flex items-center gap-1 text-xs text-slate-500">
              {keys.map((key, index) => (
                <span key={key} className="flex items-center gap-1">
                  {index > 0 && t('capture.shortcuts.or')}
                  <kbd className="min-w-7 rounded border border-slate-300 bg-white px-1.5 py-0.5 text-center font-mono text-xs text-slate-800 shadow-[0_1px_0_rgb(203,213,225)]">
                    {key}
                  </kbd>
                </span>
              ))}
            </dt>
            <dd className="text-slate-700">{t(`capture.shortcuts.${action}`)}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
