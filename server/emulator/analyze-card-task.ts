// The emulator's image work as one worker task (server/image/worker-pool.ts): decode, find and straighten the
// card, measure blur and glare, cut the portraits. Run in a pool worker so a large image never stalls the server's event loop.
import { decodeImage } from '#server/image/decode-image.ts'
import { workerTask } from '#server/image/worker-pool.ts'
import { cutPortraits, straightenCard, type Portraits } from './analyze-image.ts'
import { measureCard } from '#src/reader/7-warnings/card-quality.ts'

export interface CardAnalysis {
  /** WarnCardInfos codes the pixels call for (blur, glare). */
  warnings: number[]
  portraits: Portraits | null
}

/** Throws DecodeError (by name, across the thread) for anything that is not a decodable JPEG or PNG. */
export function analyzeCardImage(bytes: Uint8Array, args: { portraits: boolean }): CardAnalysis {
  const card = straightenCard(decodeImage(bytes))
  return {
    warnings: measureCard(card).warnings,
    portraits: args.portraits ? cutPortraits(card) : null,
  }
}

export const analyzeCardTask = workerTask<typeof analyzeCardImage>(
  new URL('./analyze-card-task.ts', import.meta.url),
  'analyzeCardImage',
)

/** Loads this module (and the decoders) in a worker ahead of the first image, so that one is not slow. */
export function warmUpAnalysis(): true {
  return true
}

export const warmUpTask = workerTask<typeof warmUpAnalysis>(
  new URL('./analyze-card-task.ts', import.meta.url),
  'warmUpAnalysis',
)
