// The shared store on Cloudflare Workers: a Durable Object per key (one per capture token's budget, per
// rate key, per relay channel), so each is a single-threaded, strongly consistent owner of its state in
// durable storage — a spent link stays spent whichever isolate or location asks, and across deploys.
// Requests reach it by fetch with a small JSON protocol (durable-object-store.ts is the caller).
// Cloudflare's Rate Limiting binding was not used: it counts per location, approximately, over 10 or 60 s,
// which fits neither exact budgets nor the account-wide 1-second upstream window.
import { base64ToBytes, bytesToBase64 } from '../http/base64.ts'
import { emptyLog, slidingWindowHit, type SlidingLog } from './sliding-window.ts'
import { relayTtl } from './shared-store.ts'

interface Storage {
  get<T>(key: string): Promise<T | undefined>
  put(key: string, value: unknown): Promise<void>
  deleteAll(): Promise<void>
  setAlarm(scheduledTime: number): Promise<void>
}
interface State {
  storage: Storage
}

interface Relay {
  used: boolean
  data: Uint8Array | null
  claimant: string | null
  claimExpiresAtMs: number
  expiresAtMs: number
}

export type StateOperation =
  | { op: 'spend'; limit: number; expiresAtMs: number }
  | { op: 'refund' }
  | { op: 'hit'; limit: number; windowMs: number }
  | { op: 'put'; data: string; ttlMs: number }
  | { op: 'take' }
  | { op: 'give-back'; data: string; ttlMs: number }
  | { op: 'wait'; timeoutMs: number }
  | { op: 'claim'; claimant: string; ttlMs: number }

/** Budgets outlive their token a little, as in Redis: a clock ahead never resets one early. */
const BUDGET_GRACE_MS = 10 * 60_000

export class SharedStateObject {
  readonly #storage: Storage
  /** Readers of this relay channel waiting for its put (in memory: a waiting request keeps us alive). */
  readonly #waiting = new Set<(ready: boolean) => void>()

  constructor(state: State) {
    this.#storage = state.storage
  }

  async fetch(request: Request): Promise<Response> {
    const operation = (await request.json()) as StateOperation
    return Response.json(await this.#run(operation))
  }

  async #run(operation: StateOperation): Promise<unknown> {
    const now = Date.now()
    switch (operation.op) {
      case 'spend': {
        const budget = (await this.#storage.get<{ used: number }>('budget')) ?? { used: 0 }
        if (budget.used >= operation.limit) return false
        await this.#storage.put('budget', { used: budget.used + 1 })
        await this.#expireAt(operation.expiresAtMs + BUDGET_GRACE_MS)
        return true
      }
      case 'refund': {
        const budget = await this.#storage.get<{ used: number }>('budget')
        if (budget && budget.used > 0) await this.#storage.put('budget', { used: budget.used - 1 })
        return true
      }
      case 'hit': {
        const log = (await this.#storage.get<SlidingLog>('rate')) ?? emptyLog()
        const decision = slidingWindowHit(log, now, operation.limit, operation.windowMs)
        if (decision.ok) {
          await this.#storage.put('rate', { times: log.times.slice(log.head), head: 0 })
          await this.#expireAt(now + operation.windowMs)
        }
        return decision
      }
      case 'put': {
        const relay = await this.#relay(now)
        if (relay.used) return 'already-used'
        const expiresAtMs = Math.max(relay.expiresAtMs, now + relayTtl(operation.ttlMs))
        await this.#storage.put('relay', {
          ...relay,
          used: true,
          data: base64ToBytes(operation.data),
          expiresAtMs,
        })
        await this.#expireAt(expiresAtMs)
        for (const wake of this.#waiting) wake(true)
        return 'stored'
      }
      case 'take': {
        const relay = await this.#relay(now)
        if (!relay.data) return null
        await this.#storage.put('relay', { ...relay, data: null })
        return bytesToBase64(relay.data)
      }
      case 'give-back': {
        // A taken message its reader could not deliver: held again, the channel still used.
        const relay = await this.#relay(now)
        if (relay.data) return true
        const expiresAtMs = Math.max(relay.expiresAtMs, now + relayTtl(operation.ttlMs))
        await this.#storage.put('relay', {
          ...relay,
          used: true,
          data: base64ToBytes(operation.data),
          expiresAtMs,
        })
        await this.#expireAt(expiresAtMs)
        for (const wake of this.#waiting) wake(true)
        return true
      }
      case 'wait': {
        if ((await this.#relay(now)).data) return true
        return new Promise<boolean>((resolve) => {
          const wake = (ready: boolean) => {
            clearTimeout(timer)
            this.#waiting.delete(wake)
            resolve(ready)
          }
          const timer = setTimeout(() => wake(false), operation.timeoutMs)
          this.#waiting.add(wake)
        })
      }
      case 'claim': {
        const relay = await this.#relay(now)
        if (relay.claimant && relay.claimant !== operation.claimant && relay.claimExpiresAtMs > now) {
          return 'refused'
        }
        const claimExpiresAtMs = now + relayTtl(operation.ttlMs)
        const expiresAtMs = Math.max(relay.expiresAtMs, claimExpiresAtMs)
        await this.#storage.put('relay', {
          ...relay,
          claimant: operation.claimant,
          claimExpiresAtMs,
          expiresAtMs,
        })
        await this.#expireAt(expiresAtMs)
        return 'claimed'
      }
    }
  }

  /** The channel's state; an expired one reads as new (its alarm deletes it). */
  async #relay(now: number): Promise<Relay> {
    const relay = await this.#storage.get<Relay>('relay')
    if (relay && relay.expiresAtMs > now) return relay
    return { used: false, data: null, claimant: null, claimExpiresAtMs: 0, expiresAtMs: 0 }
  }

  async #expireAt(atMs: number): Promise<void> {
    const latest = (await this.#storage.get<number>('expiresAtMs')) ?? 0
    if (atMs <= latest) return
    await this.#storage.put('expiresAtMs', atMs)
    await this.#storage.setAlarm(atMs)
  }

  /** Everything this object held has expired: nothing personal or countable stays behind. */
  async alarm(): Promise<void> {
    const latest = (await this.#storage.get<number>('expiresAtMs')) ?? 0
    if (latest <= Date.now()) await this.#storage.deleteAll()
    else await this.#storage.setAlarm(latest)
  }
}
