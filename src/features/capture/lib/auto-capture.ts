// Auto-capture fires after a run of good, steady frames; any issue starts the run again.
import type { QualityIssue } from './quality-meter.ts'

export interface RunStep {
  run: number
  fire: boolean
}

export function advanceRun(run: number, issues: readonly QualityIssue[], steadyFrames: number): RunStep {
  const next = issues.length === 0 ? run + 1 : 0
  return { run: next, fire: next >= steadyFrames }
}

/** Whole seconds left before the shutter fires, for the countdown shown over the guide. */
export function secondsLeft(run: number, steadyFrames: number, frameMs: number): number {
  return Math.max(1, Math.ceil(((steadyFrames - run) * frameMs) / 1000))
}
