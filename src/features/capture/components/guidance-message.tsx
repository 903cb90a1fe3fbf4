// The meter's instruction in words (announced), with a hint beside it on the desktop, and — when
// auto-capture has stalled — what is holding it and an invitation to take the photo by hand.
import { useTranslation } from 'react-i18next'
import type { Guidance } from '../lib/guidance.ts'
import type { QualityIssue } from '../lib/quality-meter.ts'

const DOT = { idle: 'bg-slate-400', issue: 'bg-amber-500', ready: 'bg-emerald-500' } as const

const ISSUES: readonly string[] = [
  'dark',
  'noCard',
  'far',
  'corners',
  'glare',
  'bright',
  'blur',
  'moving',
] satisfies QualityIssue[]

interface GuidanceMessageProps {
  guidance: Guidance
  /** Self-service shows the instruction alone, large, on the dark camera screen. */
  variant: 'panel' | 'overlay'
  onShoot?: () => void
}

function StallNotice({
  reason,
  dark,
  onShoot,
}: {
  reason: QualityIssue
  dark: boolean
  onShoot?: () => void
}) {
  const { t } = useTranslation()
  return (
    <div
      data-testid="stall-notice"
      data-reason={reason}
      className={`rounded-xl p-3 text-sm ${dark ? 'bg-white/10 text-white' : 'border border-amber-300 bg-amber-50 text-amber-950'}`}
    >
      <p className="font-semibold">
        {t('capture.stall.heading')}: {t(`capture.stall.${reason}`)}
      </p>
      <p className="mt-0.5">{t('capture.stall.invite')}</p>
      {onShoot && !dark && (
        <button
          type="button"
          onClick={onShoot}
          className="mt-2 min-h-11 rounded-full border border-amber-700 px-4 font-semibold text-amber-900 hover:bg-amber-100 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-amber-700"
        >
          {t('capture.stall.takeNow')}
        </button>
      )}
    </div>
  )
}

export function GuidanceMessage({ guidance, variant, onShoot }: GuidanceMessageProps) {
  const { t } = useTranslation()
  const { key, tone, stall } = guidance
  const hint = ISSUES.includes(key) ? t(`capture.hints.${key as QualityIssue}`) : null
  if (variant === 'overlay') {
    return (
      <div role="status" aria-live="polite" className="flex flex-col items-center gap-2">
        <p
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
        {stall && <StallNotice reason={stall} dark />}
      </div>
    )
  }
  return (
    <div
      role="status"
      aria-live="polite"
      className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4"
    >
      <div className="flex gap-3">
        <span aria-hidden="true" className={`mt-1.5 h-3 w-3 shrink-0 rounded-full ${DOT[tone]}`} />
        <div>
          <p data-testid="guidance" className="font-semibold text-slate-900">
            {t(`capture.guidance.${key}`)}
          </p>
          {hint && <p className="mt-0.5 text-sm text-slate-600">{hint}</p>}
        </div>
      </div>
      {stall && <StallNotice reason={stall} dark={false} {...(onShoot ? { onShoot } : {})} />}
    </div>
  )
}
