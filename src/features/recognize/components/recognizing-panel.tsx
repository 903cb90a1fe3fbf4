import { lazy, Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import { secondaryButton } from '#src/ui/button-styles.ts'
import { StepHeading } from '#src/ui/step-heading.tsx'

const WaitingNoteText = lazy(() => import('./waiting-note.tsx').then((m) => ({ default: m.WaitingNoteText })))

interface RecognizingPanelProps {
  phase: 'preparing' | 'reading'
  onCancel: () => void
}

/** While the photo is prepared and read: what is happening, announced, and a way out. Its title takes
 * focus, since the control that started it (the shutter, the file chooser) has gone. */
export function RecognizingPanel({ phase, onCancel }: RecognizingPanelProps) {
  const { t } = useTranslation()
  return (
    <section className="flex flex-col items-center gap-5 rounded-2xl border border-slate-200 bg-white px-6 py-12 text-center">
      <div
        aria-hidden="true"
        className="h-12 w-12 animate-spin rounded-full border-4 border-teal-100 border-t-teal-700 motion-reduce:animate-none"
      />
      <div role="status" aria-live="polite" data-testid="recognizing-status">
        <StepHeading className="text-lg font-medium">
          {phase === 'preparing' ? t('recognize.preparing') : t('recognize.reading')}
        </StepHeading>
      </div>
      <p role="status" data-testid="recognizing-slow" className="min-h-5 max-w-md text-sm text-slate-600">
        {phase === 'reading' && (
          <Suspense fallback={null}>
            <WaitingNoteText />
          </Suspense>
        )}
      </p>
      <button type="button" onClick={onCancel} className={secondaryButton}>
        {t('recognize.cancel')}
      </button>
    </section>
  )
}
