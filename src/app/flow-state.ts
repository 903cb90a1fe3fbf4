import type { RecognizeResult } from '#src/hkid/recognize-contract.ts'
import type { PhotoProblem } from '#src/features/capture/lib/photo-check.ts'
import type { RecognizeErrorCode } from '#src/features/recognize/api/recognize-card.ts'
import type { VerifiedRecord } from '#src/features/review/lib/verified-record.ts'

/** The step flow: capture → (check the photo) → recognizing → review → done, with an error step that
 * keeps the photo. */
export type FlowState =
  | { step: 'ready' }
  /** `upload`: open on the file picker (the user asked to choose another file). */
  | { step: 'capture'; upload?: boolean }
  /** The photo as it will be sent, with what the meter found wrong with it. */
  | { step: 'check'; image: Blob; source: 'camera' | 'file'; problems: PhotoProblem[] }
  | { step: 'recognizing'; phase: 'preparing' | 'reading' }
  | {
      step: 'error'
      code: RecognizeErrorCode | 'COMPRESS_FAILED'
      requestId?: string | undefined
      image?: Blob
    }
  | { step: 'review'; result: RecognizeResult; recognizedAt: Date; image?: Blob }
  | { step: 'done'; record: VerifiedRecord }

export type StepName = 'capture' | 'review' | 'done'

export function visibleStep(state: FlowState): StepName {
  if (state.step === 'review') return 'review'
  if (state.step === 'done') return 'done'
  return 'capture'
}
