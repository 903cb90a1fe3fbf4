import type { ReactNode } from 'react'
import type { useCameraSource } from '../hooks/use-camera-source.ts'
import type { Guidance } from '../lib/guidance.ts'

/** What the two camera layouts (operator, self-service) arrange around the preview. */
export interface CameraLayoutProps {
  stage: ReactNode
  guidance: Guidance
  ready: boolean
  onShoot: () => void
  autoCapture: boolean
  onAutoCapture: (on: boolean) => void
  source: ReturnType<typeof useCameraSource>
  onUpload: () => void
}
