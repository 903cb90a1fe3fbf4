// The local reader as worker-pool tasks (server/image/worker-pool.ts): each reader worker imports this module
// once, so the models it loads stay loaded for every later card that worker reads.
import { workerTask } from '#server/image/worker-pool.ts'
import type { LocalReaderAnswer, ReadCardArgs } from './local-reader-answer.ts'
import { readCardBytes } from './read-card-bytes.ts'
import { loadReaderModels } from './reader-models.ts'

/** The reader's answer for one image, without a RequestId (the emulator gives its own). */
export async function readCardLocally(bytes: Uint8Array, args: ReadCardArgs): Promise<LocalReaderAnswer> {
  const models = await loadReaderModels({ threads: args.threads })
  const { Response: answer } = await readCardBytes(bytes, { returnPortraits: args.portraits, models })
  const { RequestId: _ours, ...rest } = answer
  return rest as LocalReaderAnswer
}

/** Loads the models ahead of the first card, so that one is not slow. */
export async function warmUpReader(_bytes: Uint8Array, args: { threads: number }): Promise<true> {
  await loadReaderModels({ threads: args.threads })
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
