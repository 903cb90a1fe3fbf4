// LOCAL_CROSSCHECK: the same image read by the local reader while Tencent reads it, and the two readings
// compared field by field. Runtime-agnostic: the Node entry supplies the reading (worker threads); a local
// failure, or a reading slower than the call's deadline, only makes the cross-check "unavailable" — it never
// fails the request.
import { readingDifferences } from '#src/hkid/reading-compare.ts'
import type { CardFields, CrossCheck } from '#src/hkid/recognize-contract.ts'
import type { LocalReaderAnswer } from '#server/reader/local-reader-answer.ts'
import { normalizeHkidOcr } from '#src/hkid/normalize-card.ts'

export type LocalReadOutcome =
  { ok: true; answer: LocalReaderAnswer } | { ok: false; reason: 'busy' | 'failed' }

/** Reads the image locally; `signal` aborts when the answer is no longer wanted. */
/** `owner`: the client address's key, so its cross-checks share the reader's queue as its readings do */
export type CrossReader = (
  image: Uint8Array,
  signal: AbortSignal,
  owner?: string,
) => Promise<LocalReadOutcome>

export interface PendingCrossCheck {
  /** The local reading compared with the primary one, waiting for it at most `waitMs` more. */
  against(primary: CardFields, waitMs: number): Promise<CrossCheck>
  /** The primary call failed: the local reading is not wanted. */
  cancel(): void
}

const unavailable = (reason: Extract<CrossCheck, { status: 'unavailable' }>['reason']): CrossCheck => ({
  status: 'unavailable',
  reader: 'local',
  reason,
})

/** The local outcome as a cross-check of the primary card. */
export function crossCheckOf(outcome: LocalReadOutcome, primary: CardFields): CrossCheck {
  if (!outcome.ok) return unavailable(outcome.reason)
  const answer = outcome.answer
  if (answer.Error) {
    return unavailable(answer.Error.Code === 'FailedOperation.NoHKIDCard' ? 'no-card' : 'unreadable')
  }
  const local = normalizeHkidOcr(answer)
  return {
    status: 'read',
    reader: 'local',
    card: local.card,
    differences: readingDifferences(primary, local.card),
    reading: local.reading ?? { reader: 'local', uncertainFields: [] },
  }
}

/** Starts the local reading of `image` (a copy the reader may keep) now, alongside the primary call. */
export function startCrossCheck(
  read: CrossReader,
  image: Uint8Array,
  client: AbortSignal,
  owner?: string,
): PendingCrossCheck {
  const controller = new AbortController()
  const stop = () => controller.abort()
  client.addEventListener('abort', stop, { once: true })
  const reading = read(image, controller.signal, owner).catch((): LocalReadOutcome => ({
    ok: false,
    reason: 'failed',
  }))
  const done = () => client.removeEventListener('abort', stop)
  return {
    async against(primary, waitMs) {
      let timer: ReturnType<typeof setTimeout> | undefined
      const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), waitMs)))
      const outcome = await Promise.race([reading, late])
      clearTimeout(timer)
      done()
      if (outcome === 'late') {
        stop()
        return unavailable('timeout')
      }
      return crossCheckOf(outcome, primary)
    },
    cancel() {
      done()
      stop()
    },
  }
}
