// How an upstream (Tencent) error code becomes our HTTP status and stable code: the table of docs/errors.md.
// Codes: HKIDCardOCR's own list, the OCR product's error codes (tencentcloud-sdk ocr/v20181119 errors) and
// Tencent Cloud's common error codes, grouped by what the user can do about them.
import type { ApiErrorCode } from '#src/hkid/recognize-contract.ts'

export interface MappedError {
  status: 401 | 413 | 415 | 400 | 404 | 405 | 422 | 429 | 502 | 503 | 504
  code: ApiErrorCode
}

const GROUPS: Array<[MappedError, readonly string[]]> = [
  // Retake: not a card, or not one card in full view.
  [
    { status: 422, code: 'NOT_HKID' },
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
    { status: 422, code: 'IMAGE_UNREADABLE' },
    [
      'FailedOperation.ImageDecodeFailed',
      'InvalidParameter.EngineImageDecodeFailed',
      'FailedOperation.EmptyImageError',
      'FailedOperation.UnKnowFileTypeError',
    ],
  ],
  [{ status: 422, code: 'IMAGE_BLURRY' }, ['FailedOperation.ImageBlur']],
  // Retake smaller (or choose a smaller file).
  [
    { status: 413, code: 'IMAGE_TOO_LARGE' },
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
    { status: 502, code: 'RECOGNITION_FAILED' },
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
    { status: 503, code: 'SERVICE_UNAVAILABLE' },
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

const PREFIXES: Array<[string, MappedError]> = [
  ['RequestLimitExceeded', { status: 429, code: 'BUSY' }],
  ['AuthFailure', { status: 503, code: 'SERVICE_UNAVAILABLE' }],
  ['UnauthorizedOperation', { status: 503, code: 'SERVICE_UNAVAILABLE' }],
  ['ResourcesSoldOut', { status: 503, code: 'SERVICE_UNAVAILABLE' }],
  ['InternalError', { status: 502, code: 'RECOGNITION_FAILED' }],
]

/** Anything the table does not name is an upstream fault the user can only retry. */
const FALLBACK: MappedError = { status: 502, code: 'UPSTREAM_ERROR' }

export function mapUpstreamError(upstreamCode: string): MappedError {
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
