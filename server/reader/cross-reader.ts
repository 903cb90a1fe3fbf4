// The local reader as the cross-check's second reader (server/upstream/cross-check.ts): a busy pool or any
// failure becomes a reason, never an exception, so the request it accompanies is never failed by it.
import { PoolBusyError } from '#server/image/worker-pool.ts'
import type { CrossReader } from '#server/upstream/cross-check.ts'
import type { LocalReader } from './local-reader.ts'

export function crossReaderOf(reader: LocalReader): CrossReader {
  return async (image, signal, owner) => {
    try {
      const options = { portraits: false, signal, ...(owner !== undefined ? { owner } : {}) }
      return { ok: true, answer: await reader.read(image, options) }
    } catch (error) {
      return { ok: false, reason: error instanceof PoolBusyError ? 'busy' : 'failed' }
    }
  }
}
