// A customer link with nowhere to send a record (no webhook, no host page): said plainly before the camera
// opens, so nobody photographs their card for nothing.
import { useTranslation } from 'react-i18next'
import { StepHeading } from '#src/ui/step-heading.tsx'

export function NoDestination() {
  const { t } = useTranslation()
  return (
    <section
      data-testid="no-destination"
      role="alert"
      className="mx-auto flex w-full max-w-xl flex-col gap-3 rounded-2xl border border-amber-300 bg-amber-50 px-6 py-10 text-amber-950"
    >
      <StepHeading className="text-xl" autoFocus={false}>
        {t('customer.noDestination.title')}
      </StepHeading>
      <p className="text-lg">{t('customer.noDestination.body')}</p>
    </section>
  )
}
