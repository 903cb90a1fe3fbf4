// The one seam between the recognize route and whatever reads the card: Tencent Cloud over signed HTTP, or the
// local reader in this process. Chosen once at start-up from the configuration (keys → tencent, none → local);
// the route calls `recognize` and never learns which one answered.
import type { ApiErrorCode } from '#src/hkid/api-errors.ts'
import type { Health, RecognizeResult } from '#src/hkid/recognize-contract.ts'
import type { RequestLogFields } from '#server/http/request-log.ts'
import type { UpstreamLimiter } from '#server/upstream/upstream-limiter.ts'

export interface RecognizeOptions {
  /** Cut the portraits too */
  portraits: boolean
  /** The client's connection: aborted when it leaves */
  signal: AbortSignal
  /** Our id for this request, the answer's RequestId when the recognizer has none of its own */
  requestId: string
  /** The client address's rate key: the local reader serves addresses in turn, each within its share */
  clientKey?: string
}

/** What the request log may keep about the call: codes, counts and ids, never card fields or bytes. */
export type RecognizerLog = Pick<
  RequestLogFields,
  'upstreamCode' | 'upstreamRequestId' | 'upstreamAttempts' | 'crossCheck'
>

export type RecognizeOutcome = {
  /** The image left for the upstream, or its reading started: the call is spent (access-control.ts). */
  spent: boolean
  log: RecognizerLog
} & (
  | { kind: 'card'; result: RecognizeResult }
  | {
      kind: 'error'
      code: ApiErrorCode
      /** Seconds the client should wait before sending the image again (BUSY) */
      retryAfterSeconds?: number
      /** The id the user is shown: the upstream's own when it gave one */
      requestId?: string
    }
  /** The client left before the answer: nobody is there to read one. */
  | { kind: 'client-closed' }
)

export interface Recognizer {
  /** What /api/health reports */
  readonly kind: Health['upstream']
  /** Every image is also read by the local reader and the two readings compared (LOCAL_CROSSCHECK) */
  readonly crossCheck: boolean
  recognize(image: Uint8Array, options: RecognizeOptions): Promise<RecognizeOutcome>
}

/** What the app shares with the recognizer it is given: the store-backed upstream rate limiter. */
export interface RecognizerContext {
  limiter: UpstreamLimiter
}

/** A recognizer as the configuration chose it, built once by the app with what the app owns. */
export type RecognizerChoice = (context: RecognizerContext) => Recognizer
