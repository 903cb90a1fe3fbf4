import type { RecognizeResult } from '#src/hkid/recognize-contract.ts'
import type { PhotoProblem } from '#src/features/capture/lib/photo-check.ts'
import type { RecognizeErrorCode } from '#src/features/recognize/api/recognize-card.ts'
import type { VerifiedRecord } from '#src/hkid/verified-record.ts'
import type { Journey } from '#src/session/journey.ts'

export type FlowErrorCode = RecognizeErrorCode | 'COMPRESS_FAILED'

/** The step flow: capture → (check the photo) → recognizing → review → done (the operator) or ended (a
 * customer), with an error step that keeps the photo. A desk may hand the capture to a phone (handoff) and
 * review what comes back; a phone opened from a desk's code sends its result back instead of reviewing it
 * (sent). */
export type FlowState =
  | { step: 'ready' }
  /** `upload`: open on the file picker (the user asked to choose another file). */
  | { step: 'capture'; upload?: boolean }
  | { step: 'handoff' }
  /** The photo as it will be sent, with what the meter found wrong with it. */
  | { step: 'check'; image: Blob; source: 'camera' | 'file'; problems: PhotoProblem[] }
  | { step: 'recognizing'; phase: 'preparing' | 'reading' }
  | {
      step: 'error'
      code: FlowErrorCode
      requestId?: string | undefined
      image?: Blob
    }
  | { step: 'review'; result: RecognizeResult; recognizedAt: Date; image?: Blob }
  | { step: 'done'; record: VerifiedRecord }
  | { step: 'ended'; staffReview: boolean }
  | { step: 'sent' }

export type StepName = 'capture' | 'review' | 'done'

export function visibleStep(state: FlowState): StepName {
  if (state.step === 'review') return 'review'
  if (state.step === 'done' || state.step === 'ended' || state.step === 'sent') return 'done'
  return 'capture'
}

/** A phone's way back to the desk that opened it (src/features/desk-handoff/components/phone-session.tsx). */
export interface PhoneLink {
  send(result: RecognizeResult, recognizedAt: Date): void
  /** A failure the phone cannot get past: the desk is told, and the phone says what to do. */
  reportFailure(code: FlowErrorCode): void
}

/** What happens to the flow; the reducer below says where each leads. */
export type FlowEvent =
  | { type: 'start' }
  | { type: 'retake' }
  /** From the photo check: another photo, from the file picker again when the photo was an upload. */
  | { type: 'replace-photo' }
  | { type: 'hand-off-to-phone' }
  | { type: 'preparing' }
  | { type: 'check'; image: Blob; source: 'camera' | 'file'; problems: PhotoProblem[] }
  | { type: 'reading' }
  /** `onPhone`: a phone opened from a desk sends the result back instead of reviewing it. */
  | { type: 'recognized'; result: RecognizeResult; recognizedAt: Date; image?: Blob; onPhone: boolean }
  | { type: 'failed'; code: FlowErrorCode; requestId?: string | undefined; image?: Blob }
  | { type: 'confirmed'; record: VerifiedRecord; journey: Journey }
  | { type: 'next-customer' }

export function flowReducer(state: FlowState, event: FlowEvent): FlowState {
  switch (event.type) {
    case 'start':
    case 'retake':
      return { step: 'capture' }
    case 'replace-photo':
      return state.step === 'check' && state.source === 'file'
        ? { step: 'capture', upload: true }
        : { step: 'capture' }
    case 'hand-off-to-phone':
      return { step: 'handoff' }
    case 'preparing':
      return { step: 'recognizing', phase: 'preparing' }
    case 'check':
      return { step: 'check', image: event.image, source: event.source, problems: event.problems }
    case 'reading':
      return { step: 'recognizing', phase: 'reading' }
    case 'recognized': {
      if (event.onPhone) return { step: 'sent' }
      const { result, recognizedAt, image } = event
      return { step: 'review', result, recognizedAt, ...(image ? { image } : {}) }
    }
    case 'failed':
      return {
        step: 'error',
        code: event.code,
        requestId: event.requestId,
        ...(event.image ? { image: event.image } : {}),
      }
    case 'confirmed':
      // Only a review is confirmed, once: a second Ctrl+Enter finds the flow already past it.
      if (state.step !== 'review') return state
      return event.journey === 'customer'
        ? { step: 'ended', staffReview: event.record.staffReview?.needed ?? false }
        : { step: 'done', record: event.record }
    case 'next-customer':
      return { step: 'ready' }
  }
}
