// Messages between the camera view and the quality-meter worker.
import type { FrameMeasures, QualityIssue } from './quality-meter.ts'
import type { Journey } from '#src/session/journey.ts'
import type { GuideBox } from './card-guide.ts'
import type { PhotoProblem } from './photo-check.ts'

export type MeterRequest =
  | {
      type: 'frame'
      /** The guide's crop of one camera frame, at the camera's resolution. */
      frame: ImageBitmap
      /** The guide in fractions of `frame`. */
      guide: GuideBox
      journey: Journey
      /** Keep the frame if it is the sharpest good one of the current run (auto-capture is on). */
      keep: boolean
    }
  | { type: 'take' }
  | { type: 'reset' }
  /** Check a finished photo (an upload, or the camera's photo before it is sent). */
  | { type: 'photo'; id: number; image: Blob }

export type MeterResponse =
  | {
      type: 'quality'
      measures: FrameMeasures
      motion: number
      issues: QualityIssue[]
      /** Auto-capture has waited long with the card in view: what is holding it (stall.ts). */
      stall: QualityIssue | null
      ms: number
    }
  | { type: 'best'; frame: ImageBitmap | null }
  /** The meter cannot run here (no 2D OffscreenCanvas): the shutter alone still works. */
  | { type: 'failed' }
  /** A photo's problems; null when it could not be checked (the photo goes on as it is). */
  | { type: 'photo'; id: number; problems: PhotoProblem[] | null }
