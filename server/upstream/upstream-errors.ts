// How an upstream (Tencent) error code becomes our HTTP status and stable code: the table of docs/errors.md.
import type { ApiErrorCode } from '#src/hkid/recognize-contract.ts'

export interface MappedError {
  status: 401 | 413 | 415 | 400 | 404 | 405 | 422 | 429 | 502 | 503 | 504
  code: ApiErrorCode
}

const EXACT: Record<string, MappedError> = {
  'FailedOperation.NoHKIDCard': { status: 422, code: 'NOT_HKID' },
  'FailedOperation.ImageNoSpecifiedCard': { status: 422, code: 'NOT_HKID' },
  'FailedOperation.ImageDecodeFailed': { status: 422, code: 'IMAGE_UNREADABLE' },
  'LimitExceeded.TooLargeFileError': { status: 413, code: 'IMAGE_TOO_LARGE' },
  'InvalidParameterValue.InvalidParameterValueLimit': { status: 413, code: 'IMAGE_TOO_LARGE' },
  'FailedOperation.OcrFailed': { status: 502, code: 'RECOGNITION_FAILED' },
  'FailedOperation.UnKnowError': { status: 502, code: 'RECOGNITION_FAILED' },
  'FailedOperation.WarningServiceFailed': { status: 502, code: 'RECOGNITION_FAILED' },
  InternalError: { status: 502, code: 'RECOGNITION_FAILED' },
  'FailedOperation.UnOpenError': { status: 503, code: 'SERVICE_UNAVAILABLE' },
  'ResourceUnavailable.InArrears': { status: 503, code: 'SERVICE_UNAVAILABLE' },
}

const PREFIXES: Array<[string, MappedError]> = [
  ['RequestLimitExceeded', { status: 429, code: 'BUSY' }],
  ['AuthFailure', { status: 503, code: 'SERVICE_UNAVAILABLE' }],
  ['ResourcesSoldOut', { status: 503, code: 'SERVICE_UNAVAILABLE' }],
  ['InternalError', { status: 502, code: 'RECOGNITION_FAILED' }],
]

/** Anything the table does not name is an upstream fault the user can only retry. */
const FALLBACK: MappedError = { status: 502, code: 'UPSTREAM_ERROR' }

export function mapUpstreamError(upstreamCode: string): MappedError {
  const exact = EXACT[upstreamCode]
  if (exact) return exact
  const prefixed = PREFIXES.find(
    ([prefix]) => upstreamCode === prefix || upstreamCode.startsWith(`${prefix}.`),
  )
  return prefixed ? prefixed[1] : FALLBACK
}

export function isRetryableUpstreamError(upstreamCode: string): boolean {
  return upstreamCode === 'RequestLimitExceeded' || upstreamCode.startsWith('RequestLimitExceeded.')
}
