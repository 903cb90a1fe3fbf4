import type { RecognizeResult } from '#src/hkid/recognize-contract.ts'
import type { RecognizeErrorCode } from '#src/features/recognize/api/recognize-card.ts'
import type { VerifiedRecord } from '#src/features/review/lib/verified-record.ts'

/** The step flow: capture → recognizing → review → done, with an error step that keeps the photo. */
export type FlowState =
  | { step: 'ready' }
  | { step: 'capture' }
  | { step: 'recognizing'; phase: 'preparing' | 'reading' }
  | {
      step: 'error'
      code: RecognizeErrorCode | 'COMPRESS_FAILED'
      requestId?: string | undefined
      image?: Blob
    }
  | { step: 'review'; result: RecognizeResult; recognizedAt: Date }
  | { step: 'done'; record: VerifiedRecord }

export type StepName = 'capture' | 'review' | 'done'

export function visibleStep(state: FlowState): StepName {
  if (state.step === 'review') return 'review'
  if (state.step === 'done') return 'done'
  return 'capture'
}
