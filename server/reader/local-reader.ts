// The local reader as the server uses it: readings run in a pool of reader workers of their own (not the image
// pool, whose quick decodes must not wait behind a reading), so the event loop keeps answering — health checks
// included — while a card is read. Each worker loads the models once (~0.5 GB), so the number of workers
// (READER_WORKERS, default 1) bounds the memory; the cores are shared among them as inference threads.
import { availableParallelism } from 'node:os'
// libvips must be loaded by the main thread before worker threads use it (sharp's rule on glibc Linux)
import 'sharp'
import { WorkerPool, type WorkerTask } from '#server/image/worker-pool.ts'
import { localReaderAnswerSchema, type LocalReaderAnswer, type ReadCardArgs } from './local-reader-answer.ts'
import { readCardTask, warmUpReaderTask } from './local-reading-task.ts'

/** A reading (models loading included, on a worker's first card) is given up after this long. */
const READ_TIMEOUT_MS = 30_000
/** Readings that may wait for a worker; past it a reading is refused at once (PoolBusyError). */
const MAX_QUEUE = 8

export interface ReadOptions {
  portraits: boolean
  signal?: AbortSignal
  timeoutMs?: number
}

export interface LocalReader {
  /** The reader's answer, checked against the seam's schema; rejects with the pool's errors. */
  read(bytes: Uint8Array, options: ReadOptions): Promise<LocalReaderAnswer>
  /** Resolves once every worker has its models loaded. */
  warmUp(): Promise<void>
  close(): Promise<void>
}

export interface LocalReaderOptions {
  workers: number
  /** Replaceable in tests of the code around the reader (never in tests of the reader itself). */
  task?: WorkerTask<ReadCardArgs, unknown>
  warmUpTask?: WorkerTask<{ threads: number }, unknown>
}

/** Inference threads per worker: the cores shared among the workers, at least one, at most four. */
export function threadsPerWorker(workers: number, cores = availableParallelism()): number {
  return Math.max(1, Math.min(4, Math.floor(cores / workers)))
}

export function createLocalReader(options: LocalReaderOptions): LocalReader {
  const pool = new WorkerPool({ size: options.workers, maxQueue: MAX_QUEUE, taskTimeoutMs: READ_TIMEOUT_MS })
  const threads = threadsPerWorker(options.workers)
  const task = options.task ?? readCardTask
  const warmUpTask = options.warmUpTask ?? warmUpReaderTask
  let warming: Promise<void> | undefined
  return {
    async read(bytes, { portraits, signal, timeoutMs }) {
      const answer = await pool.run(
        task,
        bytes,
        { portraits, threads },
        { ...(signal ? { signal } : {}), ...(timeoutMs ? { timeoutMs } : {}) },
      )
      return localReaderAnswerSchema.parse(answer)
    },
    warmUp() {
      // One task per worker, all at once: the pool starts a worker for each while none is idle.
      warming ??= Promise.all(
        Array.from({ length: options.workers }, () => pool.run(warmUpTask, new Uint8Array(0), { threads })),
      ).then(() => undefined)
      warming.catch(() => (warming = undefined))
      return warming
    },
    close: () => pool.close(),
  }
}
