// Error bodies for the browser: a stable code and a plain message we wrote, never upstream text.
import type { ApiError, ApiErrorCode } from '#src/hkid/recognize-contract.ts'

const MESSAGES: Record<ApiErrorCode, string> = {
  NOT_HKID: 'No Hong Kong identity card was found in the image.',
  IMAGE_UNREADABLE: 'The image could not be read.',
  IMAGE_BLURRY: 'The image is too blurry to read.',
  IMAGE_TOO_LARGE: 'The image is too large.',
  RECOGNITION_FAILED: 'The card could not be recognised this time.',
  BUSY: 'The recognition service is busy.',
  SERVICE_UNAVAILABLE: 'The recognition service is not available. Please contact the operator.',
  UPSTREAM_TIMEOUT: 'The recognition service took too long to answer.',
  UPSTREAM_ERROR: 'The recognition service could not be reached.',
  UNSUPPORTED_TYPE: 'Only JPEG and PNG images are accepted.',
  EMPTY_BODY: 'No image was received.',
  UNAUTHORIZED: 'This capture link is missing, invalid or expired.',
  RATE_LIMITED: 'Too many attempts. Please wait a moment.',
  REQUEST_TIMEOUT: 'The image took too long to arrive.',
  TEMPORARILY_UNAVAILABLE: 'The service is briefly unavailable. Please try again shortly.',
  NOT_FOUND: 'Not found.',
  METHOD_NOT_ALLOWED: 'Method not allowed.',
  INTERNAL_ERROR: 'Something went wrong on our side.',
}

export function apiErrorBody(code: ApiErrorCode, requestId?: string): ApiError {
  return { error: { code, message: MESSAGES[code], ...(requestId ? { requestId } : {}) } }
}
