// The default store: everything in this process's memory. Exact and fast, but per process: a restart
// forgets spent budgets and two instances count twice — set REDIS_URL for those (docs/shared-state.md).
import { MemoryRelay, type MemoryRelayOptions } from './memory-relay.ts'
import type { RateDecision, SharedStore } from './shared-store.ts'
import { emptyLog, slidingWindowHit, slidingWindowIdle, type SlidingLog } from './sliding-window.ts'

export interface MemoryStoreOptions extends MemoryRelayOptions {
  now?: () => number
  /** Rate keys kept at most; idle ones go first (default 50,000). */
  maxRateKeys?: number
}

interface Budget {
  used: number
  expiresAtMs: number
}

export class MemoryStore implements SharedStore {
  readonly kind = 'memory' as const
  readonly relay: MemoryRelay
  readonly #now: () => number
  readonly #budgets = new Map<string, Budget>()
  readonly #rates = new Map<string, { log: SlidingLog; windowMs: number }>()
  readonly #maxRateKeys: number

  constructor(options: MemoryStoreOptions = {}) {
    this.#now = options.now ?? Date.now
    this.#maxRateKeys = options.maxRateKeys ?? 50_000
    this.relay = new MemoryRelay({ ...options, now: this.#now })
  }

  async spendCall(key: string, limit: number, expiresAtMs: number): Promise<boolean> {
    const now = this.#now()
    if (this.#budgets.size > 10_000) {
      for (const [id, budget] of this.#budgets) if (budget.expiresAtMs <= now) this.#budgets.delete(id)
    }
    let budget = this.#budgets.get(key)
    if (!budget || budget.expiresAtMs <= now) {
      budget = { used: 0, expiresAtMs }
      this.#budgets.set(key, budget)
    }
    if (budget.used >= limit) return false
    budget.used++
    return true
  }

  async refundCall(key: string): Promise<void> {
    const budget = this.#budgets.get(key)
    if (budget && budget.used > 0) budget.used--
  }

  async hitRate(key: string, limit: number, windowMs: number): Promise<RateDecision> {
    const now = this.#now()
    let entry = this.#rates.get(key)
    if (!entry) {
      if (this.#rates.size >= this.#maxRateKeys) this.#forgetIdle(now)
      entry = { log: emptyLog(), windowMs }
      this.#rates.set(key, entry)
    }
    entry.windowMs = windowMs
    return slidingWindowHit(entry.log, now, limit, windowMs)
  }

  /** An idle key is the same as no key: dropping those bounds memory under many distinct keys. */
  #forgetIdle(now: number): void {
    for (const [key, entry] of this.#rates) {
      if (slidingWindowIdle(entry.log, now, entry.windowMs)) this.#rates.delete(key)
    }
    // Still full of active keys: drop the oldest rather than grow without bound.
    for (const key of this.#rates.keys()) {
      if (this.#rates.size < this.#maxRateKeys) break
      this.#rates.delete(key)
    }
  }

  async close(): Promise<void> {
    this.relay.close()
  }
}
