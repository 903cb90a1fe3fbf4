import { useTranslation } from 'react-i18next'
import type { CameraProblem } from '../lib/camera-error.ts'
import { ContinueOnDevice } from './continue-on-device.tsx'

interface CameraProblemNoticeProps {
  problem: CameraProblem
  onRetry: () => void
}

/** Problems where trying again cannot help: nothing to retry with, or the page itself is not secure. */
const NO_RETRY: CameraProblem[] = ['none', 'insecure']
/** Problems where this device's camera is out of the picture: offer to carry on with another device. */
const OTHER_DEVICE: CameraProblem[] = ['none', 'overconstrained', 'failed']

/** What went wrong with the camera, in words, with the ways forward beside it (upload is just below). */
export function CameraProblemNotice({ problem, onRetry }: CameraProblemNoticeProps) {
  const { t } = useTranslation()
  return (
    <div
      role="alert"
      data-testid={`camera-problem-${problem}`}
      className="rounded-2xl border border-amber-300 bg-amber-50 p-5"
    >
      <h3 className="font-semibold text-amber-900">{t(`capture.camera.${problem}.title`)}</h3>
      <p className="mt-1 text-sm text-amber-900">{t(`capture.camera.${problem}.body`)}</p>
      {!NO_RETRY.includes(problem) && (
        <button
          type="button"
          onClick={onRetry}
          className="mt-3 min-h-11 rounded-full border border-amber-700 px-5 py-2 text-sm font-semibold text-amber-900 hover:bg-amber-100 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-amber-700"
        >
          {t('capture.camera.retry')}
        </button>
      )}
      {OTHER_DEVICE.includes(problem) && <ContinueOnDevice />}
    </div>
  )
}
