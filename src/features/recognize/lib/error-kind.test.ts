import { describe, expect, it } from 'vitest'
import { isMisconfigured, waysForward } from './error-kind.ts'

describe('waysForward', () => {
  it('offers a desk nothing to press when the service is not set up', () => {
    for (const code of ['SERVICE_UNAVAILABLE', 'NOT_FOUND', 'METHOD_NOT_ALLOWED'] as const) {
      expect(isMisconfigured(code)).toBe(true)
      expect(waysForward(code, 'operator', true)).toEqual({ retry: false, retake: false })
    }
  })

  it('keeps the desk its retake beside a retry for a passing fault', () => {
    expect(waysForward('BUSY', 'operator', true)).toEqual({ retry: true, retake: true })
    expect(waysForward('NOT_HKID', 'operator', true)).toEqual({ retry: false, retake: true })
  })

  it('offers a customer whose photo was fine a retry only', () => {
    for (const code of ['BUSY', 'RATE_LIMITED', 'NETWORK', 'UPSTREAM_TIMEOUT', 'INTERNAL_ERROR'] as const)
      expect(waysForward(code, 'customer', true)).toEqual({ retry: true, retake: false })
  })

  it('offers a customer a retake where a new photo can help, or no photo is kept to send again', () => {
    expect(waysForward('IMAGE_BLURRY', 'customer', true)).toEqual({ retry: false, retake: true })
    expect(waysForward('RECOGNITION_FAILED', 'customer', true)).toEqual({ retry: true, retake: true })
    expect(waysForward('NETWORK', 'customer', false)).toEqual({ retry: false, retake: true })
  })

  it('offers nothing on a spent link', () => {
    expect(waysForward('UNAUTHORIZED', 'customer', true)).toEqual({ retry: false, retake: false })
  })
})
