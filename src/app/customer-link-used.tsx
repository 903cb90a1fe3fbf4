// A customer's link opened again in the same page (a reload): its token lived only in the page's memory, so
// nothing can be read or sent from here. Say what happened and what to do; offer no button that cannot work.
import { useTranslation } from 'react-i18next'
import { StepHeading } from '#src/ui/step-heading.tsx'

export function CustomerLinkUsed() {
  const { t } = useTranslation()
  return (
    <section
      data-testid="customer-link-used"
      aria-labelledby="link-used-heading"
      className="mx-auto flex w-full max-w-xl flex-col gap-3 rounded-2xl border border-slate-200 bg-white px-6 py-10"
    >
      <StepHeading id="link-used-heading" className="text-xl">
        {t('customer.linkUsed.title')}
      </StepHeading>
      <p className="text-lg">{t('customer.linkUsed.body')}</p>
      <p className="text-lg">{t('customer.linkUsed.next')}</p>
    </section>
  )
}
