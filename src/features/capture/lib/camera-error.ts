// getUserMedia failures, sorted into the few situations a user can act on differently.

export type CameraProblem = 'denied' | 'none' | 'inUse' | 'insecure' | 'overconstrained' | 'ended' | 'failed'

export function cameraUnavailableReason(): CameraProblem | null {
  if (typeof window === 'undefined') return 'none'
  if (!window.isSecureContext) return 'insecure'
  if (!navigator.mediaDevices?.getUserMedia) return 'none'
  return null
}

export function classifyCameraError(error: unknown): CameraProblem {
  const name = error instanceof DOMException || error instanceof Error ? error.name : ''
  switch (name) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
      return 'denied'
    case 'SecurityError':
      return window.isSecureContext ? 'denied' : 'insecure'
    case 'NotFoundError':
    case 'DevicesNotFoundError':
      return 'none'
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return 'inUse'
    case 'OverconstrainedError':
    case 'ConstraintNotSatisfiedError':
      return 'overconstrained'
    default:
      return 'failed'
  }
}
