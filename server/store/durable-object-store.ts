// SharedStore over the SharedStateObject Durable Object (Workers): each budget, rate key and relay channel is
// its own object, addressed by name. A failed call to an object is StoreUnavailableError, so budgets fail
// closed there as they do with Redis.
import { base64ToBytes, bytesToBase64 } from '../http/base64.ts'
import type { StateOperation } from './shared-state-object.ts'
import {
  assertRelayIds,
  RELAY_MAX_BYTES,
  relayTtl,
  StoreUnavailableError,
  type HandoffRelay,
  type RateDecision,
  type RelayPutResult,
  type RelayWaitOptions,
  type SharedStore,
} from './shared-store.ts'

/** The part of a DurableObjectNamespace binding used here (the same from a Worker and from Miniflare). */
export interface StateNamespace {
  idFromName(name: string): unknown
  get(id: never): { fetch(url: string, init: RequestInit): Promise<Response> }
}

export class DurableObjectStore implements SharedStore {
  readonly kind = 'durable-object' as const
  readonly relay: HandoffRelay
  readonly #namespace: StateNamespace

  constructor(namespace: StateNamespace) {
    this.#namespace = namespace
    this.relay = new DurableObjectRelay(this.#call.bind(this))
  }

  async #call<T>(name: string, operation: StateOperation): Promise<T> {
    let response: Response
    try {
      const stub = this.#namespace.get(this.#namespace.idFromName(name) as never)
      response = await stub.fetch('https://shared-state/', {
        method: 'POST',
        body: JSON.stringify(operation),
      })
    } catch (error) {
      throw new StoreUnavailableError('shared store unavailable: durable object', { cause: error })
    }
    if (!response.ok)
      throw new StoreUnavailableError(`shared store unavailable: durable object ${response.status}`)
    return (await response.json()) as T
  }

  spendCall(key: string, limit: number, expiresAtMs: number): Promise<boolean> {
    return this.#call(`budget:${key}`, { op: 'spend', limit, expiresAtMs })
  }

  async refundCall(key: string): Promise<void> {
    await this.#call(`budget:${key}`, { op: 'refund' })
  }

  hitRate(key: string, limit: number, windowMs: number): Promise<RateDecision> {
    return this.#call(`rate:${key}`, { op: 'hit', limit, windowMs })
  }

  async close(): Promise<void> {}
}

type Call = <T>(name: string, operation: StateOperation) => Promise<T>

class DurableObjectRelay implements HandoffRelay {
  readonly #call: Call
  constructor(call: Call) {
    this.#call = call
  }

  async put(channel: string, ciphertext: Uint8Array, ttlMs?: number): Promise<RelayPutResult> {
    assertRelayIds(channel)
    if (ciphertext.byteLength > RELAY_MAX_BYTES) return 'too-large'
    return this.#call(`relay:${channel}`, {
      op: 'put',
      data: bytesToBase64(ciphertext),
      ttlMs: relayTtl(ttlMs),
    })
  }

  async take(channel: string): Promise<Uint8Array | null> {
    assertRelayIds(channel)
    const data = await this.#call<string | null>(`relay:${channel}`, { op: 'take' })
    return data === null ? null : base64ToBytes(data)
  }

  /** The object wakes us when the put lands; we take it ourselves, so a reader that left takes nothing. */
  async waitAndTake(channel: string, { timeoutMs, signal }: RelayWaitOptions): Promise<Uint8Array | null> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const taken = await this.take(channel)
      if (taken || signal?.aborted) return taken
      const left = deadline - Date.now()
      if (left <= 0) return null
      const aborted = new Promise<false>((resolve) => signal?.addEventListener('abort', () => resolve(false)))
      const ready = await Promise.race([
        this.#call<boolean>(`relay:${channel}`, { op: 'wait', timeoutMs: left }),
        aborted,
      ])
      if (!ready && (signal?.aborted || Date.now() >= deadline)) return null
    }
  }

  async giveBack(channel: string, ciphertext: Uint8Array, ttlMs?: number): Promise<void> {
    assertRelayIds(channel)
    await this.#call(`relay:${channel}`, {
      op: 'give-back',
      data: bytesToBase64(ciphertext),
      ttlMs: relayTtl(ttlMs),
    })
  }

  async claim(channel: string, claimant: string, ttlMs?: number): Promise<'claimed' | 'refused'> {
    assertRelayIds(channel, claimant)
    return this.#call(`relay:${channel}`, { op: 'claim', claimant, ttlMs: relayTtl(ttlMs) })
  }
}
