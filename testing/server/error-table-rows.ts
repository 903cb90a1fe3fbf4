// docs/errors.md's table, as data the tests walk row by row (unit: the mapping; end to end: the route).
import type { ApiErrorCode } from '#src/hkid/api-errors.ts'

/** Upstream code → our status and code, for every non-retryable row. */
export const UPSTREAM_ERROR_ROWS: Array<[upstreamCode: string, status: number, code: ApiErrorCode]> = [
  ['FailedOperation.NoHKIDCard', 422, 'NOT_HKID'],
  ['FailedOperation.ImageNoSpecifiedCard', 422, 'NOT_HKID'],
  ['FailedOperation.ImageNoIdCard', 422, 'NOT_HKID'],
  ['FailedOperation.ImageNoText', 422, 'NOT_HKID'],
  ['FailedOperation.IdCardTooSmall', 422, 'NOT_HKID'],
  ['FailedOperation.MultiCardError', 422, 'NOT_HKID'],
  ['FailedOperation.ImageDecodeFailed', 422, 'IMAGE_UNREADABLE'],
  ['InvalidParameter.EngineImageDecodeFailed', 422, 'IMAGE_UNREADABLE'],
  ['FailedOperation.EmptyImageError', 422, 'IMAGE_UNREADABLE'],
  ['FailedOperation.UnKnowFileTypeError', 422, 'IMAGE_UNREADABLE'],
  ['FailedOperation.ImageBlur', 422, 'IMAGE_BLURRY'],
  ['LimitExceeded.TooLargeFileError', 413, 'IMAGE_TOO_LARGE'],
  ['InvalidParameterValue.InvalidParameterValueLimit', 413, 'IMAGE_TOO_LARGE'],
  ['FailedOperation.ImageSizeTooLarge', 413, 'IMAGE_TOO_LARGE'],
  ['InvalidParameterValue.InvalidFileContentSize', 413, 'IMAGE_TOO_LARGE'],
  ['RequestSizeLimitExceeded', 413, 'IMAGE_TOO_LARGE'],
  ['FailedOperation.OcrFailed', 502, 'RECOGNITION_FAILED'],
  ['FailedOperation.UnKnowError', 502, 'RECOGNITION_FAILED'],
  ['FailedOperation.WarningServiceFailed', 502, 'RECOGNITION_FAILED'],
  ['FailedOperation.EngineRecognizeTimeout', 502, 'RECOGNITION_FAILED'],
  ['FailedOperation.DetectFailed', 502, 'RECOGNITION_FAILED'],
  ['FailedOperation.LLMServiceFailed', 502, 'RECOGNITION_FAILED'],
  ['FailedOperation.ResponseParseFailed', 502, 'RECOGNITION_FAILED'],
  ['InternalError', 502, 'RECOGNITION_FAILED'],
  ['InternalError.ServerError', 502, 'RECOGNITION_FAILED'],
  ['ServiceUnavailable', 502, 'RECOGNITION_FAILED'],
  ['AuthFailure.SignatureFailure', 503, 'SERVICE_UNAVAILABLE'],
  ['AuthFailure.InvalidAuthorization', 503, 'SERVICE_UNAVAILABLE'],
  ['AuthFailure.SecretIdNotFound', 503, 'SERVICE_UNAVAILABLE'],
  ['AuthFailure.SignatureExpire', 503, 'SERVICE_UNAVAILABLE'],
  ['AuthFailure.UnauthorizedOperation', 503, 'SERVICE_UNAVAILABLE'],
  ['UnauthorizedOperation', 503, 'SERVICE_UNAVAILABLE'],
  ['FailedOperation.UnOpenError', 503, 'SERVICE_UNAVAILABLE'],
  ['FailedOperation.ArrearsError', 503, 'SERVICE_UNAVAILABLE'],
  ['FailedOperation.CountLimitError', 503, 'SERVICE_UNAVAILABLE'],
  ['ResourceUnavailable.InArrears', 503, 'SERVICE_UNAVAILABLE'],
  ['ResourceUnavailable.ResourcePackageRunOut', 503, 'SERVICE_UNAVAILABLE'],
  ['ResourcesSoldOut.ChargeStatusException', 503, 'SERVICE_UNAVAILABLE'],
  ['ActionOffline', 503, 'SERVICE_UNAVAILABLE'],
  ['InvalidAction', 503, 'SERVICE_UNAVAILABLE'],
  ['NoSuchVersion', 503, 'SERVICE_UNAVAILABLE'],
  ['UnsupportedRegion', 503, 'SERVICE_UNAVAILABLE'],
  ['IpNotInWhitelist', 503, 'SERVICE_UNAVAILABLE'],
  ['FailedOperation.DownLoadError', 502, 'UPSTREAM_ERROR'],
]

/** The retryable rows: 429 BUSY once the retries run out. */
export const RATE_LIMIT_CODES = ['RequestLimitExceeded', 'RequestLimitExceeded.UinLimitExceeded'] as const

/** Every code HKIDCardOCR documents it may return (tencentcloud-sdk-go ocr/v20181119 client.go, 2026-08). */
export const HKIDCARDOCR_DOCUMENTED_CODES = [
  'FailedOperation.DownLoadError',
  'FailedOperation.ImageDecodeFailed',
  'FailedOperation.ImageNoSpecifiedCard',
  'FailedOperation.NoHKIDCard',
  'FailedOperation.OcrFailed',
  'FailedOperation.UnKnowError',
  'FailedOperation.UnOpenError',
  'FailedOperation.WarningServiceFailed',
  'InvalidParameterValue.InvalidParameterValueLimit',
  'LimitExceeded.TooLargeFileError',
  'ResourceUnavailable.InArrears',
  'ResourcesSoldOut.ChargeStatusException',
] as const
