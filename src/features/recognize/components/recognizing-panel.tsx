import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { secondaryButton } from '#src/ui/button-styles.ts'
import { StepHeading } from '#src/ui/step-heading.tsx'

/** Past this, a reading is slow enough to say so (the request itself gives up at its deadline). */
const SLOW_MS = 12_000

interface RecognizingPanelProps {
  phase: 'preparing' | 'reading'
  onCancel: () => void
}

/** While the photo is prepared and read: what is happening, announced, and a way out. Its title takes
 * focus, since the control that started it (the shutter, the file chooser) has gone. */
export function RecognizingPanel({ phase, onCancel }: RecognizingPanelProps) {
  const { t, i18n } = useTranslation()
  const [slow, setSlow] = useState(false)
  useEffect(() => {
    if (phase !== 'reading') return
    const timer = setTimeout(() => setSlow(true), SLOW_MS)
    return () => {
      clearTimeout(timer)
      setSlow(false)
    }
  }, [phase])
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
      {/* The words arrive with the strings loaded during capture; without them, the spinner says enough. */}
      {slow && i18n.exists('photo.connection.slow') && (
        <p role="status" data-testid="recognizing-slow" className="max-w-md text-sm text-slate-600">
          {t('photo.connection.slow')}
        </p>
      )}
      <button type="button" onClick={onCancel} className={secondaryButton}>
        {t('recognize.cancel')}
      </button>
    </section>
  )
}
