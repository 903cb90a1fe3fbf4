// What the user is told for the meter's latest reading: one instruction, the guide's colour, and the
// auto-capture cue. Pure, so the priority of instructions is testable.
import { secondsLeft } from './auto-capture.ts'
import type { QualityIssue } from './quality-meter.ts'

export type GuidanceKey = QualityIssue | 'measuring' | 'ready' | 'readyManual' | 'meterUnavailable'

export interface Guidance {
  key: GuidanceKey
  tone: 'idle' | 'issue' | 'ready'
  /** 0–1 through the auto-capture run; null when no countdown is running. */
  progress: number | null
  seconds: number | null
}

interface GuidanceInput {
  issues: readonly QualityIssue[] | null
  available: boolean
  run: number
  autoCapture: boolean
  steadyFrames: number
  frameMs: number
}

export function guidanceFor({
  issues,
  available,
  run,
  autoCapture,
  steadyFrames,
  frameMs,
}: GuidanceInput): Guidance {
  if (!available) return { key: 'meterUnavailable', tone: 'idle', progress: null, seconds: null }
  if (!issues) return { key: 'measuring', tone: 'idle', progress: null, seconds: null }
  const first = issues[0]
  if (first) return { key: first, tone: 'issue', progress: null, seconds: null }
  if (!autoCapture) return { key: 'readyManual', tone: 'ready', progress: null, seconds: null }
  return {
    key: 'ready',
    tone: 'ready',
    progress: Math.min(1, run / steadyFrames),
    seconds: secondsLeft(run, steadyFrames, frameMs),
  }
}
