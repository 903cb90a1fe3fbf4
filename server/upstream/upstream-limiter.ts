// Keeps this process's calls to the upstream at or under its rate (Tencent: about 5/s): a sliding one-second
// window of call starts, with a bounded FIFO queue so a short burst waits its turn instead of failing.

export type LimiterAdmission = 'go' | 'queue-full'

interface Waiter {
  resolve: (admission: LimiterAdmission) => void
  reject: (reason: unknown) => void
  signal: AbortSignal | undefined
  onAbort: () => void
}

export class UpstreamLimiter {
  readonly #ratePerSecond: number
  readonly #maxQueue: number
  readonly #now: () => number
  #starts: number[] = []
  #waiters: Waiter[] = []
  #timer: ReturnType<typeof setTimeout> | undefined

  constructor(ratePerSecond: number, maxQueue: number, now: () => number = () => performance.now()) {
    this.#ratePerSecond = ratePerSecond
    this.#maxQueue = maxQueue
    this.#now = now
  }

  /** Resolves 'go' when a call may start now, 'queue-full' at once when the burst is too long to queue. */
  acquire(signal?: AbortSignal): Promise<LimiterAdmission> {
    if (signal?.aborted) return Promise.reject(signal.reason)
    if (this.#waiters.length === 0 && this.#tryStart()) return Promise.resolve('go')
    if (this.#waiters.length >= this.#maxQueue) return Promise.resolve('queue-full')
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
      this.#schedule()
    })
  }

  get queued(): number {
    return this.#waiters.length
  }

  #tryStart(): boolean {
    const now = this.#now()
    this.#starts = this.#starts.filter((start) => now - start < 1000)
    if (this.#starts.length >= this.#ratePerSecond) return false
    this.#starts.push(now)
    return true
  }

  #schedule(): void {
    if (this.#timer !== undefined || this.#waiters.length === 0) return
    const oldest = this.#starts[0] ?? this.#now()
    const wait = Math.max(0, oldest + 1000 - this.#now())
    this.#timer = setTimeout(() => {
      this.#timer = undefined
      while (this.#waiters.length > 0 && this.#tryStart()) {
        const waiter = this.#waiters.shift()!
        waiter.signal?.removeEventListener('abort', waiter.onAbort)
        waiter.resolve('go')
      }
      this.#schedule()
    }, wait + 1)
  }
}
