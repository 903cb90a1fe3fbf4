// What to ask getUserMedia for, most wanted first. When a camera cannot meet a step (over-constrained)
// the next, looser step is tried; the last asks for any camera at all.

export interface CameraRequest {
  /** A camera the user picked on a desktop; phones ask for the rear camera instead. */
  deviceId: string | null
  step: number
}

export function cameraConstraints({ deviceId, step }: CameraRequest): MediaTrackConstraints {
  const which: MediaTrackConstraints = deviceId
    ? { deviceId: { exact: deviceId } }
    : { facingMode: { ideal: 'environment' } }
  const hd: MediaTrackConstraints = { width: { ideal: 1920 }, height: { ideal: 1080 } }
  switch (step) {
    case 0:
      return { ...which, ...hd }
    case 1:
      return which
    case 2:
      return hd
    default:
      return {}
  }
}

export const LAST_CONSTRAINT_STEP = 3

const REMEMBERED_CAMERA_KEY = 'hkid-capture.pref.camera-device-id'

/** The desktop camera last picked: a device id only, which says nothing about the person. */
export function rememberedCamera(): string | null {
  try {
    return localStorage.getItem(REMEMBERED_CAMERA_KEY)
  } catch {
    return null
  }
}

export function rememberCamera(deviceId: string | null) {
  try {
    if (deviceId) localStorage.setItem(REMEMBERED_CAMERA_KEY, deviceId)
    else localStorage.removeItem(REMEMBERED_CAMERA_KEY)
  } catch {
    // Storage may be blocked; the picker still works for this visit.
  }
}
