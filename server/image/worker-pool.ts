// CPU-heavy work on bytes (decoding and analysing images, the local reader's decoding) off the event loop:
// a small pool of worker threads with a bounded queue. A full queue refuses at once (PoolBusyError) rather
// than piling up megabytes of images; a task over its time limit has its worker terminated (the only way
// to stop synchronous work) and replaced; a worker that dies fails its task and is replaced.
//
//   const analyse = workerTask<typeof analyseCard>(new URL('./analyse-card.ts', import.meta.url), 'analyseCard')
//   const result = await runInWorker(analyse, bytes, { portraits: true })
import { availableParallelism } from 'node:os'
import { Worker, type ResourceLimits } from 'node:worker_threads'

/** A named export of a module, run in a worker as `fn(bytes, args)`; its result must be cloneable. */
export interface WorkerTask<Args, Result> {
  readonly module: string
  readonly name: string
  /** Type-level only: ties run()'s arguments and result to the function. */
  readonly __types?: (args: Args) => Result
}

type TaskFn = (bytes: Uint8Array, args: never) => unknown

export function workerTask<Fn extends TaskFn>(
  module: URL | string,
  name: string,
): WorkerTask<Parameters<Fn>[1], Awaited<ReturnType<Fn>>> {
  return { module: String(module), name }
}

export interface TaskRequest {
  id: number
  module: string
  name: string
  bytes: Uint8Array
  args: unknown
}
export type TaskReply =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; errorName: string; message: string }

/** The queue is full: answer "busy" now instead of waiting behind more work than the pool can do soon. */
export class PoolBusyError extends Error {
  override readonly name = 'PoolBusyError'
}
export class TaskTimeoutError extends Error {
  override readonly name = 'TaskTimeoutError'
}
export class WorkerCrashedError extends Error {
  override readonly name = 'WorkerCrashedError'
}
/** The task threw in the worker; `taskErrorName` is its error's name (e.g. 'DecodeError'). */
export class WorkerTaskError extends Error {
  override readonly name = 'WorkerTaskError'
  constructor(
    readonly taskErrorName: string,
    message: string,
  ) {
    super(message)
  }
}

export interface WorkerPoolOptions {
  /** Worker threads (default: cores − 1, at least 1, at most 2). */
  size?: number
  /** Tasks that may wait for a worker (default 8); past it run() rejects with PoolBusyError. */
  maxQueue?: number
  /** Default time limit per task (default 30 s). */
  taskTimeoutMs?: number
  resourceLimits?: ResourceLimits
}

export interface RunOptions {
  signal?: AbortSignal
  timeoutMs?: number
  /** Hand the bytes' memory to the worker instead of copying (the caller's view is detached). */
  transfer?: boolean
}

interface Job {
  request: TaskRequest
  transfer: ArrayBuffer[]
  timeoutMs: number
  signal: AbortSignal | undefined
  resolve: (value: unknown) => void
  reject: (error: unknown) => void
  onAbort: () => void
}

interface Slot {
  worker: Worker
  job: Job | null
  timer: ReturnType<typeof setTimeout> | undefined
}

const ENTRY = new URL('./worker-boot.mjs', import.meta.url)

export class WorkerPool {
  readonly #size: number
  readonly #maxQueue: number
  readonly #taskTimeoutMs: number
  readonly #resourceLimits: ResourceLimits | undefined
  readonly #slots: Slot[] = []
  readonly #queue: Job[] = []
  #nextId = 1
  #closed = false

  constructor(options: WorkerPoolOptions = {}) {
    this.#size = Math.max(1, options.size ?? Math.min(2, availableParallelism() - 1))
    this.#maxQueue = Math.max(0, options.maxQueue ?? 8)
    this.#taskTimeoutMs = options.taskTimeoutMs ?? 30_000
    this.#resourceLimits = options.resourceLimits
  }

  run<Args, Result>(
    task: WorkerTask<Args, Result>,
    bytes: Uint8Array,
    args: Args,
    options: RunOptions = {},
  ): Promise<Result> {
    if (this.#closed) return Promise.reject(new Error('worker pool is closed'))
    if (options.signal?.aborted) return Promise.reject(options.signal.reason)
    const idle = this.#idleSlot()
    if (!idle && this.#queue.length >= this.#maxQueue) {
      return Promise.reject(new PoolBusyError('every image worker is busy and the queue is full'))
    }
    // Sent in a buffer of its own: a view into a larger (pooled) buffer would clone all of it.
    const own = options.transfer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
    const payload = own ? bytes : bytes.slice()
    return new Promise<Result>((resolve, reject) => {
      const job: Job = {
        request: { id: this.#nextId++, module: task.module, name: task.name, bytes: payload, args },
        transfer: payload.buffer instanceof ArrayBuffer ? [payload.buffer] : [],
        timeoutMs: options.timeoutMs ?? this.#taskTimeoutMs,
        signal: options.signal,
        resolve: resolve as (value: unknown) => void,
        reject,
        // Queued: leaves the queue. Running: its result is dropped (the worker finishes on its own).
        onAbort: () => {
          const queued = this.#queue.indexOf(job)
          if (queued >= 0) this.#queue.splice(queued, 1)
          reject(options.signal?.reason)
        },
      }
      options.signal?.addEventListener('abort', job.onAbort, { once: true })
      if (idle) this.#start(idle, job)
      else this.#queue.push(job)
    })
  }

  /** Tasks running and waiting, for health checks and tests. */
  get load(): { running: number; queued: number } {
    return { running: this.#slots.filter((slot) => slot.job).length, queued: this.#queue.length }
  }

  async close(): Promise<void> {
    this.#closed = true
    for (const job of this.#queue.splice(0)) job.reject(new Error('worker pool closed'))
    await Promise.all(this.#slots.splice(0).map((slot) => slot.worker.terminate()))
  }

  #idleSlot(): Slot | null {
    const idle = this.#slots.find((slot) => !slot.job)
    if (idle) return idle
    return this.#slots.length < this.#size ? this.#spawn() : null
  }

  #spawn(): Slot {
    const worker = new Worker(ENTRY, this.#resourceLimits ? { resourceLimits: this.#resourceLimits } : {})
    // Idle workers never keep the process alive; a running task does (see #start).
    worker.unref()
    const slot: Slot = { worker, job: null, timer: undefined }
    worker.on('message', (reply: TaskReply) => this.#finish(slot, reply))
    worker.on('error', (error) =>
      this.#lose(slot, new WorkerCrashedError(`image worker failed: ${error.message}`)),
    )
    worker.on('exit', (code) => this.#lose(slot, new WorkerCrashedError(`image worker exited (${code})`)))
    this.#slots.push(slot)
    return slot
  }

  #start(slot: Slot, job: Job): void {
    slot.job = job
    slot.worker.ref()
    slot.timer = setTimeout(() => {
      this.#lose(slot, new TaskTimeoutError(`worker task ${job.request.name} took over ${job.timeoutMs} ms`))
      void slot.worker.terminate()
    }, job.timeoutMs)
    slot.worker.postMessage(job.request, job.transfer)
  }

  #finish(slot: Slot, reply: TaskReply): void {
    const job = slot.job
    if (!job || job.request.id !== reply.id) return
    this.#release(slot)
    job.signal?.removeEventListener('abort', job.onAbort)
    if (reply.ok) job.resolve(reply.value)
    else job.reject(new WorkerTaskError(reply.errorName, reply.message))
    this.#next(slot)
  }

  /** The worker is gone (crash, exit, timeout): fail its task, forget it, keep the queue moving. */
  #lose(slot: Slot, error: Error): void {
    const index = this.#slots.indexOf(slot)
    if (index < 0) return
    this.#slots.splice(index, 1)
    const job = slot.job
    this.#release(slot)
    if (job) {
      job.signal?.removeEventListener('abort', job.onAbort)
      job.reject(error)
    }
    const waiting = this.#queue.shift()
    if (waiting && !this.#closed) this.#start(this.#spawn(), waiting)
  }

  #release(slot: Slot): void {
    clearTimeout(slot.timer)
    slot.timer = undefined
    slot.job = null
    slot.worker.unref()
  }

  #next(slot: Slot): void {
    const waiting = this.#queue.shift()
    if (waiting) this.#start(slot, waiting)
  }
}

let shared: WorkerPool | undefined

/** The process's shared image pool (created on first use with the defaults above). */
export function sharedWorkerPool(): WorkerPool {
  return (shared ??= new WorkerPool())
}

/** Runs a task on the shared pool. */
export function runInWorker<Args, Result>(
  task: WorkerTask<Args, Result>,
  bytes: Uint8Array,
  args: Args,
  options?: RunOptions,
): Promise<Result> {
  return sharedWorkerPool().run(task, bytes, args, options)
}
