// The customer's ending: done, what happens next, and that the page can be closed. Nothing of the card is
// on it (the record has gone to the page that asked for it), so there is nothing left to wipe.
import { useTranslation } from 'react-i18next'
import { Ending } from '#src/ui/ending.tsx'

export function CustomerEnding({ staffReview }: { staffReview: boolean }) {
  const { t } = useTranslation()
  return (
    <Ending heading={t('customer.done.heading')} testId="customer-ending">
      <p>{t('customer.done.received')}</p>
      <p>{staffReview ? t('customer.done.nextStaff') : t('customer.done.nextNothing')}</p>
    </Ending>
  )
}
