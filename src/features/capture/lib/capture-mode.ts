// The camera's layout and thresholds follow the journey (src/session/journey.ts): a customer gets the
// full-screen self-service camera tuned for a phone, an operator the desk's preview beside its controls.
import { currentJourney, type Journey } from '#src/session/journey.ts'
import type { DeviceProfile } from './quality-thresholds.ts'

export type CaptureMode = 'operator' | 'self-service'

export function captureModeFor(journey: Journey): CaptureMode {
  return journey === 'customer' ? 'self-service' : 'operator'
}

export function currentCaptureMode(): CaptureMode {
  return captureModeFor(currentJourney())
}

export function deviceProfile(mode: CaptureMode): DeviceProfile {
  return mode === 'self-service' ? 'phone' : 'desktop'
}
