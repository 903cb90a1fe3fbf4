// What the meter must say for each of the scene bank's labels: nothing for a good scene (it is captured),
// else the one guidance that names its fault. Shared by the unit tests, the Playwright scenes and the bench.
import type { SceneLabel } from '#testing/banks/scene-bank/scene-catalogue.ts'
import type { QualityIssue } from '#src/features/capture/lib/quality-meter.ts'

export const EXPECTED_ISSUE: Record<SceneLabel, QualityIssue | null> = {
  good: null,
  glare: 'glare',
  motionBlur: 'moving',
  defocus: 'blur',
  finger: 'corners',
  tooSmall: 'far',
  noCard: 'noCard',
  tooDark: 'dark',
}
