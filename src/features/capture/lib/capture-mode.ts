// Operator mode (a desk, a webcam, a keyboard) or self-service mode (a customer's phone). A `mode`
// query parameter lets an embedding page choose; otherwise a touch-first small screen means a phone.
import type { DeviceProfile } from './quality-thresholds.ts'

export type CaptureMode = 'operator' | 'self-service'

export function detectCaptureMode(search: string, coarseSmallScreen: boolean): CaptureMode {
  const asked = new URLSearchParams(search).get('mode')
  if (asked === 'operator' || asked === 'self-service') return asked
  return coarseSmallScreen ? 'self-service' : 'operator'
}

export function isCoarseSmallScreen(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(pointer: coarse) and (max-width: 900px)').matches
}

export function currentCaptureMode(): CaptureMode {
  return detectCaptureMode(typeof location === 'undefined' ? '' : location.search, isCoarseSmallScreen())
}

export function deviceProfile(mode: CaptureMode): DeviceProfile {
  return mode === 'self-service' ? 'phone' : 'desktop'
}
