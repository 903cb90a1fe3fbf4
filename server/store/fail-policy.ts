// What happens when the shared store (Redis) is down: budgets fail closed — a call that cannot be counted
// is refused, since an uncounted call could be a billed one — while rates fall back to this instance's own
// memory, so each instance still holds its limits (N instances allow up to N× the rate) and the service
// stays up for everything budgets do not guard. The relay fails closed like budgets. One log line per
// outage and one on recovery.
import { MemoryStore } from './memory-store.ts'
import { StoreUnavailableError, type RateDecision, type SharedStore } from './shared-store.ts'

export type StoreEvent = 'store-unavailable' | 'store-recovered'

export class FailPolicyStore implements SharedStore {
  readonly #inner: SharedStore
  readonly #localRates: MemoryStore
  readonly #onEvent: (event: StoreEvent) => void
  #down = false

  constructor(inner: SharedStore, onEvent: (event: StoreEvent) => void, now?: () => number) {
    this.#inner = inner
    this.#onEvent = onEvent
    this.#localRates = new MemoryStore(now ? { now } : {})
  }

  get kind() {
    return this.#inner.kind
  }

  get relay() {
    return this.#inner.relay
  }

  spendCall(key: string, limit: number, expiresAtMs: number): Promise<boolean> {
    return this.#watch(this.#inner.spendCall(key, limit, expiresAtMs))
  }

  refundCall(key: string): Promise<void> {
    return this.#watch(this.#inner.refundCall(key))
  }

  async hitRate(key: string, limit: number, windowMs: number): Promise<RateDecision> {
    try {
      return await this.#watch(this.#inner.hitRate(key, limit, windowMs))
    } catch (error) {
      if (!(error instanceof StoreUnavailableError)) throw error
      return this.#localRates.hitRate(key, limit, windowMs)
    }
  }

  async close(): Promise<void> {
    await Promise.all([this.#inner.close(), this.#localRates.close()])
  }

  async #watch<T>(operation: Promise<T>): Promise<T> {
    try {
      const result = await operation
      if (this.#down) {
        this.#down = false
        this.#onEvent('store-recovered')
      }
      return result
    } catch (error) {
      if (error instanceof StoreUnavailableError && !this.#down) {
        this.#down = true
        this.#onEvent('store-unavailable')
      }
      throw error
    }
  }
}
