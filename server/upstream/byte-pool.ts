// Reuses the memory of image bodies (1 MB) and upstream request bodies (1.4 MB). Allocated fresh each
// time, that memory lives outside the JS heap: V8 answered with a full mark-compact every few requests (a
// quarter of the endpoint's CPU), and the C allocator kept the freed blocks (RSS far above its baseline
// after a load run). A short free list per use removes most of both.

/** Buffers smaller than this are cheap to allocate and not worth holding on to. */
const MIN_POOLED_BYTES = 64 * 1024
/** Capacities are rounded up so a 1.40 MB and a 1.41 MB body can share a buffer. */
const GRANULE = 256 * 1024

export class BytePool {
  readonly #maxFree: number
  readonly #free: ArrayBuffer[] = []
  /** Buffers handed out and not yet returned: a second release of one (a bug) is ignored, never pooled twice. */
  readonly #lent = new WeakSet<ArrayBuffer>()

  constructor(maxFree = 4) {
    this.#maxFree = maxFree
  }

  /** Exactly `size` bytes (contents undefined: the caller overwrites all of them). */
  acquire(size: number): Uint8Array<ArrayBuffer> {
    if (size < MIN_POOLED_BYTES) return new Uint8Array(size)
    // A free buffer that fits without wasting more than half of itself.
    const index = this.#free.findIndex((buffer) => buffer.byteLength >= size && buffer.byteLength < 2 * size)
    const buffer =
      index >= 0 ? this.#free.splice(index, 1)[0]! : new ArrayBuffer(Math.ceil(size / GRANULE) * GRANULE)
    this.#lent.add(buffer)
    return new Uint8Array(buffer, 0, size)
  }

  /** Gives the memory back. Call only once nothing (a socket write included) can still read `bytes`. */
  release(bytes: Uint8Array): void {
    const buffer = bytes.buffer
    if (!(buffer instanceof ArrayBuffer) || !this.#lent.has(buffer)) return
    this.#lent.delete(buffer)
    if (this.#free.length < this.#maxFree) this.#free.push(buffer)
  }

  /** Free buffers held, for tests and the benchmark's memory report. */
  get freeCount(): number {
    return this.#free.length
  }
}
