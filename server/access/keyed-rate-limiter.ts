// A token bucket per key (client IP, capture token): `perMinute` calls, refilled evenly, so a short burst
// is fine and a steady flood is cut off. In memory, per process: an edge deployment needs a shared store.

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number }

interface Bucket {
  tokens: number
  updatedMs: number
}

export class KeyedRateLimiter {
  readonly #buckets = new Map<string, Bucket>()
  readonly #capacity: number
  readonly #refillPerMs: number
  readonly #maxKeys: number

  constructor(perMinute: number, maxKeys = 10_000) {
    this.#capacity = perMinute
    this.#refillPerMs = perMinute / 60_000
    this.#maxKeys = maxKeys
  }

  take(key: string, nowMs: number): RateDecision {
    const bucket = this.#refill(key, nowMs)
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1
      return { ok: true }
    }
    return {
      ok: false,
      retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.#refillPerMs / 1000)),
    }
  }

  #refill(key: string, nowMs: number): Bucket {
    let bucket = this.#buckets.get(key)
    if (!bucket) {
      if (this.#buckets.size >= this.#maxKeys) this.#forgetFull(nowMs)
      bucket = { tokens: this.#capacity, updatedMs: nowMs }
      this.#buckets.set(key, bucket)
      return bucket
    }
    const elapsed = Math.max(0, nowMs - bucket.updatedMs)
    bucket.tokens = Math.min(this.#capacity, bucket.tokens + elapsed * this.#refillPerMs)
    bucket.updatedMs = nowMs
    return bucket
  }

  /** A full bucket is the same as no bucket: dropping those bounds memory under many distinct keys. */
  #forgetFull(nowMs: number): void {
    for (const [key, bucket] of this.#buckets) {
      const tokens = bucket.tokens + (nowMs - bucket.updatedMs) * this.#refillPerMs
      if (tokens >= this.#capacity) this.#buckets.delete(key)
    }
    // Still full of active keys: drop the oldest rather than grow without bound.
    while (this.#buckets.size >= this.#maxKeys) {
      const oldest = this.#buckets.keys().next().value
      if (oldest === undefined) break
      this.#buckets.delete(oldest)
    }
  }

  get size(): number {
    return this.#buckets.size
  }
}
