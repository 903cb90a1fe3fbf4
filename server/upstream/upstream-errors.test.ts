import { describe, expect, it } from 'vitest'
import { isRetryableUpstreamError, mapUpstreamError } from './upstream-errors.ts'

// DESIGN §2's table, row by row.
const TABLE: Array<[string, number, string]> = [
  ['FailedOperation.NoHKIDCard', 422, 'NOT_HKID'],
  ['FailedOperation.ImageNoSpecifiedCard', 422, 'NOT_HKID'],
  ['FailedOperation.ImageDecodeFailed', 422, 'IMAGE_UNREADABLE'],
  ['LimitExceeded.TooLargeFileError', 413, 'IMAGE_TOO_LARGE'],
  ['InvalidParameterValue.InvalidParameterValueLimit', 413, 'IMAGE_TOO_LARGE'],
  ['FailedOperation.OcrFailed', 502, 'RECOGNITION_FAILED'],
  ['FailedOperation.UnKnowError', 502, 'RECOGNITION_FAILED'],
  ['FailedOperation.WarningServiceFailed', 502, 'RECOGNITION_FAILED'],
  ['InternalError', 502, 'RECOGNITION_FAILED'],
  ['RequestLimitExceeded', 429, 'BUSY'],
  ['RequestLimitExceeded.UinLimitExceeded', 429, 'BUSY'],
  ['AuthFailure.SignatureFailure', 503, 'SERVICE_UNAVAILABLE'],
  ['AuthFailure.SecretIdNotFound', 503, 'SERVICE_UNAVAILABLE'],
  ['AuthFailure.SignatureExpire', 503, 'SERVICE_UNAVAILABLE'],
  ['FailedOperation.UnOpenError', 503, 'SERVICE_UNAVAILABLE'],
  ['ResourceUnavailable.InArrears', 503, 'SERVICE_UNAVAILABLE'],
  ['ResourcesSoldOut.ChargeStatusException', 503, 'SERVICE_UNAVAILABLE'],
]

describe('mapUpstreamError', () => {
  it.each(TABLE)('%s → %i %s', (upstream, status, code) => {
    expect(mapUpstreamError(upstream)).toEqual({ status, code })
  })

  it('maps codes the table does not name to a retryable upstream error', () => {
    expect(mapUpstreamError('InvalidParameter')).toEqual({ status: 502, code: 'UPSTREAM_ERROR' })
    expect(mapUpstreamError('UnsupportedOperation.Whatever')).toEqual({ status: 502, code: 'UPSTREAM_ERROR' })
  })

  it('does not mistake a code that merely starts with a known prefix', () => {
    expect(mapUpstreamError('AuthFailureX')).toEqual({ status: 502, code: 'UPSTREAM_ERROR' })
  })
})

describe('isRetryableUpstreamError', () => {
  it('retries only RequestLimitExceeded*', () => {
    expect(isRetryableUpstreamError('RequestLimitExceeded')).toBe(true)
    expect(isRetryableUpstreamError('RequestLimitExceeded.IPLimitExceeded')).toBe(true)
    expect(isRetryableUpstreamError('InternalError')).toBe(false)
    expect(isRetryableUpstreamError('FailedOperation.OcrFailed')).toBe(false)
  })
})
