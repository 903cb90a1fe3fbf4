// The customer's ending: received (only once the server or the host page took the record), the receipt's short
// number when the server gave one, what happens next, and that the page can be closed. Nothing of the card is
// on it, so there is nothing left to wipe.
import { useTranslation } from 'react-i18next'
import type { RecordReceipt } from '#src/hkid/record-delivery-contract.ts'
import { Ending } from '#src/ui/ending.tsx'

interface CustomerEndingProps {
  staffReview: boolean
  receipt?: RecordReceipt | undefined
}

export function CustomerEnding({ staffReview, receipt }: CustomerEndingProps) {
  const { t } = useTranslation()
  return (
    <Ending heading={t('customer.done.heading')} testId="customer-ending">
      <p>{t('customer.done.received')}</p>
      {receipt && (
        <p>
          {/* no space after a full-width colon: Chinese sets none between a label and its number */}
          {t('customer.done.receipt')}
          {t('customer.done.receipt').endsWith('：') ? '' : ' '}
          <strong
            className="font-mono text-xl tracking-wider whitespace-nowrap text-slate-900"
            data-testid="receipt-reference"
          >
            {receipt.reference}
          </strong>
          <span className="block text-base text-slate-600">{t('customer.done.receiptHint')}</span>
        </p>
      )}
      <p>{staffReview ? t('customer.done.nextStaff') : t('customer.done.nextNothing')}</p>
    </Ending>
  )
}
