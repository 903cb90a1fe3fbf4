// Between customers: nothing of the last one is on screen and the camera is off until the operator starts.
// Its title takes focus like every other step's, so a screen reader says where the operator now is; the start
// button is the next Tab.
import { useTranslation } from 'react-i18next'
import { primaryButton } from '#src/ui/button-styles.ts'
import { StepHeading } from '#src/ui/step-heading.tsx'

export function ReadyPanel({ onStart }: { onStart: () => void }) {
  const { t } = useTranslation()
  return (
    <section
      aria-labelledby="ready-heading"
      className="flex flex-col items-center gap-4 rounded-2xl border border-slate-200 bg-white px-6 py-12 text-center"
    >
      <StepHeading id="ready-heading">{t('app.ready.heading')}</StepHeading>
      <p className="max-w-md text-slate-600">{t('app.ready.body')}</p>
      <button type="button" onClick={onStart} className={primaryButton}>
        {t('app.ready.start')}
      </button>
    </section>
  )
}
