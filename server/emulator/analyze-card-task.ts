// The emulator's image work as one worker task (server/image/worker-pool.ts): decode, measure blur and
// glare, cut the portraits. Run in a pool worker so a large image never stalls the server's event loop.
import { decodeImage } from '#server/image/decode-image.ts'
import { workerTask } from '#server/image/worker-pool.ts'
import { cutPortraits, measureImage, warningsFor, type Portraits } from './analyze-image.ts'

export interface CardAnalysis {
  /** WarnCardInfos codes the pixels call for (blur, glare). */
  warnings: number[]
  portraits: Portraits | null
}

/** Throws DecodeError (by name, across the thread) for anything that is not a decodable JPEG or PNG. */
export function analyzeCardImage(bytes: Uint8Array, args: { portraits: boolean }): CardAnalysis {
  const image = decodeImage(bytes)
  return {
    warnings: warningsFor(measureImage(image)),
    portraits: args.portraits ? cutPortraits(image) : null,
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
