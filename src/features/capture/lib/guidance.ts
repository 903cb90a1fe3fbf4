// What the user is told for the meter's latest reading: one instruction, the guide's colour, the
// auto-capture cue, and — when auto-capture has stalled — what is holding it. Pure, so the priority of
// instructions is testable.
import { secondsLeft } from './auto-capture.ts'
import type { QualityIssue } from './quality-meter.ts'

export type GuidanceKey = QualityIssue | 'measuring' | 'ready' | 'readyManual' | 'meterUnavailable'

export interface Guidance {
  key: GuidanceKey
  tone: 'idle' | 'issue' | 'ready'
  /** 0–1 through the auto-capture run; null when no countdown is running. */
  progress: number | null
  seconds: number | null
  /** Auto-capture has waited long with the card in view: what holds it (the user may shoot instead). */
  stall: QualityIssue | null
}

interface GuidanceInput {
  issues: readonly QualityIssue[] | null
  available: boolean
  run: number
  autoCapture: boolean
  steadyFrames: number
  frameMs: number
  stall?: QualityIssue | null
}

export function guidanceFor({
  issues,
  available,
  run,
  autoCapture,
  steadyFrames,
  frameMs,
  stall = null,
}: GuidanceInput): Guidance {
  const idle = { progress: null, seconds: null, stall: null }
  if (!available) return { key: 'meterUnavailable', tone: 'idle', ...idle }
  if (!issues) return { key: 'measuring', tone: 'idle', ...idle }
  const first = issues[0]
  if (first) return { key: first, tone: 'issue', ...idle, stall: autoCapture ? stall : null }
  if (!autoCapture) return { key: 'readyManual', tone: 'ready', ...idle }
  return {
    key: 'ready',
    tone: 'ready',
    progress: Math.min(1, run / steadyFrames),
    seconds: secondsLeft(run, steadyFrames, frameMs),
    stall: null,
  }
}
