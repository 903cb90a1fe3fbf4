// The customer's record did not reach us: what went wrong in their words, while the record and photo stay in
// memory for "Try again" or "Back to my details". Nothing here says "received".
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { primaryButton, secondaryButton } from '#src/ui/button-styles.ts'
import { StepHeading } from '#src/ui/step-heading.tsx'
import { deliveryProblem, waitSeconds, type DeliveryFailure } from '../lib/delivery-problem.ts'

interface CustomerSendFailedProps {
  failure: DeliveryFailure
  onTryAgain: () => void
  onBack: () => void
  /** The photo that was read, kept with the details. */
  photo?: ReactNode
}

export function CustomerSendFailed({ failure, onTryAgain, onBack, photo }: CustomerSendFailedProps) {
  const { t } = useTranslation()
  const problem = deliveryProblem(failure.code)
  return (
    <section
      data-testid="customer-send-failed"
      data-problem={problem}
      aria-labelledby="send-failed-heading"
      className="flex flex-col gap-5 rounded-2xl border border-red-200 bg-white p-6"
    >
      <div role="alert" className="flex flex-col gap-2">
        <StepHeading id="send-failed-heading" focusKey={failure}>{t(`customer.sendFailed.${problem}.title`)}</StepHeading>
        <p className="text-slate-700">
          {t(`customer.sendFailed.${problem}.body`, { seconds: waitSeconds(failure) ?? 30 })}
        </p>
        {failure.requestId && (
          <p className="text-sm text-slate-600" data-testid="send-failed-request-id">
            {t('customer.sendFailed.requestId', { requestId: failure.requestId })}
          </p>
        )}
      </div>
      {photo && <div className="mx-auto w-full max-w-sm">{photo}</div>}
      <div className="flex flex-col gap-3 sm:flex-row sm:justify-end">
        <button type="button" onClick={onBack} className={secondaryButton}>
          {t('customer.sendFailed.back')}
        </button>
        <button type="button" onClick={onTryAgain} className={primaryButton}>
          {t('customer.sendFailed.tryAgain')}
        </button>
      </div>
    </section>
  )
}
