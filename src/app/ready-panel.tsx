// Between customers: nothing of the last one is on screen and the camera is off until the operator starts.
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { primaryButton } from '#src/ui/button-styles.ts'

export function ReadyPanel({ onStart }: { onStart: () => void }) {
  const { t } = useTranslation()
  const button = useRef<HTMLButtonElement>(null)
  useEffect(() => button.current?.focus(), [])
  return (
    <section
      aria-labelledby="ready-heading"
      className="flex flex-col items-center gap-4 rounded-2xl border border-slate-200 bg-white px-6 py-12 text-center"
    >
      <h2 id="ready-heading" className="text-xl font-semibold sm:text-2xl">
        {t('app.ready.heading')}
      </h2>
      <p className="max-w-md text-slate-600">{t('app.ready.body')}</p>
      <button ref={button} type="button" onClick={onStart} className={primaryButton}>
        {t('app.ready.start')}
      </button>
    </section>
  )
}
