import type { RecognizeResult } from '#src/hkid/recognize-contract.ts'
import type { PhotoProblem } from '#src/features/capture/lib/photo-check.ts'
import type { RecognizeErrorCode } from '#src/features/recognize/api/recognize-card.ts'
import type { VerifiedRecord } from '#src/hkid/verified-record.ts'

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

/** A phone's way back to the desk that opened it (src/features/handoff/components/phone-session.tsx). */
export interface PhoneLink {
  send(result: RecognizeResult, recognizedAt: Date): void
  /** A failure the phone cannot get past: the desk is told, and the phone says what to do. */
  reportFailure(code: FlowErrorCode): void
}
