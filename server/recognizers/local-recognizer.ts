// The local reader as a Recognizer: the image read in this process's reader workers (reader/local-reader.ts),
// called directly — no HTTP, no signature. Its own outcomes in our words: a full queue (or this address's share of
// it) is our BUSY, an image with no card NOT_HKID, one that cannot be decoded, is over the limits its headers
// declare or runs past its time budget IMAGE_UNREADABLE (docs/errors.md). A call is spent once its reading started.
import { ImageLimitError } from '#server/image/image-header.ts'
import {
  OwnerBusyError,
  PoolBusyError,
  TaskAbortedError,
  TaskTimeoutError,
} from '#server/image/worker-pool.ts'
import type { LocalReader } from '#server/reader/local-reader.ts'
import type { LocalReaderAnswer } from '#server/reader/local-reader-answer.ts'
import { normalizeHkidOcr } from '#src/hkid/normalize-card.ts'
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

type Failure = Extract<RecognizeOutcome, { kind: 'error' | 'client-closed' }>

/** A reading that did not answer, in our words; spent only if the reading had started on a worker. */
function outcomeOfFailure(error: unknown, clientLeft: boolean, deadlinePassed: boolean): Failure {
  const busy = (upstreamCode: string): Failure => ({
    kind: 'error',
    code: 'BUSY',
    retryAfterSeconds: BUSY_RETRY_AFTER_SECONDS,
    spent: false,
    log: { upstreamCode },
  })
  // Refused before any reading started: the call is not spent.
  if (error instanceof OwnerBusyError) return busy('reader-share-full')
  if (error instanceof PoolBusyError) return busy('reader-queue-full')
  if (error instanceof ImageLimitError) {
    return {
      kind: 'error',
      code: 'IMAGE_UNREADABLE',
      spent: false,
      log: { upstreamCode: 'image-over-limits' },
    }
  }
  // The client left or the deadline passed: a waiting reading was dropped (unspent), a running one stopped.
  if (error instanceof TaskAbortedError) {
    if (clientLeft) return { kind: 'client-closed', spent: error.started, log: {} }
    return { kind: 'error', code: 'UPSTREAM_TIMEOUT', spent: error.started, log: {} }
  }
  // The reading ran past its image's budget and its worker was stopped. A file the header limits let through
  // cannot be told from an honest card on a busy server, so the person hears "too slow, try again", not
  // "your photo is unreadable".
  if (error instanceof TaskTimeoutError) {
    return {
      kind: 'error',
      code: 'UPSTREAM_TIMEOUT',
      spent: true,
      log: { upstreamCode: 'reading-over-budget' },
    }
  }
  if (clientLeft) return { kind: 'client-closed', spent: true, log: {} }
  if (deadlinePassed) return { kind: 'error', code: 'UPSTREAM_TIMEOUT', spent: true, log: {} }
  return { kind: 'error', code: 'RECOGNITION_FAILED', spent: true, log: { upstreamCode: 'reader-failed' } }
}

export function localRecognizer(
  reader: LocalReader,
  { timeoutMs }: LocalRecognizerOptions,
): RecognizerChoice {
  return () => ({
    kind: 'local-reader',
    crossCheck: false,
    async recognize(image, { portraits, signal, requestId, clientKey }): Promise<RecognizeOutcome> {
      const deadline = AbortSignal.timeout(timeoutMs)
      let answer: LocalReaderAnswer
      try {
        // The pool copies the bytes for its worker: the caller may reuse the image's memory at once.
        answer = await reader.read(image, {
          portraits,
          signal: AbortSignal.any([signal, deadline]),
          ...(clientKey !== undefined ? { owner: clientKey } : {}),
        })
      } catch (error) {
        return outcomeOfFailure(error, signal.aborted, deadline.aborted)
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
