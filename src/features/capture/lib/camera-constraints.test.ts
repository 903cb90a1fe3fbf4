import { describe, expect, it } from 'vitest'
import { cameraConstraints, LAST_CONSTRAINT_STEP } from './camera-constraints.ts'
import { classifyCameraError } from './camera-error.ts'

describe('camera constraints ladder', () => {
  it('starts with the picked camera (or the rear one) at 1080p and ends asking for any camera', () => {
    expect(cameraConstraints({ deviceId: 'cam-2', step: 0 })).toEqual({
      deviceId: { exact: 'cam-2' },
      width: { ideal: 1920 },
      height: { ideal: 1080 },
    })
    expect(cameraConstraints({ deviceId: null, step: 0 })).toMatchObject({
      facingMode: { ideal: 'environment' },
    })
    expect(cameraConstraints({ deviceId: 'cam-2', step: 1 })).toEqual({ deviceId: { exact: 'cam-2' } })
    expect(cameraConstraints({ deviceId: null, step: LAST_CONSTRAINT_STEP })).toEqual({})
  })
})

describe('classifyCameraError', () => {
  it.each([
    ['NotAllowedError', 'denied'],
    ['NotFoundError', 'none'],
    ['NotReadableError', 'inUse'],
    ['OverconstrainedError', 'overconstrained'],
    ['TypeError', 'failed'],
  ])('%s → %s', (name, problem) => {
    expect(classifyCameraError(new DOMException('x', name))).toBe(problem)
  })
})
