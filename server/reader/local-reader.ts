// The local reader as the server uses it: readings run in a pool of reader workers of their own (not the image
// pool, whose quick decodes must not wait behind a reading), so the event loop keeps answering — health checks
// included — while a card is read. Each worker loads the models once (~0.5 GB), so the number of workers
// (READER_WORKERS, default 1) bounds the memory; the cores are shared among them as inference threads.
import { availableParallelism } from 'node:os'
// libvips must be loaded by the main thread before worker threads use it (sharp's rule on glibc Linux)
import 'sharp'
import { inspectImage } from '#server/image/image-header.ts'
import { WorkerPool, type WorkerTask } from '#server/image/worker-pool.ts'
import { localReaderAnswerSchema, type LocalReaderAnswer, type ReadCardArgs } from './local-reader-answer.ts'
import { readCardTask, warmUpReaderTask } from './local-reading-task.ts'

/** A worker's models loading is given up after this long (the worker is then replaced). */
const PREPARE_TIMEOUT_MS = 30_000
/** Readings that may wait for a worker; past it a reading is refused at once (PoolBusyError). */
const MAX_QUEUE = 8
/**
 * Readings one client address may have waiting or running: half the queue, so one address sending many slow
 * files leaves room for the others (OwnerBusyError → BUSY), and the queue takes each address in turn.
 */
export const MAX_READINGS_PER_ADDRESS = 4

/**
 * A reading's time on its worker: a base well above the reading of a card (p50 3.9 s, p95 6.9 s on a loaded 2-core
 * machine: bench/reader/results.md; more when other work shares the cores) and the decoding's share, which grows
 * with the megapixels the file declares (a 16-bit PNG's counted twice): 12.75 s for a 3 MP photo, 22 s at the
 * 40 MP cap, under the 30 s a worker was given before. Past it the worker is stopped and replaced.
 */
export const READING_BASE_MS = 12_000
export const READING_MS_PER_MP = 250

export function readingBudgetMs(costMp: number): number {
  return Math.round(READING_BASE_MS + READING_MS_PER_MP * costMp)
}

export interface ReadOptions {
  portraits: boolean
  signal?: AbortSignal
  /** At most this long on a worker, however large the image's own budget */
  timeoutMs?: number
  /** The client address's key: its readings are queued in its own turn, within its share */
  owner?: string
}

export interface LocalReader {
  /**
   * The reader's answer, checked against the seam's schema; rejects with ImageLimitError for a file over the
   * limits its headers declare (never queued), else with the pool's errors.
   */
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
  const threads = threadsPerWorker(options.workers)
  const task = options.task ?? readCardTask
  const warmUpTask = options.warmUpTask ?? warmUpReaderTask
  const pool = new WorkerPool({
    size: options.workers,
    maxQueue: MAX_QUEUE,
    maxPerOwner: MAX_READINGS_PER_ADDRESS,
    taskTimeoutMs: PREPARE_TIMEOUT_MS,
    // A worker replaced after a stopped reading loads its models before the next reading's clock starts.
    prepare: { task: warmUpTask, args: { threads } },
  })
  let warming: Promise<void> | undefined
  return {
    async read(bytes, { portraits, signal, timeoutMs, owner }) {
      // On this thread, before any queue: a file over its declared limits never holds a worker.
      const budget = readingBudgetMs(inspectImage(bytes).costMp)
      const answer = await pool.run(
        task,
        bytes,
        { portraits, threads },
        {
          timeoutMs: Math.min(budget, timeoutMs ?? budget),
          ...(signal ? { signal } : {}),
          ...(owner !== undefined ? { owner } : {}),
        },
      )
      return localReaderAnswerSchema.parse(answer)
    },
    warmUp() {
      warming ??= pool.warm()
      warming.catch(() => (warming = undefined))
      return warming
    },
    close: () => pool.close(),
  }
}
