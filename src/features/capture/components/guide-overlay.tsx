// The card-shaped guide over the preview, coloured by the meter's verdict, with the auto-capture
// countdown filling along its bottom edge.
import type { GuideBox } from '../lib/card-guide.ts'

export type GuideTone = 'idle' | 'issue' | 'ready'

const TONE: Record<GuideTone, string> = {
  idle: 'border-white/90',
  issue: 'border-amber-400',
  ready: 'border-emerald-400',
}

interface GuideOverlayProps {
  guide: GuideBox
  tone: GuideTone
  /** 0–1 of the auto-capture run, or null when no countdown is running. */
  progress: number | null
  countdown: string | null
}

export function GuideOverlay({ guide, tone, progress, countdown }: GuideOverlayProps) {
  return (
    <div
      aria-hidden="true"
      data-testid="card-guide"
      data-tone={tone}
      className={`pointer-events-none absolute rounded-[4%/6%] border-4 shadow-[0_0_0_9999px_rgba(15,23,42,0.5)] transition-colors duration-200 ${TONE[tone]}`}
      style={{
        left: `${guide.x * 100}%`,
        top: `${guide.y * 100}%`,
        width: `${guide.width * 100}%`,
        height: `${guide.height * 100}%`,
      }}
    >
      {progress !== null && (
        <>
          <div className="absolute inset-x-[8%] bottom-3 h-2 overflow-hidden rounded-full bg-white/30">
            <div
              className="h-full rounded-full bg-emerald-400 transition-[width] duration-100 ease-linear"
              style={{ width: `${Math.round(progress * 100)}%` }}
            />
          </div>
          {countdown && (
            <p className="absolute top-0 left-1/2 -translate-x-1/2 -translate-y-1/2 rounded-full bg-emerald-500 px-3 py-0.5 text-sm font-bold text-white tabular-nums shadow">
              {countdown}
            </p>
          )}
        </>
      )}
    </div>
  )
}
