import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DEFAULT_READING_DEADLINE_MS } from '#src/hkid/recognize-deadline.ts'
import { getClientConfig } from '#src/session/client-config.ts'
import { secondaryButton } from '#src/ui/button-styles.ts'
import { StepHeading } from '#src/ui/step-heading.tsx'
import { waitingNoteTimes, type WaitingNote } from '../lib/waiting-notes.ts'

interface RecognizingPanelProps {
  phase: 'preparing' | 'reading'
  onCancel: () => void
}

/** While the photo is prepared and read: what is happening, announced, and a way out. Its title takes
 * focus, since the control that started it (the shutter, the file chooser) has gone. */
export function RecognizingPanel({ phase, onCancel }: RecognizingPanelProps) {
  const { t, i18n } = useTranslation()
  const words = (shown: WaitingNote) =>
    shown === 'early'
      ? t('photo.waiting.early')
      : shown === 'late'
        ? t('photo.waiting.late')
        : t('photo.connection.slow')
  const [note, setNote] = useState<WaitingNote | null>(null)
  useEffect(() => {
    if (phase !== 'reading') return
    const started = Date.now()
    const timers: ReturnType<typeof setTimeout>[] = []
    let live = true
    // The notes keep to the server's deadline (GET /api/client-config), asked for by the upload already.
    void getClientConfig().then(({ readingDeadlineMs }) => {
      if (!live) return
      for (const { note: next, atMs } of waitingNoteTimes(readingDeadlineMs ?? DEFAULT_READING_DEADLINE_MS))
        timers.push(setTimeout(() => setNote(next), Math.max(0, atMs - (Date.now() - started))))
    })
    return () => {
      live = false
      timers.forEach(clearTimeout)
      setNote(null)
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
      <p
        role="status"
        data-testid="recognizing-slow"
        data-note={note ?? undefined}
        className="min-h-5 max-w-md text-sm text-slate-600"
      >
        {note && i18n.exists('photo.waiting.early') ? words(note) : null}
      </p>
      <button type="button" onClick={onCancel} className={secondaryButton}>
        {t('recognize.cancel')}
      </button>
    </section>
  )
}
