// The meter's instruction in words (announced), with a hint beside it on the desktop, and — when
// auto-capture has stalled — what is holding it and an invitation to take the photo by hand.
import { lazy, Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import type { Guidance } from '../lib/guidance.ts'
import type { QualityIssue } from '../lib/quality-meter.ts'

const DOT = { idle: 'bg-slate-400', issue: 'bg-amber-500', ready: 'bg-emerald-500' } as const

interface GuidanceMessageProps {
  guidance: Guidance
  /** Self-service shows the instruction alone, large, on the dark camera screen. */
  variant: 'panel' | 'overlay'
  onShoot?: () => void
}

const loadStallNotice = () =>
  Promise.all([import('#src/i18n/later-strings.ts'), import('./stall-notice.tsx')]).then(([, m]) => m)
const StallNotice = lazy(() => loadStallNotice().then((m) => ({ default: m.StallNotice })))

/** Starts loading the stall notice now: by the time auto-capture could stall, the page may be offline. */
export function prefetchStallNotice() {
  loadStallNotice().catch(() => undefined)
}

export function GuidanceMessage({ guidance, variant, onShoot }: GuidanceMessageProps) {
  const { t, i18n } = useTranslation()
  const { key, tone, stall } = guidance
  const hint = i18n.exists(`capture.hints.${key}`) ? t(`capture.hints.${key as QualityIssue}`) : null
  const notice = stall && (
    <Suspense fallback={null}>
      <StallNotice reason={stall} dark={variant === 'overlay'} onShoot={onShoot} />
    </Suspense>
  )
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
        {notice}
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
      {notice}
    </div>
  )
}
