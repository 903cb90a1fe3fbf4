// The one error compression throws, with a reason the caller can act on (the UI offers a retake for all).

export type CompressFailure = 'unreadable' | 'too-large' | 'failed'

const MESSAGES: Record<CompressFailure, string> = {
  unreadable: 'The image could not be decoded: the file is damaged or not an image.',
  'too-large': 'The image is too large to process on this device.',
  failed: 'The image could not be compressed.',
}

export class CompressError extends Error {
  readonly reason: CompressFailure

  constructor(reason: CompressFailure, message: string = MESSAGES[reason]) {
    super(message)
    this.name = 'CompressError'
    this.reason = reason
  }
}

/** Any failure as a CompressError; decoder errors (DOMException EncodingError/InvalidStateError) mean unreadable. */
export function toCompressError(error: unknown): CompressError {
  if (error instanceof CompressError) return error
  const name = error instanceof Error || error instanceof DOMException ? error.name : ''
  if (name === 'EncodingError' || name === 'InvalidStateError') return new CompressError('unreadable')
  if (name === 'RangeError' || name === 'QuotaExceededError') return new CompressError('too-large')
  return new CompressError('failed')
}
