// Scripted outcomes for end-to-end tests: a FIFO queue the control route fills, consumed one per API call,
// so a test can make the "upstream" fail, stall or misbehave on exactly the calls it chooses.
import { z } from 'zod'

export const scriptedOutcomeSchema = z.strictObject({
  /** Answer with this Tencent error instead of recognizing. */
  error: z
    .strictObject({ code: z.string().min(1).max(200), message: z.string().max(2000).optional() })
    .optional(),
  /** Wait this long before answering (still answers normally or with the error afterwards). */
  delayMs: z.number().int().min(0).max(120_000).optional(),
  /** Answer with something that is not a valid Tencent response. */
  malformed: z.enum(['not-json', 'bad-shape', 'http-500']).optional(),
  /** Fields overriding SPECIMEN_CARD, Tencent spelling, e.g. { IdNum: 'A123456(4)' }. */
  card: z.record(z.string(), z.unknown()).optional(),
  /** WarnCardInfos codes to add to the ones the image analysis finds. */
  warnings: z.array(z.number().int()).max(50).optional(),
  /** How many following API calls get this outcome. */
  times: z.number().int().min(1).max(10_000).optional(),
})

export type ScriptedOutcomeInput = z.infer<typeof scriptedOutcomeSchema>
export type ScriptedOutcome = Omit<ScriptedOutcomeInput, 'times'>

interface QueueEntry {
  outcome: ScriptedOutcome
  remaining: number
}

export class OutcomeQueue {
  #entries: QueueEntry[] = []

  /** Appends an outcome for the next `times` calls (default 1), after those already queued. */
  push(input: ScriptedOutcomeInput): void {
    const { times = 1, ...outcome } = input
    this.#entries.push({ outcome, remaining: times })
  }

  /** The outcome for this call, or null when nothing is scripted; consumes one use of it. */
  take(): ScriptedOutcome | null {
    const head = this.#entries[0]
    if (!head) return null
    head.remaining--
    if (head.remaining <= 0) this.#entries.shift()
    return head.outcome
  }

  /** Calls still scripted, counting every remaining use. */
  get pending(): number {
    return this.#entries.reduce((sum, entry) => sum + entry.remaining, 0)
  }

  clear(): void {
    this.#entries = []
  }
}

/** One call as it arrived: when (epoch ms) and from which client port (shows connection reuse). */
export interface EmulatorArrival {
  atMs: number
  remotePort: number | null
}

/** Counters a test reads back through GET /__emulator/stats. */
export class EmulatorStats {
  calls = 0
  signatures: string[] = []
  arrivals: EmulatorArrival[] = []
  /** The RequestId of every answer, so a test can check it is the one passed on and logged. */
  requestIds: string[] = []

  record(signature: string | null, arrival?: EmulatorArrival, requestId?: string): void {
    this.calls++
    if (signature) this.signatures.push(signature)
    // Bounded so a long-running emulator (npm run emulator, benchmarks) does not grow without end.
    if (arrival && this.arrivals.length < 10_000) this.arrivals.push(arrival)
    if (requestId && this.requestIds.length < 10_000) this.requestIds.push(requestId)
  }

  reset(): void {
    this.calls = 0
    this.signatures = []
    this.arrivals = []
    this.requestIds = []
  }

  toJSON(): { calls: number; signatures: string[]; arrivals: EmulatorArrival[]; requestIds: string[] } {
    return {
      calls: this.calls,
      signatures: [...this.signatures],
      arrivals: [...this.arrivals],
      requestIds: [...this.requestIds],
    }
  }
}

/** Sliding one-second window: allows at most `limit` accepted calls in any 1000 ms. */
export class RateWindow {
  #stamps: number[] = []
  readonly #limit: number
  readonly #windowMs: number

  constructor(limit: number, windowMs = 1000) {
    this.#limit = limit
    this.#windowMs = windowMs
  }

  /** True (and counts the call) when it fits; false when the window is full. */
  tryAcquire(nowMs: number): boolean {
    this.#stamps = this.#stamps.filter((stamp) => nowMs - stamp < this.#windowMs)
    if (this.#stamps.length >= this.#limit) return false
    this.#stamps.push(nowMs)
    return true
  }

  reset(): void {
    this.#stamps = []
  }
}
