// The operator's line about record delivery by webhook: sending, sent with the server's receipt, or why it
// was not sent with "Send again" (the record stays on screen until it is accepted or downloaded).
import { useTranslation } from 'react-i18next'
import { secondaryButton } from '#src/ui/button-styles.ts'

/** How the record's webhook delivery stands; null when there is no webhook. */
export type WebhookState =
  | { status: 'sending' }
  | { status: 'accepted'; receipt: string }
  | {
      status: 'failed'
      problem: 'network' | 'busy' | 'link' | 'ours'
      waitSeconds?: number | undefined
      requestId?: string | undefined
    }
  | null

export function WebhookStateLine({ state, onSendAgain }: { state: WebhookState; onSendAgain?: () => void }) {
  const { t } = useTranslation()
  if (!state) return null
  const text =
    state.status === 'sending'
      ? t('done.webhook.sending')
      : state.status === 'failed'
        ? t(`done.webhook.failed.${state.problem}`, {
            seconds: state.waitSeconds ?? 30,
            requestId: state.requestId ?? '—',
          })
        : null
  return (
    <div className="flex flex-col gap-2 sm:flex-row sm:items-center" data-testid="webhook-state">
      <p
        role="status"
        data-state={state.status}
        className={`text-sm ${state.status === 'failed' ? 'font-medium text-red-800' : 'text-teal-800'}`}
      >
        {state.status === 'accepted' ? (
          <>
            {t('done.webhook.acceptedLead')}{' '}
            <strong className="font-mono" data-testid="webhook-receipt">
              {state.receipt}
            </strong>
          </>
        ) : (
          text
        )}
      </p>
      {state.status === 'failed' && onSendAgain && (
        <button type="button" onClick={onSendAgain} className={`${secondaryButton} whitespace-nowrap`}>
          {t('done.webhook.sendAgain')}
        </button>
      )}
    </div>
  )
}
