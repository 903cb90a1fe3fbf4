// Capture: the camera when there is one, the upload panel always one step away, and the upload
// panel up front with the reason whenever the camera cannot be used.
import { lazy, Suspense, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { cameraUnavailableReason, type CameraProblem } from '../lib/camera-error.ts'
import type { CapturedImage } from '../lib/captured-image.ts'
import { currentCaptureMode } from '../lib/capture-mode.ts'
import { CameraProblemNotice } from './camera-problem.tsx'
import { CameraView } from './camera-view.tsx'

// The upload fallback loads after the first screen (and before anyone can need it offline).
const loadUploadPanel = () => import('./upload-panel.tsx')
const UploadPanel = lazy(() => loadUploadPanel().then((m) => ({ default: m.UploadPanel })))

interface CaptureStepProps {
  onCapture: (image: CapturedImage) => void
  /** Open on the file picker: the user asked to choose another file. */
  startWithUpload?: boolean | undefined
}

export function CaptureStep({ onCapture, startWithUpload = false }: CaptureStepProps) {
  const { t } = useTranslation()
  const [captureMode] = useState(currentCaptureMode)
  const [problem, setProblem] = useState<CameraProblem | null>(cameraUnavailableReason)
  const [mode, setMode] = useState<'camera' | 'upload'>(problem || startWithUpload ? 'upload' : 'camera')
  const [attempt, setAttempt] = useState(0)
  const [uploadAsked, setUploadAsked] = useState(startWithUpload)
  useEffect(() => {
    loadUploadPanel().catch(() => undefined)
  }, [])

  return (
    <section
      aria-labelledby="capture-heading"
      data-capture-mode={captureMode}
      className="flex flex-col gap-5"
    >
      <div>
        <h2 id="capture-heading" className="text-xl font-semibold sm:text-2xl">
          {t('capture.heading')}
        </h2>
        <p className="mt-1 text-slate-600">{t('capture.instructions')}</p>
      </div>

      {problem && (
        <CameraProblemNotice
          problem={problem}
          onRetry={() => {
            setProblem(null)
            setMode('camera')
            setAttempt((n) => n + 1)
          }}
        />
      )}

      {mode === 'camera' && !problem ? (
        <CameraView
          key={attempt}
          mode={captureMode}
          onCapture={onCapture}
          onUpload={() => {
            setUploadAsked(true)
            setMode('upload')
          }}
          onProblem={(next) => {
            setProblem(next)
            setMode('upload')
          }}
        />
      ) : (
        <>
          <Suspense fallback={<p className="text-sm text-slate-600">{t('capture.checkingFile')}</p>}>
            <UploadPanel onCapture={onCapture} takeFocus={uploadAsked} />
          </Suspense>
          {!problem && (
            <button
              type="button"
              onClick={() => {
                setMode('camera')
                setAttempt((n) => n + 1)
              }}
              className="mx-auto min-h-11 px-4 text-sm font-semibold text-teal-800 underline underline-offset-4 hover:text-teal-950"
            >
              {t('capture.useCamera')}
            </button>
          )}
        </>
      )}
    </section>
  )
}
