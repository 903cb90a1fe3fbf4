// The local reader as a Recognizer: the image read in this process's reader workers (reader/local-reader.ts),
// called directly — no HTTP, no signature. Its own outcomes in our words: a full queue is our BUSY, an image
// with no card NOT_HKID, one that cannot be decoded IMAGE_UNREADABLE (docs/errors.md).
import { PoolBusyError, TaskTimeoutError } from '#server/image/worker-pool.ts'
import type { LocalReader } from '#server/reader/local-reader.ts'
import type { LocalReaderAnswer } from '#server/reader/local-reader-answer.ts'
import { normalizeHkidOcr } from '#server/upstream/normalize-card.ts'
import type { RecognizeOutcome, RecognizerChoice } from './recognizer.ts'

export interface LocalRecognizerOptions {
  /** The whole reading, a wait for a worker included, within this long (UPSTREAM_TIMEOUT_MS) */
  timeoutMs: number
}

type ReaderErrorCode = NonNullable<LocalReaderAnswer['Error']>['Code']

const NO_READING: Record<ReaderErrorCode, Extract<RecognizeOutcome, { kind: 'error' }>['code']> = {
  'FailedOperation.NoHKIDCard': 'NOT_HKID',
  'FailedOperation.ImageDecodeFailed': 'IMAGE_UNREADABLE',
}

/** Seconds a client waits before sending again when every reader is busy: about one reading. */
const BUSY_RETRY_AFTER_SECONDS = 2

export function localRecognizer(
  reader: LocalReader,
  { timeoutMs }: LocalRecognizerOptions,
): RecognizerChoice {
  return () => ({
    kind: 'local-reader',
    crossCheck: false,
    async recognize(image, { portraits, signal, requestId }): Promise<RecognizeOutcome> {
      const deadline = AbortSignal.timeout(timeoutMs)
      let answer: LocalReaderAnswer
      try {
        // The pool copies the bytes for its worker: the caller may reuse the image's memory at once.
        answer = await reader.read(image, { portraits, signal: AbortSignal.any([signal, deadline]) })
      } catch (error) {
        if (error instanceof PoolBusyError) {
          // Refused before any reading started: the call is not spent.
          return {
            kind: 'error',
            code: 'BUSY',

            retryAfterSeconds: BUSY_RETRY_AFTER_SECONDS,
            spent: false,
            log: { upstreamCode: 'reader-queue-full' },
          }
        }
        // Admitted to the reader (reading, or next in its queue): spent, as an image that left for Tencent is.
        if (signal.aborted) return { kind: 'client-closed', spent: true, log: {} }
        if (deadline.aborted || error instanceof TaskTimeoutError) {
          return { kind: 'error', code: 'UPSTREAM_TIMEOUT', spent: true, log: {} }
        }
        return {
          kind: 'error',
          code: 'RECOGNITION_FAILED',

          spent: true,
          log: { upstreamCode: 'reader-failed' },
        }
      }
      if (answer.Error) {
        return {
          kind: 'error',
          code: NO_READING[answer.Error.Code],

          spent: true,
          log: { upstreamCode: answer.Error.Code },
        }
      }
      return { kind: 'card', result: normalizeHkidOcr(answer, requestId), spent: true, log: {} }
    },
  })
}
