// The words under the reading screen's spinner as a reading takes its time, set by the server's own deadline.
// Loaded apart from the screen, whose first seconds need none of it, to keep the first screen's bundle small.
import { useEffect, useState, useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import { DEFAULT_READING_DEADLINE_MS } from '#src/hkid/recognize-deadline.ts'
import { getClientConfig } from '#src/session/client-config.ts'
import { percentOf, readerProgressShown, subscribeReaderProgress } from '../lib/device-reader-progress.ts'
import { waitingNoteTimes, type WaitingNote } from '../lib/waiting-notes.ts'

export function WaitingNoteText() {
  const { t, i18n } = useTranslation()
  const [note, setNote] = useState<WaitingNote | null>(null)
  useEffect(() => {
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
    }
  }, [])
  // READ_ON=device|auto: a reading that waits for the card reader still downloading says how far it got.
  const download = useSyncExternalStore(subscribeReaderProgress, readerProgressShown)
  if (download && i18n.exists('recognize.deviceReader.preparing')) {
    return (
      <span data-testid="device-reader-progress">
        {t('recognize.deviceReader.preparing', { percent: percentOf(download) })}
      </span>
    )
  }
  // The words arrive with the strings loaded during capture; without them, the spinner says enough.
  if (!note || !i18n.exists('photo.waiting.early')) return null
  return (
    <span data-note={note}>
      {note === 'early'
        ? t('photo.waiting.early')
        : note === 'late'
          ? t('photo.waiting.late')
          : t('photo.connection.slow')}
    </span>
  )
}
