// Capture: the camera when there is one, the upload panel always one step away, and the upload
// panel up front with the reason whenever the camera cannot be used. Each switch puts focus where the
// new content starts: the step's title (camera, a camera problem) or the upload panel's.
import { lazy, Suspense, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { cameraUnavailableReason, type CameraProblem } from '../lib/camera-error.ts'
import type { CapturedImage } from '../lib/captured-image.ts'
import { currentJourney, type Journey } from '#src/session/journey.ts'
import { CameraView } from './camera-view.tsx'

// The upload fallback and the camera-problem notice load after the first screen (and before anyone can
// need them offline): most visits never show either.
const loadUploadPanel = () => import('./upload-panel.tsx')
const UploadPanel = lazy(() => loadUploadPanel().then((m) => ({ default: m.UploadPanel })))
const loadProblemNotice = () =>
  Promise.all([import('#src/i18n/later-strings.ts'), import('./camera-problem.tsx')]).then(([, m]) => m)
const CameraProblemNotice = lazy(() => loadProblemNotice().then((m) => ({ default: m.CameraProblemNotice })))

interface CaptureStepProps {
  onCapture: (image: CapturedImage) => void
  /** The journey's camera: the operator's desk layout or the customer's full screen. */
  journey?: Journey
  /** Take focus on arrival (false on the page's first screen, where nothing was replaced). */
  autoFocus?: boolean
  /** Offer this page's link for another device when the camera fails. */
  offerOtherDevice?: boolean
  /** The desk's hand-off to a phone: offered when the camera fails, instead of the link. */
  onContinueOnPhone?: (() => void) | undefined
  /** Open on the file picker: the user asked to choose another file. */
  startWithUpload?: boolean | undefined
}

export function CaptureStep(props: CaptureStepProps) {
  const { onCapture, journey: asked, autoFocus = false, offerOtherDevice = true, onContinueOnPhone } = props
  const startWithUpload = props.startWithUpload ?? false
  const { t } = useTranslation()
  const [journey] = useState(() => asked ?? currentJourney())
  const [problem, setProblem] = useState<CameraProblem | null>(cameraUnavailableReason)
  const [source, setSource] = useState<'camera' | 'upload'>(problem || startWithUpload ? 'upload' : 'camera')
  const [attempt, setAttempt] = useState(0)
  const [uploadChosen, setUploadChosen] = useState(startWithUpload)
  useEffect(() => {
    loadUploadPanel().catch(() => undefined)
    loadProblemNotice().catch(() => undefined)
  }, [])
  const heading = useRef<HTMLHeadingElement>(null)
  // Back to upload ("choose another"): the upload panel's heading takes focus, not the step's.
  const [focusHeading, setFocusHeading] = useState(autoFocus && !startWithUpload ? 1 : 0)
  useEffect(() => {
    if (focusHeading > 0) heading.current?.focus()
  }, [focusHeading])

  function useCamera() {
    setProblem(null)
    setSource('camera')
    setAttempt((n) => n + 1)
    setUploadChosen(false)
    setFocusHeading((n) => n + 1)
  }

  return (
    <section
      aria-labelledby="capture-heading"
      data-journey={journey}
      className="capture-step flex flex-col gap-5"
    >
      <div>
        <h2
          id="capture-heading"
          ref={heading}
          tabIndex={-1}
          className="text-xl font-semibold outline-none sm:text-2xl"
        >
          {t('capture.heading')}
        </h2>
        <p className="mt-1 text-slate-600">{t('capture.instructions')}</p>
      </div>

      {problem && (
        <Suspense fallback={null}>
          <CameraProblemNotice
            problem={problem}
            onRetry={useCamera}
            offerOtherDevice={offerOtherDevice}
            onContinueOnPhone={onContinueOnPhone}
          />
        </Suspense>
      )}

      {source === 'camera' && !problem ? (
        <CameraView
          key={attempt}
          journey={journey}
          onCapture={onCapture}
          onUpload={() => {
            setSource('upload')
            setUploadChosen(true)
          }}
          onProblem={(next) => {
            setProblem(next)
            setSource('upload')
            setFocusHeading((n) => n + 1)
          }}
        />
      ) : (
        <>
          <Suspense fallback={<p className="text-sm text-slate-600">{t('capture.checkingFile')}</p>}>
            <UploadPanel onCapture={onCapture} autoFocus={uploadChosen} />
          </Suspense>
          {!problem && (
            <button
              type="button"
              onClick={useCamera}
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
