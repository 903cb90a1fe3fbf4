// The one instruction for the current frame, announced politely to screen readers as it changes.
import { useTranslation } from 'react-i18next'
import type { Guidance } from '../lib/guidance.ts'

const DOT = { idle: 'bg-slate-400', issue: 'bg-amber-500', ready: 'bg-emerald-500' } as const

interface GuidanceMessageProps {
  guidance: Guidance
  /** Self-service shows the instruction alone, large, on the dark camera screen. */
  variant: 'panel' | 'overlay'
}

export function GuidanceMessage({ guidance, variant }: GuidanceMessageProps) {
  const { t } = useTranslation()
  const { key, tone } = guidance
  const hint =
    key === 'dark' ||
    key === 'noCard' ||
    key === 'far' ||
    key === 'glare' ||
    key === 'blur' ||
    key === 'moving'
      ? t(`capture.hints.${key}`)
      : null
  if (variant === 'overlay') {
    return (
      <p
        role="status"
        aria-live="polite"
        data-testid="guidance"
        className={`mx-auto rounded-full px-5 py-2.5 text-center text-lg font-semibold ${
          tone === 'issue'
            ? 'bg-amber-400 text-slate-950'
            : tone === 'ready'
              ? 'bg-emerald-500 text-white'
              : 'bg-white/15 text-white'
        }`}
      >
        {t(`capture.guidance.${key}`)}
      </p>
    )
  }
  return (
    <div
      role="status"
      aria-live="polite"
      className="flex gap-3 rounded-xl border border-slate-200 bg-white p-4"
    >
      <span aria-hidden="true" className={`mt-1.5 h-3 w-3 shrink-0 rounded-full ${DOT[tone]}`} />
      <div>
        <p data-testid="guidance" className="font-semibold text-slate-900">
          {t(`capture.guidance.${key}`)}
        </p>
        {hint && <p className="mt-0.5 text-sm text-slate-600">{hint}</p>}
      </div>
    </div>
  )
}
