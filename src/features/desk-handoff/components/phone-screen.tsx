// The phone's own screens around the capture: connecting, sending, the ending that sends the customer
// back to the desk, and each way a hand-off can end early, in words for someone standing at a desk.
import { useTranslation } from 'react-i18next'
import { primaryButton } from '#src/ui/button-styles.ts'
import { Ending } from '#src/ui/ending.tsx'
import { StepHeading } from '#src/ui/step-heading.tsx'
import type { PhoneStatus } from '../hooks/use-phone-session.ts'

const MESSAGES = {
  expired: 'expired',
  'in-use': 'inUse',
  closed: 'closed',
  lost: 'lost',
  unavailable: 'unavailable',
  offline: 'offline',
} as const

interface PhoneScreenProps {
  status: Exclude<PhoneStatus, 'ready'>
  onRetry: () => void
}

export function PhoneScreen({ status, onRetry }: PhoneScreenProps) {
  const { t } = useTranslation()
  if (status === 'done') {
    return (
      <Ending heading={t('handoff.phone.done.heading')} testId="phone-done">
        <p>{t('handoff.phone.done.body')}</p>
        <p className="text-base text-slate-500">{t('handoff.phone.done.close')}</p>
      </Ending>
    )
  }
  if (status === 'connecting' || status === 'sending' || status === 'sent') {
    const text = {
      connecting: t('handoff.phone.connecting'),
      sending: t('handoff.phone.sending'),
      sent: t('handoff.phone.waitingDesk'),
    }[status]
    return (
      <section
        data-testid={`phone-${status}`}
        className="flex flex-col items-center gap-5 rounded-2xl border border-slate-200 bg-white px-6 py-12 text-center"
      >
        <div
          aria-hidden="true"
          className="h-12 w-12 animate-spin rounded-full border-4 border-teal-100 border-t-teal-700 motion-reduce:animate-none"
        />
        <div role="status" aria-live="polite">
          <StepHeading focusKey={status} className="text-lg font-medium">
            {text}
          </StepHeading>
        </div>
      </section>
    )
  }
  const key = MESSAGES[status]
  return (
    <section
      role="alert"
      data-testid={`phone-${status}`}
      className="flex flex-col gap-4 rounded-2xl border border-amber-300 bg-amber-50 p-6"
    >
      <StepHeading focusKey={status} className="text-xl text-amber-950">
        {t(`handoff.phone.${key}.title`)}
      </StepHeading>
      <p className="text-amber-950">{t(`handoff.phone.${key}.body`)}</p>
      {status === 'offline' && (
        <button type="button" onClick={onRetry} className={`${primaryButton} self-start`}>
          {t('handoff.phone.tryAgain')}
        </button>
      )}
    </section>
  )
}
