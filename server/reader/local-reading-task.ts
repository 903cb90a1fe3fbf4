// The local reader as worker-pool tasks (server/image/worker-pool.ts): each reader worker imports this module
// once, so the models it loads stay loaded for every later card that worker reads.
import { workerTask } from '#server/image/worker-pool.ts'
import type { LocalReaderAnswer, ReadCardArgs } from './local-reader-answer.ts'

/** The reader's answer for one image (see local-reader-answer.ts). */
export async function readCardLocally(_bytes: Uint8Array, _args: ReadCardArgs): Promise<LocalReaderAnswer> {
  const error = new Error('the local reader is not part of this build yet')
  error.name = 'ReaderUnavailable'
  throw error
}

/** Loads the models ahead of the first card, so that one is not slow. */
export async function warmUpReader(_bytes: Uint8Array, _args: { threads: number }): Promise<true> {
  return true
}

export const readCardTask = workerTask<typeof readCardLocally>(
  new URL('./local-reading-task.ts', import.meta.url),
  'readCardLocally',
)
export const warmUpReaderTask = workerTask<typeof warmUpReader>(
  new URL('./local-reading-task.ts', import.meta.url),
  'warmUpReader',
)
