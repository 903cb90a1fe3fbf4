// While the customer's record is on its way: nothing says "received" until the server has taken it.
import { useTranslation } from 'react-i18next'
import { StepHeading } from '#src/ui/step-heading.tsx'

export function CustomerSending() {
  const { t } = useTranslation()
  return (
    <section
      data-testid="customer-sending"
      className="flex flex-col items-center gap-5 rounded-2xl border border-slate-200 bg-white px-6 py-12 text-center"
    >
      <div
        aria-hidden="true"
        className="h-12 w-12 animate-spin rounded-full border-4 border-teal-100 border-t-teal-700 motion-reduce:animate-none"
      />
      <div role="status" aria-live="polite">
        <StepHeading className="text-lg font-medium">{t('customer.sending.heading')}</StepHeading>
      </div>
      <p className="max-w-md text-slate-600">{t('customer.sending.body')}</p>
    </section>
  )
}
