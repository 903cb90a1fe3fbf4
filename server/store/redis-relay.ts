// The hand-off relay in Redis. The ciphertext sits under an ordinary key with its TTL, set once (a used-marker
// with SET NX refuses a second put) and taken with GETDEL, so exactly one reader gets it whichever instance
// it is on. A waiting reader is woken by pub/sub: the put publishes on the channel's wake-up topic and each
// instance holds ONE subscriber connection for all its waiting readers. (BLPOP on a per-channel list would
// need a connection per waiting reader, held for minutes of long-poll or SSE.) A wake-up is only a hint: the
// reader still takes with GETDEL, re-checks right after subscribing (a put in between is not missed) and
// every few seconds (a message lost while reconnecting is not either). A wait stopped while its GETDEL is in
// flight still answers with what that GETDEL took, so nothing removed from Redis is ever dropped.
import {
  assertRelayIds,
  RELAY_MAX_BYTES,
  relayTtl,
  StoreUnavailableError,
  type HandoffRelay,
  type RelayPutResult,
  type RelayWaitOptions,
} from './shared-store.ts'
import { ScriptRunner, withDeadline, type RedisClient } from './redis-connection.ts'
import { RELAY_CLAIM, RELAY_GIVE_BACK, RELAY_PUT } from './redis-scripts.ts'

/** A waiting reader re-checks this often even without a wake-up. */
const RECHECK_MS = 3000

export class RedisRelay implements HandoffRelay {
  readonly #scripts: ScriptRunner
  readonly #subscriber: RedisClient
  readonly #prefix: string
  readonly #maxBytes: number
  /** Subscribing has the same deadline as any command: a stalled Redis must not hold a wait open. */
  readonly #deadlineMs: number
  /** Local readers per wake-up topic, and the topic's subscription: subscribed while any wait. */
  readonly #waiting = new Map<string, { readers: Set<() => void>; subscribed: Promise<void> }>()
  #subscriberReady: Promise<unknown> | null = null

  constructor(
    scripts: ScriptRunner,
    subscriber: RedisClient,
    prefix: string,
    { maxBytes = RELAY_MAX_BYTES, deadlineMs = 1000 }: { maxBytes?: number; deadlineMs?: number } = {},
  ) {
    this.#scripts = scripts
    this.#subscriber = subscriber
    this.#prefix = prefix
    this.#maxBytes = maxBytes
    this.#deadlineMs = deadlineMs
  }

  // One hash tag per channel: all its keys land on one Redis Cluster slot, as a script needs.
  #key(channel: string, part: 'data' | 'used' | 'claim'): string {
    return `${this.#prefix}relay:{${channel}}:${part}`
  }
  #topic(channel: string): string {
    return `${this.#prefix}relay-ready:${channel}`
  }

  async put(channel: string, ciphertext: Uint8Array, ttlMs?: number): Promise<RelayPutResult> {
    assertRelayIds(channel)
    if (ciphertext.byteLength > this.#maxBytes) return 'too-large'
    const bytes = Buffer.from(ciphertext.buffer, ciphertext.byteOffset, ciphertext.byteLength)
    try {
      const stored = await this.#scripts.run<number>(
        RELAY_PUT,
        [this.#key(channel, 'used'), this.#key(channel, 'data')],
        [bytes, String(relayTtl(ttlMs)), this.#topic(channel)],
      )
      return stored === 1 ? 'stored' : 'already-used'
    } catch (error) {
      // Redis out of memory refuses new data: the same as a full in-memory relay.
      if (error instanceof StoreUnavailableError && /OOM/.test(String((error as Error).cause)))
        return 'store-full'
      throw error
    }
  }

  async take(channel: string): Promise<Uint8Array | null> {
    assertRelayIds(channel)
    const value = await this.#scripts.command<Buffer | null>(['GETDEL', this.#key(channel, 'data')], true)
    return value ? new Uint8Array(value.buffer, value.byteOffset, value.byteLength) : null
  }

  async waitAndTake(channel: string, { timeoutMs, signal }: RelayWaitOptions): Promise<Uint8Array | null> {
    const ready = await this.take(channel)
    if (ready || signal?.aborted) return ready
    const topic = this.#topic(channel)
    return new Promise((resolve, reject) => {
      let settled = false
      // Asked to stop (timeout or abort): the wait ends once no take is in flight, with what that take got.
      let stopping = false
      let taking = false
      let wokenWhileTaking = false
      const finish = (value: Uint8Array | null, error?: unknown) => {
        if (settled) return
        settled = true
        clearTimeout(timer)
        clearInterval(recheck)
        signal?.removeEventListener('abort', onAbort)
        void this.#leave(topic, check)
        if (error) reject(error)
        else resolve(value)
      }
      const check = () => {
        if (settled || stopping) return
        if (taking) {
          // A put may have landed after the take in flight read the key: look again once it is back.
          wokenWhileTaking = true
          return
        }
        taking = true
        this.take(channel).then(
          (value) => {
            taking = false
            // A take that completes after the wait was stopped still answers: the key is gone from Redis,
            // so dropping it here would lose the message (the caller awaits the stopped wait for this).
            if (value || stopping) return finish(value)
            if (wokenWhileTaking) {
              wokenWhileTaking = false
              check()
            }
          },
          (error: unknown) => {
            taking = false
            finish(null, stopping ? undefined : error)
          },
        )
      }
      const stop = () => {
        stopping = true
        if (!taking) finish(null)
      }
      const onAbort = stop
      const timer = setTimeout(stop, Math.max(0, timeoutMs))
      const recheck = setInterval(check, RECHECK_MS)
      signal?.addEventListener('abort', onAbort, { once: true })
      this.#join(topic, check).then(check, (error: unknown) => finish(null, error))
    })
  }

  async giveBack(channel: string, ciphertext: Uint8Array, ttlMs?: number): Promise<void> {
    assertRelayIds(channel)
    const bytes = Buffer.from(ciphertext.buffer, ciphertext.byteOffset, ciphertext.byteLength)
    await this.#scripts.run<number>(
      RELAY_GIVE_BACK,
      [this.#key(channel, 'used'), this.#key(channel, 'data')],
      [bytes, String(relayTtl(ttlMs)), this.#topic(channel)],
    )
  }

  async claim(channel: string, claimant: string, ttlMs?: number): Promise<'claimed' | 'refused'> {
    assertRelayIds(channel, claimant)
    const claimed = await this.#scripts.run<number>(
      RELAY_CLAIM,
      [this.#key(channel, 'claim')],
      [claimant, String(relayTtl(ttlMs))],
    )
    return claimed === 1 ? 'claimed' : 'refused'
  }

  async #join(topic: string, wake: () => void): Promise<void> {
    let entry = this.#waiting.get(topic)
    if (!entry) {
      const readers = new Set<() => void>()
      const subscribed = this.#subscribe(topic, () => {
        for (const reader of readers) reader()
      })
      this.#waiting.set(topic, (entry = { readers, subscribed }))
    }
    entry.readers.add(wake)
    await entry.subscribed
  }

  async #subscribe(topic: string, onMessage: () => void): Promise<void> {
    try {
      this.#subscriberReady ??= this.#subscriber.connect().catch((error: unknown) => {
        this.#subscriberReady = null
        throw error
      })
      await withDeadline(this.#subscriberReady, this.#deadlineMs, 'connect')
      const subscribing = this.#subscriber.subscribe(topic, onMessage)
      // Answered after its deadline (Redis woke): nobody waits on the topic any more, so leave it.
      subscribing.then(
        () => {
          if (!this.#waiting.has(topic)) void this.#subscriber.unsubscribe(topic).catch(() => undefined)
        },
        () => undefined,
      )
      await withDeadline(subscribing, this.#deadlineMs, 'SUBSCRIBE')
    } catch (error) {
      this.#waiting.delete(topic)
      throw new StoreUnavailableError('shared store unavailable: subscribe', { cause: error })
    }
  }

  async #leave(topic: string, wake: () => void): Promise<void> {
    const entry = this.#waiting.get(topic)
    if (!entry) return
    entry.readers.delete(wake)
    if (entry.readers.size > 0) return
    this.#waiting.delete(topic)
    await entry.subscribed.catch(() => undefined)
    // A reader may have joined while the subscription settled: it keeps it.
    if (!this.#waiting.has(topic)) await this.#subscriber.unsubscribe(topic).catch(() => undefined)
  }

  async close(): Promise<void> {
    if (this.#subscriberReady) await this.#subscriber.close().catch(() => undefined)
  }
}
