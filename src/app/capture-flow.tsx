import { Suspense, useEffect, useId } from 'react'
import { useTranslation } from 'react-i18next'
import { CaptureStep } from '#src/features/capture/components/capture-step.tsx'
import { RecognizeErrorPanel } from '#src/features/recognize/components/recognize-error-panel.tsx'
import { RecognizingPanel } from '#src/features/recognize/components/recognizing-panel.tsx'
import { warmCompressor } from '#src/features/compress/compress-image.ts'
import { warmPhotoCheck } from '#src/features/capture/lib/photo-check-client.ts'
import { AppShell } from './app-shell.tsx'
import { visibleStep } from './flow-state.ts'
import {
  DoneStep,
  MarkReviewRendered,
  prefetchReview,
  ReviewStep,
  SentPhoto,
  StepLoadBoundary,
} from './lazy-steps.tsx'
import { PhotoCheckSlot } from './photo-check-slot.tsx'
import { ReadyPanel } from './ready-panel.tsx'
import { useCaptureFlow, type CaptureFlowOptions } from './use-capture-flow.ts'
import { useResumeOnline, waitsForConnection } from './use-resume-online.ts'

export function CaptureFlow({ onComplete }: CaptureFlowOptions) {
  const { t } = useTranslation()
  const flow = useCaptureFlow({ onComplete })
  const { state } = flow
  const referenceId = useId()

  // A photo that could not go for want of a connection goes again once it is back.
  useResumeOnline(state, (image) => void flow.send(image))

  // Review's code loads while the operator lines up the card, after the camera has had its start.
  useEffect(() => {
    if (state.step !== 'capture') return
    // The workers that prepare and check the photo start now, while the page can still load them.
    warmCompressor()
    warmPhotoCheck()
    const timer = setTimeout(prefetchReview, 1000)
    return () => clearTimeout(timer)
  }, [state.step])

  return (
    <AppShell step={visibleStep(state)}>
      <div className="flex flex-col gap-6">
        {(state.step === 'capture' || state.step === 'error') && (
          <div className="flex flex-col gap-1 sm:max-w-sm">
            <label htmlFor={referenceId} className="text-sm font-medium text-slate-700">
              {t('capture.referenceLabel')}
            </label>
            <input
              id={referenceId}
              value={flow.reference}
              onChange={(event) => flow.setReference(event.target.value)}
              autoComplete="off"
              aria-describedby={`${referenceId}-hint`}
              className="min-h-11 rounded-lg border border-slate-300 bg-white px-3 py-2 focus:outline-3 focus:outline-offset-1 focus:outline-teal-600"
            />
            <p id={`${referenceId}-hint`} className="text-xs text-slate-500">
              {t('capture.referenceHint')}
            </p>
          </div>
        )}
        {state.step === 'ready' && <ReadyPanel onStart={flow.start} />}
        {state.step === 'capture' && <CaptureStep onCapture={flow.capture} startWithUpload={state.upload} />}
        {state.step === 'check' && (
          <PhotoCheckSlot
            state={state}
            onUse={() => void flow.send(state.image)}
            onReplace={flow.replacePhoto}
          />
        )}
        {state.step === 'recognizing' && <RecognizingPanel phase={state.phase} onCancel={flow.retake} />}
        {state.step === 'error' && (
          <RecognizeErrorPanel
            code={state.code}
            requestId={state.requestId}
            canRetry={Boolean(state.image)}
            onRetake={flow.retake}
            onRetry={() => state.image && flow.send(state.image)}
            photo={state.image && <SentPhoto image={state.image} />}
            waitingForConnection={waitsForConnection(state)}
          />
        )}
        {(state.step === 'review' || state.step === 'done') && (
          <StepLoadBoundary
            key={state.step}
            fallback={(retry) => (
              <RecognizeErrorPanel code="NETWORK" canRetry onRetake={flow.retake} onRetry={retry} />
            )}
          >
            <Suspense fallback={<RecognizingPanel phase="reading" onCancel={flow.retake} />}>
              {state.step === 'review' ? (
                <>
                  <ReviewStep
                    result={state.result}
                    recognizedAt={state.recognizedAt}
                    reference={flow.reference}
                    onConfirm={flow.confirm}
                    onRetake={flow.retake}
                    photo={state.image && <SentPhoto image={state.image} />}
                  />
                  <MarkReviewRendered />
                </>
              ) : (
                <DoneStep record={state.record} onNext={flow.nextCustomer} />
              )}
            </Suspense>
          </StepLoadBoundary>
        )}
      </div>
    </AppShell>
  )
}
