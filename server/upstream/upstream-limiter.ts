// Keeps calls to the upstream at or under its rate (Tencent: about 5/s for the whole account): a sliding
// one-second window of call starts kept in the shared store — so with Redis it holds across every instance —
// and a bounded FIFO queue per instance, so a short burst waits its turn instead of failing.
import { MemoryStore } from '../store/memory-store.ts'
import type { SharedStore } from '../store/shared-store.ts'

export type LimiterAdmission = 'go' | 'queue-full'

interface Waiter {
  resolve: (admission: LimiterAdmission) => void
  reject: (reason: unknown) => void
  signal: AbortSignal | undefined
  onAbort: () => void
}

/** The store key of the account-wide window: one per upstream account, whatever the instance. */
export const UPSTREAM_RATE_KEY = 'upstream'

export class UpstreamLimiter {
  readonly #ratePerSecond: number
  readonly #maxQueue: number
  readonly #store: SharedStore
  #waiters: Waiter[] = []
  #pumping = false
  readonly #now: () => number
  /** The clock's time before which the window is known to be full. */
  #fullUntil = 0

  /** `now`: the store's clock, so a test that owns it slides the window without waiting. */
  constructor(
    ratePerSecond: number,
    maxQueue: number,
    store: SharedStore = new MemoryStore(),
    now: () => number = Date.now,
  ) {
    this.#ratePerSecond = ratePerSecond
    this.#maxQueue = maxQueue
    this.#store = store
    this.#now = now
  }

  /** Resolves 'go' when a call may start now, 'queue-full' at once when the burst is too long to queue. */
  async acquire(signal?: AbortSignal): Promise<LimiterAdmission> {
    if (signal?.aborted) throw signal.reason
    if (this.#waiters.length === 0 && this.#now() >= this.#fullUntil && (await this.#tryStart())) return 'go'
    if (signal?.aborted) throw signal.reason
    if (this.#waiters.length >= this.#maxQueue) return 'queue-full'
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        resolve,
        reject,
        signal,
        onAbort: () => {
          this.#waiters = this.#waiters.filter((other) => other !== waiter)
          reject(signal?.reason)
        },
      }
      signal?.addEventListener('abort', waiter.onAbort, { once: true })
      this.#waiters.push(waiter)
      void this.#pump()
    })
  }

  get queued(): number {
    return this.#waiters.length
  }

  async #tryStart(): Promise<boolean> {
    const decision = await this.#store.hitRate(UPSTREAM_RATE_KEY, this.#ratePerSecond, 1000)
    if (!decision.ok) this.#fullUntil = this.#now() + decision.retryAfterMs
    return decision.ok
  }

  /** Admits the queue's head whenever the window has room, one store call per try. */
  async #pump(): Promise<void> {
    if (this.#pumping) return
    this.#pumping = true
    try {
      while (this.#waiters.length > 0) {
        const wait = this.#fullUntil - this.#now()
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait + 1))
        let started: boolean
        try {
          started = await this.#tryStart()
        } catch (error) {
          // The store failed outright (not just "down", which falls back): fail the head, keep the rest.
          this.#waiters.shift()?.reject(error)
          continue
        }
        // The head may have left while the store answered: the slot it got goes to the next in line.
        const head = started ? this.#waiters.shift() : undefined
        if (head) {
          head.signal?.removeEventListener('abort', head.onAbort)
          head.resolve('go')
        }
      }
    } finally {
      this.#pumping = false
    }
  }
}
