// The desk's waiting screen: a QR code (and the link) for the customer's phone, what the phone has done so
// far, and every way it can go wrong in words — expired, a second phone, a lost connection.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { intlLocale } from '#src/i18n/languages.ts'
import { primaryButton, secondaryButton } from '#src/ui/button-styles.ts'
import { StepHeading } from '#src/ui/step-heading.tsx'
import { useDeskHandoff, type DeskStatus, type OnPhoneResult } from '../hooks/use-desk-handoff.ts'
import { LinkCode } from './link-code.tsx'
import { HourglassIcon } from '#src/ui/hourglass-icon.tsx'

interface DeskHandoffProps {
  onResult: OnPhoneResult
  /** Back to capturing at the desk. */
  onCancel: () => void
}

export function DeskHandoff({ onResult, onCancel }: DeskHandoffProps) {
  const { t, i18n } = useTranslation()
  const { status, refused, reconnecting, newCode } = useDeskHandoff(onResult)
  // "Make a new code" goes away once pressed: the title takes focus again rather than <body>.
  const [codesMade, setCodesMade] = useState(0)
  const problem = problemOf(status)
  // A second phone turned away: the code may be in a stranger's hands, so the way on is a new one.
  const needsNewCode = problem !== null || (refused && status.kind === 'waiting')

  return (
    <section
      aria-labelledby="handoff-heading"
      data-testid="desk-handoff"
      data-status={status.kind}
      className="flex flex-col gap-5"
    >
      <div>
        <StepHeading id="handoff-heading" focusKey={codesMade}>
          {t('handoff.desk.heading')}
        </StepHeading>
        <p className="mt-1 max-w-2xl text-slate-600">{t('handoff.desk.intro')}</p>
      </div>

      <div className="grid gap-6 rounded-2xl border border-slate-200 bg-white p-5 sm:p-6 md:grid-cols-[auto_minmax(0,1fr)] md:items-center">
        {status.kind === 'waiting' ? (
          <LinkCode key={status.link} link={status.link} />
        ) : (
          <div className="flex h-64 w-64 items-center justify-center self-center justify-self-center rounded-xl bg-slate-100">
            {status.kind === 'starting' ? (
              <div
                aria-hidden="true"
                className="h-10 w-10 animate-spin rounded-full border-4 border-teal-100 border-t-teal-700 motion-reduce:animate-none"
              />
            ) : (
              <HourglassIcon className="h-14 w-14 text-slate-400" />
            )}
          </div>
        )}

        <div className="flex min-w-0 flex-col gap-4">
          <p
            role="status"
            aria-live="polite"
            data-testid="handoff-status"
            className="flex items-center gap-3 text-lg font-medium"
          >
            {status.kind === 'starting' && t('handoff.desk.making')}
            {status.kind === 'waiting' && (
              <>
                <span
                  aria-hidden="true"
                  className={`h-3 w-3 shrink-0 rounded-full ${status.opened ? 'bg-emerald-500' : 'animate-pulse bg-amber-500 motion-reduce:animate-none'}`}
                />
                {status.opened ? t('handoff.desk.status.opened') : t('handoff.desk.status.waiting')}
              </>
            )}
          </p>
          {problem && (
            <div
              role="alert"
              data-testid={`handoff-${status.kind}`}
              className="rounded-xl border border-amber-300 bg-amber-50 p-4 text-amber-950"
            >
              <h3 className="font-semibold">{t(`handoff.desk.${problem}.title`)}</h3>
              <p className="mt-1 text-sm">
                {status.kind === 'start-failed' && status.unauthorized
                  ? t('handoff.desk.startFailed.unauthorized')
                  : t(`handoff.desk.${problem}.body`)}
              </p>
            </div>
          )}
          {refused && status.kind === 'waiting' && (
            <p
              role="alert"
              data-testid="handoff-refused"
              className="rounded-xl border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
            >
              {t('handoff.desk.refused')}
            </p>
          )}
          {reconnecting && status.kind === 'waiting' && (
            <p
              role="status"
              data-testid="handoff-reconnecting"
              className="rounded-xl bg-slate-100 p-3 text-sm text-slate-800"
            >
              {t('handoff.desk.reconnecting')}
            </p>
          )}
          {status.kind === 'waiting' && <Steps opened={status.opened} />}
          {status.kind === 'waiting' && (
            <p className="text-sm text-slate-600" data-testid="handoff-expires">
              {t('handoff.desk.expiresAt', {
                time: new Intl.DateTimeFormat(intlLocale(i18n.language), { timeStyle: 'short' }).format(
                  status.expiresAt,
                ),
              })}
            </p>
          )}
        </div>
      </div>

      <div className="flex flex-col gap-3 sm:flex-row sm:justify-end">
        <button type="button" onClick={onCancel} className={needsNewCode ? secondaryButton : primaryButton}>
          {t('handoff.desk.cancel')}
        </button>
        {needsNewCode && (
          <button
            type="button"
            onClick={() => {
              setCodesMade((made) => made + 1)
              newCode()
            }}
            className={primaryButton}
          >
            {t('handoff.desk.newCode')}
          </button>
        )}
      </div>
    </section>
  )
}

function problemOf(status: DeskStatus) {
  switch (status.kind) {
    case 'expired':
      return 'expired'
    case 'start-failed':
      return 'startFailed'
    case 'unreadable':
      return 'unreadable'
    case 'phone-failed':
      return 'phoneFailed'
    default:
      return null
  }
}

/** What happens next, with how far the phone has got. */
function Steps({ opened }: { opened: boolean }) {
  const { t } = useTranslation()
  const steps = [
    { key: 'scan', state: opened ? 'done' : 'now' },
    { key: 'photo', state: opened ? 'now' : 'later' },
    { key: 'review', state: 'later' },
  ] as const
  return (
    <ol className="flex flex-col gap-2">
      {steps.map(({ key, state }, index) => (
        <li key={key} className="flex items-center gap-3 text-slate-700">
          <span
            aria-hidden="true"
            className={`flex h-7 w-7 shrink-0 items-center justify-center rounded-full text-sm font-semibold ${
              state === 'done'
                ? 'bg-teal-700 text-white'
                : state === 'now'
                  ? 'border-2 border-teal-700 text-teal-800'
                  : 'border border-slate-300 text-slate-500'
            }`}
          >
            {state === 'done' ? '✓' : index + 1}
          </span>
          <span className={state === 'now' ? 'font-medium text-slate-900' : ''}>
            {t(`handoff.desk.steps.${key}`)}
          </span>
        </li>
      ))}
    </ol>
  )
}
