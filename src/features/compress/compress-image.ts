// The page's side of compression: hands the source to a module worker (transferring a camera bitmap,
// not copying it) and falls back to the main thread only where OffscreenCanvas does not exist.
import { CompressError } from './compress-error.ts'
import {
  DEFAULT_COMPRESS_OPTIONS,
  type CompressOptions,
  type CompressRequest,
  type CompressResponse,
  type CompressResult,
} from './compress-types.ts'

/** A worker that has not answered by then has crashed or hung (e.g. out of memory): fail, don't wait. */
const WORKER_TIMEOUT_MS = 30_000

interface Pending {
  resolve: (result: CompressResult) => void
  reject: (error: Error) => void
  timer: ReturnType<typeof setTimeout>
}

let worker: Worker | null = null
let nextId = 1
const pending = new Map<number, Pending>()

function settle(id: number): Pending | undefined {
  const entry = pending.get(id)
  pending.delete(id)
  if (entry) clearTimeout(entry.timer)
  return entry
}

function failAll(message: string) {
  for (const id of [...pending.keys()]) settle(id)?.reject(new CompressError('failed', message))
  worker?.terminate()
  worker = null
}

function getWorker(): Worker {
  if (worker) return worker
  worker = new Worker(new URL('./compress-image.worker.ts', import.meta.url), { type: 'module' })
  worker.onmessage = (event: MessageEvent<CompressResponse>) => {
    const entry = settle(event.data.id)
    if (!entry) return
    if (event.data.ok) entry.resolve(event.data.result)
    else entry.reject(new CompressError(event.data.reason, event.data.message))
  }
  worker.onerror = () => failAll('The compression worker failed.')
  return worker
}

/** Starts the worker now, while the page can still load its script: a photo taken offline is then
 * still prepared (a worker first asked for while offline cannot load). */
export function warmCompressor(): void {
  if (typeof OffscreenCanvas !== 'undefined' && typeof Worker !== 'undefined') getWorker()
}

export async function compressImage(
  source: Blob | ImageBitmap,
  options: Partial<CompressOptions> = {},
): Promise<CompressResult> {
  const merged = { ...DEFAULT_COMPRESS_OPTIONS, ...options }
  if (typeof OffscreenCanvas === 'undefined' || typeof Worker === 'undefined') {
    // Only browsers without OffscreenCanvas need the main-thread path: the rest never download it.
    const { compressBitmapOrBlob } = await import('./compress-core.ts')
    return compressBitmapOrBlob(source, merged)
  }
  const id = nextId++
  const request: CompressRequest = { id, source, options: merged }
  return new Promise<CompressResult>((resolve, reject) => {
    const timer = setTimeout(() => failAll('The compression worker did not answer.'), WORKER_TIMEOUT_MS)
    pending.set(id, { resolve, reject, timer })
    getWorker().postMessage(request, source instanceof ImageBitmap ? [source] : [])
  })
}
