// The steps on screen for one journey. The operator's case bar sits above them; a customer sees only the
// step. A phone opened from a desk shows its own screens (connecting, sending, done) when it has one.
import { Suspense, useEffect, type ReactNode } from 'react'
import { CaptureStep } from '#src/features/capture/components/capture-step.tsx'
import { RecognizeErrorPanel } from '#src/features/recognize/components/recognize-error-panel.tsx'
import { RecognizingPanel } from '#src/features/recognize/components/recognizing-panel.tsx'
import { warmRecordDelivery } from '#src/features/record-delivery/api/deliver-record-mutation.ts'
import { isMisconfigured } from '#src/features/recognize/lib/error-kind.ts'
import { isPhone } from '#src/session/journey.ts'
import { AppShell } from './app-shell.tsx'
import { CaseBar } from './case-bar.tsx'
import { visibleStep, type StepName } from './flow-state.ts'
import {
  CustomerEndingStep,
  CustomerReviewStep,
  CustomerSendFailedStep,
  CustomerSendingStep,
  DeskHandoffStep,
  DoneStep,
  MarkReviewRendered,
  PhotoCheckStep,
  prefetchErrorStrings,
  prefetchReview,
  RecognizeErrorStep,
  ReviewStep,
  SentPhoto,
  StepLoadBoundary,
} from './lazy-steps.tsx'
import { ReadyPanel } from './ready-panel.tsx'
import { useCaptureFlow, type CaptureFlowOptions } from './use-capture-flow.ts'
import { useResumeOnline, waitsForConnection } from './use-resume-online.ts'

const PHONE_STEPS: readonly StepName[] = ['capture', 'done']
const NO_STEPS: readonly StepName[] = []

const releaseDeviceReader = () =>
  void import('#src/features/recognize/lib/device-reader-loader.ts').then(
    ({ releaseDeviceReaderIfLoaded }) => releaseDeviceReaderIfLoaded(),
    () => undefined,
  )

interface CaptureFlowProps extends CaptureFlowOptions {
  /** A phone's own screen, shown instead of the step while it has one. */
  phoneScreen?: ReactNode
  /** The hand-off ended before a photo (expired, another phone has it): no steps to show. */
  phoneEnded?: boolean
}

export function CaptureFlow({
  journey,
  onComplete,
  phone,
  phoneScreen,
  phoneEnded,
  consent,
}: CaptureFlowProps) {
  const flow = useCaptureFlow({ journey, onComplete, phone, consent })
  const { state } = flow
  const operator = journey === 'operator'
  const customer = !operator

  // A photo that could not go for want of a connection goes again once it is back.
  useResumeOnline(state, (image) => void flow.send(image))

  // Review's code loads while the card is lined up, after the camera has had its start.
  useEffect(() => {
    if (state.step !== 'capture') return
    // The workers that prepare and check the photo start now, while the page can still load them.
    import('#src/features/compress/compress-image.ts').then(
      ({ warmCompressor }) => warmCompressor(),
      () => undefined,
    )
    prefetchErrorStrings()
    import('#src/features/capture/lib/photo-check-client.ts').then(
      ({ warmPhotoCheck }) => warmPhotoCheck(),
      () => undefined,
    )
    // READ_ON=device|auto: the card reader downloads in the background from now, never for the first screen.
    import('#src/features/recognize/lib/device-reader-loader.ts').then(
      ({ warmDeviceReader }) => warmDeviceReader(),
      () => undefined,
    )
    if (phone) return
    const timer = setTimeout(() => prefetchReview(journey), 1000)
    return () => clearTimeout(timer)
  }, [state.step, journey, phone])

  // The journey ended (a record made, or the page left): the card reader's worker and models go.
  const ended = ['done', 'ended'].includes(state.step)
  useEffect(() => {
    if (ended) releaseDeviceReader()
  }, [ended])
  useEffect(() => releaseDeviceReader, [])

  // Sealing needs jose: it loads while the details are checked, so "Send" does not wait for it.
  useEffect(() => {
    if (state.step === 'review') warmRecordDelivery()
  }, [state.step])

  // The desk offers a phone until a record is confirmed — while reading, on review and after an error too (a
  // desk camera that fails or blurs), never from a phone, nor when the service is not set up (a phone's photo
  // goes to the same service).
  const canHandOff =
    operator &&
    !isPhone() &&
    ['ready', 'capture', 'recognizing', 'check', 'error', 'review'].includes(state.step) &&
    !(state.step === 'error' && isMisconfigured(state.code))
  // A customer's spent link has no journey left: no step of it is true ("1 Capture" told them to start again).
  const linkSpent = customer && state.step === 'error' && state.code === 'UNAUTHORIZED'
  const loadFailed = (retry: () => void) => (
    <RecognizeErrorPanel code="NETWORK" canRetry onRetake={flow.retake} onRetry={retry} journey={journey} />
  )
  const reading = <RecognizingPanel phase="reading" onCancel={flow.retake} />

  const step = (
    <>
      {state.step === 'ready' && <ReadyPanel onStart={flow.start} />}
      {state.step === 'capture' && (
        <CaptureStep
          onCapture={flow.capture}
          journey={journey}
          autoFocus={flow.moved}
          offerOtherDevice={customer && !phone && !isPhone()}
          onContinueOnPhone={canHandOff ? flow.handOffToPhone : undefined}
          startWithUpload={state.upload}
        />
      )}
      {state.step === 'recognizing' && <RecognizingPanel phase={state.phase} onCancel={flow.retake} />}
      {state.step === 'error' && (
        <StepLoadBoundary fallback={loadFailed}>
          <Suspense fallback={reading}>
            <RecognizeErrorStep
              code={state.code}
              requestId={state.requestId}
              canRetry={Boolean(state.image)}
              onRetake={flow.retake}
              onRetry={() => state.image && flow.send(state.image)}
              journey={journey}
              photo={state.image && <SentPhoto image={state.image} />}
              waitingForConnection={waitsForConnection(state)}
            />
          </Suspense>
        </StepLoadBoundary>
      )}
      {(state.step === 'handoff' ||
        state.step === 'check' ||
        state.step === 'review' ||
        state.step === 'done' ||
        state.step === 'sending' ||
        state.step === 'send-failed' ||
        state.step === 'ended') && (
        <StepLoadBoundary key={state.step} fallback={loadFailed}>
          <Suspense fallback={reading}>
            {state.step === 'ended' && (
              <CustomerEndingStep staffReview={state.staffReview} receipt={state.receipt} />
            )}
            {state.step === 'sending' && (
              <CustomerSendingStep
                send={state.send}
                onComplete={onComplete}
                deliver={flow.deliver}
                onDelivered={flow.delivered}
                onFailed={flow.deliveryFailed}
              />
            )}
            {state.step === 'send-failed' && (
              <CustomerSendFailedStep
                failure={state.failure}
                onTryAgain={flow.sendRecordAgain}
                onBack={flow.backToReview}
                photo={state.send.image && <SentPhoto image={state.send.image} />}
              />
            )}
            {state.step === 'check' && (
              <PhotoCheckStep
                image={state.image}
                source={state.source}
                problems={state.problems}
                onUse={() => void flow.send(state.image)}
                onReplace={flow.replacePhoto}
              />
            )}
            {state.step === 'handoff' && (
              <DeskHandoffStep onResult={flow.receiveFromPhone} onCancel={flow.start} />
            )}
            {state.step === 'review' && (
              <>
                {customer ? (
                  <CustomerReviewStep
                    result={state.result}
                    recognizedAt={state.recognizedAt}
                    previous={state.previous}
                    onConfirm={flow.confirm}
                    onRetake={flow.retake}
                    photo={state.image && <SentPhoto image={state.image} />}
                  />
                ) : (
                  <ReviewStep
                    result={state.result}
                    recognizedAt={state.recognizedAt}
                    reference={flow.reference}
                    onConfirm={flow.confirm}
                    onRetake={flow.retake}
                    photo={state.image && <SentPhoto image={state.image} />}
                  />
                )}
                <MarkReviewRendered />
              </>
            )}
            {state.step === 'done' && (
              <DoneStep
                confirmed={state.record}
                send={state.send}
                deliver={flow.deliver}
                reference={flow.reference}
                delivery={flow.delivery}
                onDownloaded={flow.markDownloaded}
                onSendAgain={flow.sendAgain}
                onNext={flow.nextCustomer}
              />
            )}
          </Suspense>
        </StepLoadBoundary>
      )}
    </>
  )

  return (
    <AppShell
      step={visibleStep(state)}
      steps={phoneEnded || linkSpent ? NO_STEPS : phone ? PHONE_STEPS : undefined}
      journey={journey}
    >
      <div className="flex flex-col gap-6 short-landscape:gap-3">
        {operator && (
          <CaseBar
            reference={flow.reference}
            onReference={flow.setReference}
            onContinueOnPhone={canHandOff ? flow.handOffToPhone : undefined}
          />
        )}
        {phoneScreen ?? step}
      </div>
    </AppShell>
  )
}
