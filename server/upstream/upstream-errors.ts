// How an upstream (Tencent) error code becomes our stable code (its HTTP status is the one table's,
// src/hkid/api-errors.ts): the upstream table of docs/errors.md. Codes: HKIDCardOCR's own list, the OCR
// product's error codes (tencentcloud-sdk ocr/v20181119 errors) and Tencent Cloud's common error codes,
// grouped by what the user can do about them.
import type { ApiErrorCode } from '#src/hkid/api-errors.ts'

const GROUPS: Array<[ApiErrorCode, readonly string[]]> = [
  // Retake: not a card, or not one card in full view.
  [
    'NOT_HKID',
    [
      'FailedOperation.NoHKIDCard',
      'FailedOperation.ImageNoSpecifiedCard',
      'FailedOperation.ImageNoIdCard',
      'FailedOperation.ImageNoText',
      'FailedOperation.IdCardTooSmall',
      'FailedOperation.MultiCardError',
    ],
  ],
  // Retake: the picture itself could not be decoded, or was empty.
  [
    'IMAGE_UNREADABLE',
    [
      'FailedOperation.ImageDecodeFailed',
      'InvalidParameter.EngineImageDecodeFailed',
      'FailedOperation.EmptyImageError',
      'FailedOperation.UnKnowFileTypeError',
    ],
  ],
  ['IMAGE_BLURRY', ['FailedOperation.ImageBlur']],
  // Retake smaller (or choose a smaller file).
  [
    'IMAGE_TOO_LARGE',
    [
      'LimitExceeded.TooLargeFileError',
      'InvalidParameterValue.InvalidParameterValueLimit',
      'FailedOperation.ImageSizeTooLarge',
      'InvalidParameterValue.InvalidFileContentSize',
      'RequestSizeLimitExceeded',
    ],
  ],
  // Try again with the same photo: the recognizer failed this time.
  [
    'RECOGNITION_FAILED',
    [
      'FailedOperation.OcrFailed',
      'FailedOperation.UnKnowError',
      'FailedOperation.WarningServiceFailed',
      'FailedOperation.EngineRecognizeTimeout',
      'FailedOperation.DetectFailed',
      'FailedOperation.LLMServiceFailed',
      'FailedOperation.ResponseParseFailed',
      'InternalError',
      'ServiceUnavailable',
    ],
  ],
  // Nothing the user can do: the account or the configuration needs the operator.
  [
    'SERVICE_UNAVAILABLE',
    [
      'FailedOperation.UnOpenError',
      'FailedOperation.ArrearsError',
      'FailedOperation.CountLimitError',
      'ResourceUnavailable.InArrears',
      'ResourceUnavailable.ResourcePackageRunOut',
      'ActionOffline',
      'InvalidAction',
      'NoSuchProduct',
      'NoSuchVersion',
      'UnsupportedRegion',
      'IpInBlacklist',
      'IpNotInWhitelist',
    ],
  ],
]

const EXACT = new Map(GROUPS.flatMap(([mapped, codes]) => codes.map((code) => [code, mapped] as const)))

const PREFIXES: Array<[string, ApiErrorCode]> = [
  ['RequestLimitExceeded', 'BUSY'],
  ['AuthFailure', 'SERVICE_UNAVAILABLE'],
  ['UnauthorizedOperation', 'SERVICE_UNAVAILABLE'],
  ['ResourcesSoldOut', 'SERVICE_UNAVAILABLE'],
  ['InternalError', 'RECOGNITION_FAILED'],
]

/** Anything the table does not name is an upstream fault the user can only retry. */
const FALLBACK: ApiErrorCode = 'UPSTREAM_ERROR'

export function mapUpstreamError(upstreamCode: string): ApiErrorCode {
  const exact = EXACT.get(upstreamCode)
  if (exact) return exact
  const prefixed = PREFIXES.find(
    ([prefix]) => upstreamCode === prefix || upstreamCode.startsWith(`${prefix}.`),
  )
  return prefixed ? prefixed[1] : FALLBACK
}

export function isRetryableUpstreamError(upstreamCode: string): boolean {
  return upstreamCode === 'RequestLimitExceeded' || upstreamCode.startsWith('RequestLimitExceeded.')
}
