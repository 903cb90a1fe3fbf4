// The customer's record delivery screens: "sending" (which sends, and says nothing of "received" until the
// server or the host page took the record), a failed send that keeps the record and photo for "Try again" or
// "Back to my details", and a link with nowhere to send a record, said before the camera opens.
import { useEffect, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { RecordReceipt } from '#src/hkid/record-delivery-contract.ts'
import { primaryButton, secondaryButton } from '#src/ui/button-styles.ts'
import { StepHeading } from '#src/ui/step-heading.tsx'
import type { DeliverRecord } from '../api/deliver-record-mutation.ts'
import { deliverForCustomer, type HostHandOff } from '../lib/customer-delivery.ts'
import type { RecordToDeliver } from '../lib/deliver-record.ts'
import type { DeliveryFailure } from '../lib/delivery-problem.ts'

interface CustomerSendingProps {
  /** A new object for each attempt: the same one is sent once, however often this mounts. */
  send: RecordToDeliver
  onComplete?: HostHandOff | undefined
  /** The flow's mutation (deliverRecordMutation) */
  deliver: DeliverRecord
  onDelivered: (receipt?: RecordReceipt) => void
  onFailed: (failure: DeliveryFailure) => void
}

export function CustomerSending(props: CustomerSendingProps) {
  const { send, onComplete, deliver, onDelivered, onFailed } = props
  const { t } = useTranslation()
  useEffect(() => {
    let live = true
    void deliverForCustomer(send, deliver, onComplete).then((outcome) => {
      if (!live) return
      if ('failure' in outcome) onFailed(outcome.failure)
      else onDelivered(outcome.receipt)
    })
    return () => {
      live = false
    }
  }, [send, deliver, onComplete, onDelivered, onFailed])
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

interface CustomerSendFailedProps {
  failure: DeliveryFailure
  onTryAgain: () => void
  onBack: () => void
  /** The photo that was read, kept with the details. */
  photo?: ReactNode
}

export function CustomerSendFailed({ failure, onTryAgain, onBack, photo }: CustomerSendFailedProps) {
  const { t } = useTranslation()
  const { problem } = failure
  return (
    <section
      data-testid="customer-send-failed"
      data-problem={problem}
      aria-labelledby="send-failed-heading"
      className="flex flex-col gap-5 rounded-2xl border border-red-200 bg-white p-6"
    >
      <div role="alert" className="flex flex-col gap-2">
        <StepHeading id="send-failed-heading" focusKey={failure}>
          {t(`customer.sendFailed.${problem}.title`)}
        </StepHeading>
        <p className="text-slate-700">
          {t(`customer.sendFailed.${problem}.body`, { seconds: failure.waitSeconds ?? 30 })}
        </p>
        {failure.requestId && (
          <p className="text-sm text-slate-600" data-testid="send-failed-request-id">
            {t('customer.sendFailed.requestId', { requestId: failure.requestId })}
          </p>
        )}
      </div>
      {photo && <div className="mx-auto w-full max-w-sm short-landscape:max-w-56">{photo}</div>}
      {/* A spent link stays spent: neither sending again nor going back to the details can work. */}
      {problem !== 'link' && (
        <div className="flex flex-col gap-3 sm:flex-row sm:justify-end">
          <button type="button" onClick={onBack} className={secondaryButton}>
            {t('customer.sendFailed.back')}
          </button>
          <button type="button" onClick={onTryAgain} className={primaryButton}>
            {t('customer.sendFailed.tryAgain')}
          </button>
        </div>
      )}
    </section>
  )
}

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
