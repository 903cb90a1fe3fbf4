// The hand-off relay in this process's memory: one entry per channel holding its one ciphertext, whether a
// put already happened (one-shot), the device that opened it, and the readers waiting for it.
import {
  assertRelayIds,
  RELAY_MAX_BYTES,
  relayTtl,
  type HandoffRelay,
  type RelayPutResult,
  type RelayWaitOptions,
} from './shared-store.ts'

export interface MemoryRelayOptions {
  now?: () => number
  /** Largest ciphertext accepted (default RELAY_MAX_BYTES). */
  relayMaxBytes?: number
  /** Channels held at once, and ciphertext bytes held at once: past either, puts are refused. */
  relayMaxChannels?: number
  relayMaxTotalBytes?: number
}

interface Waiter {
  deliver: (ciphertext: Uint8Array | null) => void
}

interface Channel {
  /** Until then the channel remembers it was used, so a second put is refused. */
  expiresAtMs: number
  used: boolean
  ciphertext: Uint8Array | null
  claimant: string | null
  claimExpiresAtMs: number
  waiters: Waiter[]
}

export class MemoryRelay implements HandoffRelay {
  readonly #channels = new Map<string, Channel>()
  readonly #now: () => number
  readonly #maxBytes: number
  readonly #maxChannels: number
  readonly #maxTotalBytes: number
  #totalBytes = 0

  constructor(options: MemoryRelayOptions = {}) {
    this.#now = options.now ?? Date.now
    this.#maxBytes = options.relayMaxBytes ?? RELAY_MAX_BYTES
    this.#maxChannels = options.relayMaxChannels ?? 10_000
    this.#maxTotalBytes = options.relayMaxTotalBytes ?? 64 * 1024 * 1024
  }

  async put(channel: string, ciphertext: Uint8Array, ttlMs?: number): Promise<RelayPutResult> {
    assertRelayIds(channel)
    if (ciphertext.byteLength > this.#maxBytes) return 'too-large'
    const entry = this.#live(channel) ?? this.#create(channel, ttlMs)
    if (!entry) return 'store-full'
    if (entry.used) return 'already-used'
    entry.used = true
    entry.expiresAtMs = Math.max(entry.expiresAtMs, this.#now() + relayTtl(ttlMs))
    // Copies (a Node Buffer's slice() would share the caller's memory): the caller may reuse its buffer.
    const waiter = entry.waiters.shift()
    if (waiter) {
      // Handed straight to the reader already waiting: never stored.
      waiter.deliver(new Uint8Array(ciphertext))
      return 'stored'
    }
    if (this.#totalBytes + ciphertext.byteLength > this.#maxTotalBytes) {
      entry.used = false
      return 'store-full'
    }
    entry.ciphertext = new Uint8Array(ciphertext)
    this.#totalBytes += ciphertext.byteLength
    this.#dropWhenExpired(channel, entry)
    return 'stored'
  }

  async take(channel: string): Promise<Uint8Array | null> {
    assertRelayIds(channel)
    const entry = this.#live(channel)
    const ciphertext = entry?.ciphertext ?? null
    if (entry && ciphertext) {
      entry.ciphertext = null
      this.#totalBytes -= ciphertext.byteLength
    }
    return ciphertext
  }

  async waitAndTake(channel: string, { timeoutMs, signal }: RelayWaitOptions): Promise<Uint8Array | null> {
    const now = await this.take(channel)
    if (now || signal?.aborted) return now
    const entry = this.#live(channel) ?? this.#create(channel, undefined)
    if (!entry) return null
    return new Promise((resolve) => {
      const finish = (ciphertext: Uint8Array | null) => {
        clearTimeout(timer)
        signal?.removeEventListener('abort', onAbort)
        entry.waiters = entry.waiters.filter((other) => other !== waiter)
        resolve(ciphertext)
      }
      const waiter: Waiter = { deliver: finish }
      const onAbort = () => finish(null)
      const timer = setTimeout(() => finish(null), Math.max(0, timeoutMs))
      signal?.addEventListener('abort', onAbort, { once: true })
      entry.waiters.push(waiter)
    })
  }

  async giveBack(channel: string, ciphertext: Uint8Array, ttlMs?: number): Promise<void> {
    assertRelayIds(channel)
    const entry = this.#live(channel) ?? this.#create(channel, ttlMs)
    if (!entry || entry.ciphertext) return
    entry.used = true
    entry.expiresAtMs = Math.max(entry.expiresAtMs, this.#now() + relayTtl(ttlMs))
    const waiter = entry.waiters.shift()
    if (waiter) return waiter.deliver(new Uint8Array(ciphertext))
    // Held again even past the byte cap: it was counted when first put, and is only going back.
    entry.ciphertext = new Uint8Array(ciphertext)
    this.#totalBytes += ciphertext.byteLength
    this.#dropWhenExpired(channel, entry)
  }

  async claim(channel: string, claimant: string, ttlMs?: number): Promise<'claimed' | 'refused'> {
    assertRelayIds(channel, claimant)
    const entry = this.#live(channel) ?? this.#create(channel, ttlMs)
    if (!entry) return 'refused'
    const now = this.#now()
    if (entry.claimant !== null && entry.claimant !== claimant && entry.claimExpiresAtMs > now)
      return 'refused'
    entry.claimant = claimant
    entry.claimExpiresAtMs = now + relayTtl(ttlMs)
    entry.expiresAtMs = Math.max(entry.expiresAtMs, entry.claimExpiresAtMs)
    return 'claimed'
  }

  /** Channels held now, for tests. */
  get size(): number {
    return this.#channels.size
  }

  /** Ciphertext bytes held now, for tests. */
  get heldBytes(): number {
    return this.#totalBytes
  }

  close(): void {
    for (const entry of this.#channels.values()) for (const waiter of [...entry.waiters]) waiter.deliver(null)
    this.#channels.clear()
    this.#totalBytes = 0
  }

  #live(channel: string): Channel | null {
    const entry = this.#channels.get(channel)
    if (!entry) return null
    if (entry.expiresAtMs > this.#now() || entry.waiters.length > 0) return entry
    this.#drop(channel, entry)
    return null
  }

  #create(channel: string, ttlMs: number | undefined): Channel | null {
    if (this.#channels.size >= this.#maxChannels) this.#sweep()
    if (this.#channels.size >= this.#maxChannels) return null
    const entry: Channel = {
      expiresAtMs: this.#now() + relayTtl(ttlMs),
      used: false,
      ciphertext: null,
      claimant: null,
      claimExpiresAtMs: 0,
      waiters: [],
    }
    this.#channels.set(channel, entry)
    return entry
  }

  /** Ciphertext leaves memory when its TTL runs out, not when someone next asks for it. */
  #dropWhenExpired(channel: string, entry: Channel): void {
    const timer = setTimeout(
      () => {
        if (this.#channels.get(channel) !== entry) return
        if (entry.expiresAtMs > this.#now()) return this.#dropWhenExpired(channel, entry)
        this.#live(channel)
      },
      Math.max(0, entry.expiresAtMs - this.#now()) + 1,
    )
    // A pending expiry must not keep a Node process alive (unref does not exist on edge runtimes).
    ;(timer as { unref?: () => void }).unref?.()
  }

  #sweep(): void {
    const now = this.#now()
    for (const [channel, entry] of this.#channels) {
      if (entry.expiresAtMs <= now && entry.waiters.length === 0) this.#drop(channel, entry)
    }
  }

  #drop(channel: string, entry: Channel): void {
    if (entry.ciphertext) this.#totalBytes -= entry.ciphertext.byteLength
    this.#channels.delete(channel)
  }
}
