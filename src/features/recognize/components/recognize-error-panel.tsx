// A specific message for each failure, and the ways forward: retake always, retry with the same
// photo when retrying can help.

import { useTranslation } from 'react-i18next'
import type { RecognizeErrorCode } from '../api/recognize-card.ts'
import { remedyFor } from '../lib/error-kind.ts'
import { primaryButton, secondaryButton } from '#src/ui/button-styles.ts'
import { StepHeading } from '#src/ui/step-heading.tsx'

interface RecognizeErrorPanelProps {
  code: RecognizeErrorCode | 'COMPRESS_FAILED'
  requestId?: string | undefined
  canRetry: boolean
  onRetake: () => void
  onRetry: () => void
}

export function RecognizeErrorPanel({
  code,
  requestId,
  canRetry,
  onRetake,
  onRetry,
}: RecognizeErrorPanelProps) {
  const { t } = useTranslation()
  const retryFirst = canRetry && remedyFor(code) !== 'retake'

  return (
    <section
      role="alert"
      data-testid="recognize-error"
      data-code={code}
      className="flex flex-col gap-4 rounded-2xl border border-red-200 bg-red-50 p-6"
    >
      <StepHeading focusKey={code} className="text-xl text-red-900">
        {t(`recognize.errors.${code}.title`)}
      </StepHeading>
      <p className="text-red-900">{t(`recognize.errors.${code}.body`)}</p>
      {requestId && (
        <p className="font-mono text-xs text-red-800">{t('recognize.requestId', { id: requestId })}</p>
      )}
      <div className="flex flex-col gap-3 sm:flex-row">
        {retryFirst && (
          <button type="button" onClick={onRetry} className={primaryButton}>
            {t('recognize.tryAgain')}
          </button>
        )}
        <button type="button" onClick={onRetake} className={retryFirst ? secondaryButton : primaryButton}>
          {t('recognize.retake')}
        </button>
      </div>
    </section>
  )
}
