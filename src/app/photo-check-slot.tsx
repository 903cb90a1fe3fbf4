// The "check your photo" step in the flow: its code arrives with review's (prefetched during capture),
// so it shows at once; should it fail to load, the user is told and can retry or retake.
import { Suspense } from 'react'
import { RecognizeErrorPanel } from '#src/features/recognize/components/recognize-error-panel.tsx'
import { RecognizingPanel } from '#src/features/recognize/components/recognizing-panel.tsx'
import type { FlowState } from './flow-state.ts'
import { PhotoCheckStep, StepLoadBoundary } from './lazy-steps.tsx'

interface PhotoCheckSlotProps {
  state: Extract<FlowState, { step: 'check' }>
  onUse: () => void
  onReplace: () => void
}

export function PhotoCheckSlot({ state, onUse, onReplace }: PhotoCheckSlotProps) {
  return (
    <StepLoadBoundary
      fallback={(retry) => (
        <RecognizeErrorPanel code="NETWORK" canRetry onRetake={onReplace} onRetry={retry} />
      )}
    >
      <Suspense fallback={<RecognizingPanel phase="preparing" onCancel={onReplace} />}>
        <PhotoCheckStep
          image={state.image}
          source={state.source}
          problems={state.problems}
          onUse={onUse}
          onReplace={onReplace}
        />
      </Suspense>
    </StepLoadBoundary>
  )
}
