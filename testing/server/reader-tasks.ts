// Worker tasks standing in for the local reader in tests of the reader's pool (server/reader/local-reader.ts):
// they run inside real pool workers, like the reader's own task module, but read nothing.
import { threadId } from 'node:worker_threads'
import { inspectImage } from '#server/image/image-header.ts'
import type { LocalReaderAnswer, ReadCardArgs } from '#server/reader/local-reader-answer.ts'
import { READER_ANSWER } from './fake-local-reader.ts'

/** Warm-ups this worker has done (module state lives as long as the worker, like the reader's models). */
let warmUps = 0

/** The canned reading, with the threads it was given, its worker and its warm-ups in fields a test reads back. */
export function readCanned(_bytes: Uint8Array, args: ReadCardArgs): LocalReaderAnswer {
  return {
    ...READER_ANSWER,
    Symbol: `threads:${args.threads}`,
    EnName: `worker:${threadId}`,
    CnName: `warmed:${warmUps}`,
  }
}

/** Something that is not the seam's shape: must never pass for a reading. */
export function readMalformed(_bytes: Uint8Array, _args: ReadCardArgs): unknown {
  return { CnName: 42, LocalReading: 'sure' }
}

export function warmUpHere(_bytes: Uint8Array, _args: { threads: number }): number {
  return ++warmUps
}

/** Keeps this worker's thread busy (no awaits), as a long decode does, for `ms` (or until the worker is stopped). */
function spin(ms: number): void {
  const until = performance.now() + ms
  while (performance.now() < until);
}

/**
 * Reads by the image's declared width, so a test can send cheap, slow and never-ending readings as real image
 * files: ≥ 2000 px wide never ends on its own (only a stopped worker ends it), ≥ 1000 px takes 1.5 s, else at once.
 */
export function readByWidth(bytes: Uint8Array, args: ReadCardArgs): LocalReaderAnswer {
  const { width } = inspectImage(bytes)
  if (width >= 2000) spin(600_000)
  else if (width >= 1000) spin(1_500)
  return readCanned(bytes, args)
}
