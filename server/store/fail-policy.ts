// What happens when the shared store (Redis) is down: budgets fail closed — a call that cannot be counted
// is refused, since an uncounted call could be a billed one — while rates fall back to this instance's own
// memory, so each instance still holds its limits (N instances allow up to N× the rate) and the service
// stays up for everything budgets do not guard. The relay fails closed like budgets. One log line per
// outage (down or stalled) and one on recovery, which is watched for (a probe a second) even with no traffic.
import { MemoryStore } from './memory-store.ts'
import {
  StoreUnavailableError,
  type RateDecision,
  type SharedStore,
  type StoreHealth,
} from './shared-store.ts'

export type StoreEvent = 'store-unavailable' | 'store-recovered'

/** While the store is down, how often it is probed so that its recovery is noticed (and logged) by itself. */
const RECOVERY_PROBE_MS = 1000

export class FailPolicyStore implements SharedStore {
  readonly #inner: SharedStore
  readonly #localRates: MemoryStore
  readonly #onEvent: (event: StoreEvent) => void
  #down = false
  #recoveryProbe: ReturnType<typeof setInterval> | null = null
  #probing: Promise<StoreHealth> | null = null

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

  /** The store answering now, or not: one probe at a time however many ask; the last outcome without one. */
  health(): Promise<StoreHealth> {
    const inner = this.#inner
    if (!inner.probe) return Promise.resolve(this.#down ? 'degraded' : 'ok')
    this.#probing ??= this.#watch(inner.probe())
      .then(
        (): StoreHealth => 'ok',
        (): StoreHealth => 'degraded',
      )
      .finally(() => (this.#probing = null))
    return this.#probing
  }

  async close(): Promise<void> {
    this.#stopRecoveryProbe()
    await Promise.all([this.#inner.close(), this.#localRates.close()])
  }

  async #watch<T>(operation: Promise<T>): Promise<T> {
    try {
      const result = await operation
      if (this.#down) {
        this.#down = false
        this.#stopRecoveryProbe()
        this.#onEvent('store-recovered')
      }
      return result
    } catch (error) {
      if (error instanceof StoreUnavailableError && !this.#down) {
        this.#down = true
        this.#onEvent('store-unavailable')
        this.#startRecoveryProbe()
      }
      throw error
    }
  }

  #startRecoveryProbe(): void {
    if (!this.#inner.probe || this.#recoveryProbe) return
    this.#recoveryProbe = setInterval(() => void this.health(), RECOVERY_PROBE_MS)
    // Not on edge runtimes (no unref there); on Node a probe must not keep the process alive.
    ;(this.#recoveryProbe as { unref?: () => void }).unref?.()
  }

  #stopRecoveryProbe(): void {
    if (this.#recoveryProbe) clearInterval(this.#recoveryProbe)
    this.#recoveryProbe = null
  }
}
