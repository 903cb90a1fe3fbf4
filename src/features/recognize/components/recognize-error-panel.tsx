// A specific message for each failure, and only the ways forward that work (lib/error-kind.ts): retry with
// the same photo when retrying can help, a retake where a new photo can. An operator is told what to check and the request ID to quote; a
// customer on their own is told, in plain words, what they can do (or that it is ours to fix).

import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { RecognizeErrorCode } from '../api/recognize-card.ts'
import { waysForward } from '../lib/error-kind.ts'
import { primaryButton, secondaryButton } from '#src/ui/button-styles.ts'
import { StepHeading } from '#src/ui/step-heading.tsx'
import type { Journey } from '#src/session/journey.ts'

interface RecognizeErrorPanelProps {
  code: RecognizeErrorCode | 'COMPRESS_FAILED'
  requestId?: string | undefined
  canRetry: boolean
  onRetake: () => void
  onRetry: () => void
  journey?: Journey
  /** The photo the error is about, shown beside the message so "not an HKID" or "blurry" can be seen. */
  photo?: ReactNode
  /** Offline or unanswered: the photo goes again by itself once the connection is back. */
  waitingForConnection?: boolean
}

export function RecognizeErrorPanel({
  code,
  requestId,
  canRetry,
  onRetake,
  onRetry,
  journey = 'operator',
  photo,
  waitingForConnection = false,
}: RecognizeErrorPanelProps) {
  const { t, i18n } = useTranslation()
  const ways = waysForward(code, journey, canRetry)
  // The customer's words arrive with the journey's strings; until then (a moment at most) the operator's.
  const customer = journey === 'customer' && i18n.exists(`customer.errors.${code}.title`)
  const title = customer ? t(`customer.errors.${code}.title`) : t(`recognize.errors.${code}.title`)
  const body = customer ? t(`customer.errors.${code}.body`) : t(`recognize.errors.${code}.body`)

  return (
    <section
      role="alert"
      data-testid="recognize-error"
      data-code={code}
      className={`grid gap-5 rounded-2xl border border-red-200 bg-red-50 p-6 ${photo ? 'md:grid-cols-[1fr_18rem]' : ''}`}
    >
      <div className="flex flex-col gap-4">
        <StepHeading focusKey={code} className="text-xl text-red-900">
          {title}
        </StepHeading>
        <p className="text-red-900">{body}</p>
        {requestId && journey === 'operator' && (
          <p className="font-mono text-xs text-red-800">{t('recognize.requestId', { id: requestId })}</p>
        )}
        {waitingForConnection && i18n.exists('photo.connection.waiting') && (
          <p role="status" data-testid="waiting-for-connection" className="text-sm text-red-900">
            {t('photo.connection.waiting')}
          </p>
        )}
        {/* Only what can work: a spent link or a service not set up gets no button at all. */}
        {(ways.retry || ways.retake) && (
          <div className="flex flex-col gap-3 sm:flex-row">
            {ways.retry && (
              <button type="button" onClick={onRetry} className={primaryButton}>
                {t('recognize.tryAgain')}
              </button>
            )}
            {ways.retake && (
              <button
                type="button"
                onClick={onRetake}
                className={ways.retry ? secondaryButton : primaryButton}
              >
                {t('recognize.retake')}
              </button>
            )}
          </div>
        )}
      </div>
      {photo && <div>{photo}</div>}
    </section>
  )
}
