// The operator's case, above every step: the customer reference (kept through errors, retakes and the
// hand-off, cleared only by "next customer") and, until a record is confirmed, "continue on a phone".
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { secondaryButton } from '#src/ui/button-styles.ts'

interface CaseBarProps {
  reference: string
  onReference: (reference: string) => void
  /** Present when the desk may hand this capture to a phone now. */
  onContinueOnPhone?: (() => void) | undefined
}

export function CaseBar({ reference, onReference, onContinueOnPhone }: CaseBarProps) {
  const { t } = useTranslation()
  const id = useId()
  return (
    // Side by side, the button lines up with the input (below its one-line label), not with the hint under it.
    <div
      className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between short-landscape:items-end"
      data-testid="case-bar"
    >
      <div className="flex flex-col gap-1 sm:w-96 short-landscape:w-auto short-landscape:min-w-0 short-landscape:flex-1 short-landscape:flex-row short-landscape:items-center short-landscape:gap-3">
        <label htmlFor={id} className="text-sm font-medium text-slate-700 short-landscape:shrink-0">
          {t('app.case.reference')}
        </label>
        <input
          id={id}
          value={reference}
          onChange={(event) => onReference(event.target.value)}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${id}-hint`}
          className="min-h-11 rounded-lg border short-landscape:min-w-0 short-landscape:flex-1 border-slate-300 bg-white px-3 py-2 focus:outline-3 focus:outline-offset-1 focus:outline-teal-600"
        />
        <p id={`${id}-hint`} className="text-xs text-slate-500 short-landscape:sr-only">
          {t('app.case.referenceHint')}
        </p>
      </div>
      {onContinueOnPhone && (
        <button
          type="button"
          onClick={onContinueOnPhone}
          className={`${secondaryButton} inline-flex items-center justify-center gap-2 self-start sm:mt-[22px] sm:self-auto short-landscape:mt-0`}
        >
          <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none">
            <rect x="6" y="2.5" width="12" height="19" rx="2.5" stroke="currentColor" strokeWidth="1.8" />
            <path d="M10.5 18.5h3" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
          </svg>
          {t('app.case.continueOnPhone')}
        </button>
      )}
    </div>
  )
}
