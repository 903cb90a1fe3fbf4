import { describe, expect, it } from 'vitest'
import {
  HKIDCARDOCR_DOCUMENTED_CODES,
  RATE_LIMIT_CODES,
  UPSTREAM_ERROR_ROWS,
} from '#testing/server/error-table-rows.ts'
import { API_ERROR_STATUS } from '#src/hkid/api-errors.ts'
import { isRetryableUpstreamError, mapUpstreamError } from './upstream-errors.ts'

const TABLE = [...UPSTREAM_ERROR_ROWS, ...RATE_LIMIT_CODES.map((code) => [code, 429, 'BUSY'] as const)]

describe('mapUpstreamError', () => {
  it.each(TABLE)('%s → %i %s', (upstream, status, code) => {
    expect(mapUpstreamError(upstream)).toBe(code)
    expect(API_ERROR_STATUS[mapUpstreamError(upstream)]).toBe(status)
  })

  it('has a row for every code HKIDCardOCR documents', () => {
    const rows = new Set(UPSTREAM_ERROR_ROWS.map(([code]) => code))
    expect(HKIDCARDOCR_DOCUMENTED_CODES.filter((code) => !rows.has(code))).toEqual([])
  })

  it('sends the image problems back to the camera, and the account problems to the operator', () => {
    expect(mapUpstreamError('FailedOperation.ImageBlur')).toBe('IMAGE_BLURRY')
    expect(mapUpstreamError('InvalidParameter.EngineImageDecodeFailed')).toBe('IMAGE_UNREADABLE')
    expect(mapUpstreamError('FailedOperation.EmptyImageError')).toBe('IMAGE_UNREADABLE')
    expect(mapUpstreamError('FailedOperation.ImageSizeTooLarge')).toBe('IMAGE_TOO_LARGE')
    expect(mapUpstreamError('ResourceUnavailable.ResourcePackageRunOut')).toBe('SERVICE_UNAVAILABLE')
  })

  it('maps codes the table does not name to a retryable upstream error', () => {
    expect(mapUpstreamError('InvalidParameter')).toBe('UPSTREAM_ERROR')
    expect(mapUpstreamError('UnsupportedOperation.Whatever')).toBe('UPSTREAM_ERROR')
    expect(mapUpstreamError('')).toBe('UPSTREAM_ERROR')
  })

  it('does not mistake a code that merely starts with a known prefix', () => {
    expect(mapUpstreamError('AuthFailureX')).toBe('UPSTREAM_ERROR')
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
