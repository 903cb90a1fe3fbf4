// docs/errors.md's table, as data the tests walk row by row (unit: the mapping; end to end: the route).
import type { ApiErrorCode } from '#src/hkid/recognize-contract.ts'

/** Upstream code → our status and code, for every non-retryable row. */
export const UPSTREAM_ERROR_ROWS: Array<[upstreamCode: string, status: number, code: ApiErrorCode]> = [
  ['FailedOperation.NoHKIDCard', 422, 'NOT_HKID'],
  ['FailedOperation.ImageNoSpecifiedCard', 422, 'NOT_HKID'],
  ['FailedOperation.ImageDecodeFailed', 422, 'IMAGE_UNREADABLE'],
  ['LimitExceeded.TooLargeFileError', 413, 'IMAGE_TOO_LARGE'],
  ['InvalidParameterValue.InvalidParameterValueLimit', 413, 'IMAGE_TOO_LARGE'],
  ['FailedOperation.OcrFailed', 502, 'RECOGNITION_FAILED'],
  ['FailedOperation.UnKnowError', 502, 'RECOGNITION_FAILED'],
  ['FailedOperation.WarningServiceFailed', 502, 'RECOGNITION_FAILED'],
  ['InternalError', 502, 'RECOGNITION_FAILED'],
  ['AuthFailure.SignatureFailure', 503, 'SERVICE_UNAVAILABLE'],
  ['AuthFailure.SecretIdNotFound', 503, 'SERVICE_UNAVAILABLE'],
  ['AuthFailure.SignatureExpire', 503, 'SERVICE_UNAVAILABLE'],
  ['AuthFailure.UnauthorizedOperation', 503, 'SERVICE_UNAVAILABLE'],
  ['FailedOperation.UnOpenError', 503, 'SERVICE_UNAVAILABLE'],
  ['ResourceUnavailable.InArrears', 503, 'SERVICE_UNAVAILABLE'],
  ['ResourcesSoldOut.ChargeStatusException', 503, 'SERVICE_UNAVAILABLE'],
]

/** The retryable rows: 429 BUSY once the retries run out. */
export const RATE_LIMIT_CODES = ['RequestLimitExceeded', 'RequestLimitExceeded.UinLimitExceeded'] as const
