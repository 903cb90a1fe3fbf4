// CPU-heavy work on bytes (decoding and analysing images, the local reader's decoding) off the event loop:
// a small pool of worker threads with a bounded queue shared fairly among owners (client addresses). A full
// queue, or an owner past its share, refuses at once (PoolBusyError) rather than piling up megabytes of images;
// a task over its time limit, or whose caller left while it ran, fails at once for its caller and is asked to
// stop (task-cancel.ts: the reader stops before its next model run); a worker that does not stop within its
// grace is terminated (the only way to stop synchronous work) and replaced; a worker that dies fails its task
// and is replaced.
//
//   const analyse = workerTask<typeof analyseCard>(new URL('./analyse-card.ts', import.meta.url), 'analyseCard')
//   const result = await runInWorker(analyse, bytes, { portraits: true })
import { availableParallelism } from 'node:os'
import { Worker, type ResourceLimits } from 'node:worker_threads'
import { FairQueue } from './fair-queue.ts'
import { newCancelFlag, raiseCancelFlag } from './task-cancel.ts'
import type { TaskReply, TaskRequest, WorkerTask } from './worker-task.ts'
import {
  OwnerBusyError,
  PoolBusyError,
  TaskAbortedError,
  TaskTimeoutError,
  WorkerCrashedError,
  WorkerTaskError,
} from './worker-errors.ts'

export * from './worker-errors.ts'
export * from './worker-task.ts'

export interface WorkerPoolOptions {
  /** Worker threads (default: cores − 1, at least 1, at most 2). */
  size?: number
  /** Tasks that may wait for a worker (default 8); past it run() rejects with PoolBusyError. */
  maxQueue?: number
  /** Tasks one owner may have waiting or running (default: no limit; tasks without an owner have none) */
  maxPerOwner?: number
  /** Default time limit per task (default 30 s). */
  taskTimeoutMs?: number
  resourceLimits?: ResourceLimits
  /** How long a task asked to stop may take to stop before its worker is terminated (default 10 s). */
  cancelGraceMs?: number
  /** Run by every new worker before its first task (e.g. loading models), so no task's time limit pays it. */
  prepare?: { task: WorkerTask<never, unknown>; args: unknown }
}

export interface RunOptions {
  signal?: AbortSignal
  timeoutMs?: number
  /** Hand the bytes' memory to the worker instead of copying (the caller's view is detached). */
  transfer?: boolean
  /** Whose task this is (a client address): tasks are taken from each owner in turn, each within its share. */
  owner?: string
}

interface Job {
  request: TaskRequest
  transfer: ArrayBuffer[]
  timeoutMs: number
  owner: string
  /** A worker's preparation: nobody waits for it, and no owner's share counts it. */
  internal: boolean
  signal: AbortSignal | undefined
  resolve: (value: unknown) => void
  reject: (error: unknown) => void
  onAbort: () => void
  /** Its caller has had its answer (or its failure); a running task may still be stopping. */
  settled: boolean
}

interface Slot {
  worker: Worker
  job: Job | null
  timer: ReturnType<typeof setTimeout> | undefined
  /** Settles when the worker's preparation has run (at once without one) */
  prepared: Promise<unknown>
}

const ENTRY = new URL('./worker-boot.mjs', import.meta.url)

export class WorkerPool {
  readonly #size: number
  readonly #maxQueue: number
  readonly #maxPerOwner: number
  readonly #taskTimeoutMs: number
  readonly #resourceLimits: ResourceLimits | undefined
  readonly #cancelGraceMs: number
  readonly #prepare: WorkerPoolOptions['prepare']
  readonly #slots: Slot[] = []
  readonly #queue = new FairQueue<Job>()
  /** Tasks waiting or running, by owner */
  readonly #pending = new Map<string, number>()
  #nextId = 1
  #closed = false

  constructor(options: WorkerPoolOptions = {}) {
    this.#size = Math.max(1, options.size ?? Math.min(2, availableParallelism() - 1))
    this.#maxQueue = Math.max(0, options.maxQueue ?? 8)
    this.#maxPerOwner = Math.max(1, options.maxPerOwner ?? Infinity)
    this.#taskTimeoutMs = options.taskTimeoutMs ?? 30_000
    this.#resourceLimits = options.resourceLimits
    this.#cancelGraceMs = options.cancelGraceMs ?? 10_000
    this.#prepare = options.prepare
  }

  run<Args, Result>(
    task: WorkerTask<Args, Result>,
    bytes: Uint8Array,
    args: Args,
    options: RunOptions = {},
  ): Promise<Result> {
    if (this.#closed) return Promise.reject(new Error('worker pool is closed'))
    if (options.signal?.aborted) return Promise.reject(new TaskAbortedError(false, options.signal.reason))
    const owner = options.owner ?? ''
    if (owner && (this.#pending.get(owner) ?? 0) >= this.#maxPerOwner) {
      return Promise.reject(new OwnerBusyError('this client already has its share of the workers’ queue'))
    }
    const startsNow = this.#slots.some((slot) => !slot.job) || this.#slots.length < this.#size
    if (!startsNow && this.#queue.size >= this.#maxQueue) {
      return Promise.reject(new PoolBusyError('every image worker is busy and the queue is full'))
    }
    return new Promise<Result>((resolve, reject) => {
      const job = this.#job(task, bytes, args, options, owner, resolve as (value: unknown) => void, reject)
      options.signal?.addEventListener('abort', job.onAbort, { once: true })
      this.#pending.set(owner, (this.#pending.get(owner) ?? 0) + 1)
      this.#queue.push(owner, job)
      this.#pump()
    })
  }

  /** Tasks running and waiting (a worker's preparation not counted), for health checks and tests. */
  get load(): { running: number; queued: number } {
    return {
      running: this.#slots.filter((slot) => slot.job && !slot.job.internal).length,
      queued: this.#queue.size,
    }
  }

  /** Starts every worker the pool may have and resolves once each is prepared (e.g. its models loaded). */
  async warm(): Promise<void> {
    while (!this.#closed && this.#slots.length < this.#size) this.#spawn()
    await Promise.all(this.#slots.map((slot) => slot.prepared))
  }

  async close(): Promise<void> {
    this.#closed = true
    for (const job of this.#queue.drain()) this.#settle(job, new Error('worker pool closed'))
    await Promise.all(this.#slots.splice(0).map((slot) => slot.worker.terminate()))
  }

  #job(
    task: { module: string; name: string },
    bytes: Uint8Array,
    args: unknown,
    options: RunOptions,
    owner: string,
    resolve: (value: unknown) => void,
    reject: (error: unknown) => void,
  ): Job {
    // Sent in a buffer of its own: a view into a larger (pooled) buffer would clone all of it.
    const own = options.transfer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
    const payload = own ? bytes : bytes.slice()
    const job: Job = {
      request: {
        id: this.#nextId++,
        module: task.module,
        name: task.name,
        bytes: payload,
        args,
        cancel: newCancelFlag(),
      },
      transfer: payload.buffer instanceof ArrayBuffer ? [payload.buffer] : [],
      timeoutMs: options.timeoutMs ?? this.#taskTimeoutMs,
      owner,
      internal: false,
      signal: options.signal,
      resolve,
      reject,
      settled: false,
      // Waiting: leaves the queue. Running: fails now and is asked to stop, freeing its worker.
      onAbort: () => {
        const reason = options.signal?.reason
        if (this.#queue.remove(owner, job)) return this.#settle(job, new TaskAbortedError(false, reason))
        const slot = this.#slots.find((candidate) => candidate.job === job)
        if (slot) this.#stop(slot, new TaskAbortedError(true, reason))
      },
    }
    return job
  }

  /** Starts waiting tasks on idle workers, spawning workers (up to the size) for tasks no one prepares for. */
  #pump(): void {
    while (!this.#closed && this.#queue.size) {
      const idle = this.#slots.find((slot) => !slot.job)
      if (idle) {
        this.#start(idle, this.#queue.shift()!)
        continue
      }
      const preparing = this.#slots.filter((slot) => slot.job?.internal).length
      if (this.#slots.length >= this.#size || this.#queue.size <= preparing) return
      this.#spawn()
    }
  }

  #spawn(): Slot {
    const worker = new Worker(ENTRY, this.#resourceLimits ? { resourceLimits: this.#resourceLimits } : {})
    // Idle workers never keep the process alive; a running task does (see #start).
    worker.unref()
    const slot: Slot = { worker, job: null, timer: undefined, prepared: Promise.resolve() }
    worker.on('message', (reply: TaskReply) => this.#finish(slot, reply))
    worker.on('error', (error) =>
      this.#lose(slot, new WorkerCrashedError(`image worker failed: ${error.message}`)),
    )
    worker.on('exit', (code) => this.#lose(slot, new WorkerCrashedError(`image worker exited (${code})`)))
    this.#slots.push(slot)
    if (this.#prepare) {
      const { task, args } = this.#prepare
      slot.prepared = new Promise((resolve, reject) => {
        const job = this.#job(task, new Uint8Array(0), args, {}, '', resolve, reject)
        job.internal = true
        this.#start(slot, job)
      })
      // A failed preparation is seen by warm()'s caller; a task would then prepare for itself.
      slot.prepared.catch(() => {})
    }
    return slot
  }

  #start(slot: Slot, job: Job): void {
    slot.job = job
    slot.worker.ref()
    slot.timer = setTimeout(
      () =>
        this.#stop(
          slot,
          new TaskTimeoutError(`worker task ${job.request.name} took over ${job.timeoutMs} ms`),
        ),
      job.timeoutMs,
    )
    slot.worker.postMessage(job.request, job.transfer)
  }

  #finish(slot: Slot, reply: TaskReply): void {
    const job = slot.job
    if (!job || job.request.id !== reply.id) return
    this.#release(slot)
    this.#settle(job, reply.ok ? undefined : new WorkerTaskError(reply.errorName, reply.message), reply)
    this.#pump()
  }

  /** Fails the running task now and asks it to stop; its worker is terminated if it has not within the grace. */
  #stop(slot: Slot, error: Error): void {
    const job = slot.job
    if (!job || job.settled) return
    this.#settle(job, error)
    raiseCancelFlag(job.request.cancel!)
    clearTimeout(slot.timer)
    slot.timer = setTimeout(() => {
      this.#lose(slot, error)
      void slot.worker.terminate()
    }, this.#cancelGraceMs)
  }

  /** The worker is gone (crash, exit, timeout, abort): fail its task, forget it, keep the queue moving. */
  #lose(slot: Slot, error: Error): void {
    const index = this.#slots.indexOf(slot)
    if (index < 0) return
    this.#slots.splice(index, 1)
    const job = slot.job
    this.#release(slot)
    if (job) this.#settle(job, error)
    this.#pump()
  }

  #settle(job: Job, error: unknown, reply?: TaskReply): void {
    if (job.settled) return
    job.settled = true
    job.signal?.removeEventListener('abort', job.onAbort)
    if (!job.internal) {
      const left = (this.#pending.get(job.owner) ?? 1) - 1
      if (left > 0) this.#pending.set(job.owner, left)
      else this.#pending.delete(job.owner)
    }
    if (error) job.reject(error)
    else job.resolve(reply?.ok ? reply.value : undefined)
  }

  #release(slot: Slot): void {
    clearTimeout(slot.timer)
    slot.timer = undefined
    slot.job = null
    slot.worker.unref()
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
