import { lazy, Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import { isPhone } from '#src/session/journey.ts'
import type { CameraProblem } from '../lib/camera-error.ts'

// Only a few visitors ever need it (no usable camera, not on a phone): loaded when shown.
const ContinueOnDevice = lazy(() =>
  import('./continue-on-device.tsx').then((m) => ({ default: m.ContinueOnDevice })),
)

interface CameraProblemNoticeProps {
  problem: CameraProblem
  onRetry: () => void
  /** This page's link for a phone; never shown on a phone, nor where the page offers its own hand-off. */
  offerOtherDevice?: boolean
  /** The desk's own hand-off to a phone, offered instead of the link when present. */
  onContinueOnPhone?: (() => void) | undefined
}

/** Problems where trying again cannot help: nothing to retry with, or the page itself is not secure. */
const NO_RETRY: CameraProblem[] = ['none', 'insecure']
/** Problems where this device's camera is out of the picture: offer to carry on with another device. */
const OTHER_DEVICE: CameraProblem[] = ['none', 'overconstrained', 'failed']

/** What went wrong with the camera, in words, with the ways forward beside it (upload is just below). */
export function CameraProblemNotice(props: CameraProblemNoticeProps) {
  const { problem, onRetry, offerOtherDevice = true, onContinueOnPhone } = props
  const { t } = useTranslation()
  return (
    <div
      role="alert"
      data-testid={`camera-problem-${problem}`}
      className="rounded-2xl border border-amber-300 bg-amber-50 p-5"
    >
      <h3 className="font-semibold text-amber-900">{t(`camera.${problem}.title`)}</h3>
      <p className="mt-1 text-sm text-amber-900">
        {/* Already on a phone: its photo library and settings are the way on, not another phone. */}
        {problem === 'none' && isPhone() ? t('camera.onPhone.none') : t(`camera.${problem}.body`)}
      </p>
      {!NO_RETRY.includes(problem) && (
        <button
          type="button"
          onClick={onRetry}
          className="mt-3 min-h-11 rounded-full border border-amber-700 px-5 py-2 text-sm font-semibold text-amber-900 hover:bg-amber-100 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-amber-700"
        >
          {t('camera.retry')}
        </button>
      )}
      {onContinueOnPhone && OTHER_DEVICE.includes(problem) && (
        <button
          type="button"
          onClick={onContinueOnPhone}
          className="mt-3 ml-0 min-h-11 rounded-full border border-amber-700 px-5 py-2 text-sm font-semibold text-amber-900 hover:bg-amber-100 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-amber-700 sm:ml-2"
        >
          {t('app.case.continueOnPhone')}
        </button>
      )}
      {!onContinueOnPhone && offerOtherDevice && OTHER_DEVICE.includes(problem) && (
        <Suspense fallback={null}>
          <ContinueOnDevice />
        </Suspense>
      )}
    </div>
  )
}
