// The page's side of compression: hands the source to a module worker (transferring a camera bitmap,
// not copying it) and falls back to the main thread only where OffscreenCanvas does not exist.
import { compressBitmapOrBlob } from './compress-core.ts'
import {
  DEFAULT_COMPRESS_OPTIONS,
  type CompressOptions,
  type CompressRequest,
  type CompressResponse,
  type CompressResult,
} from './compress-types.ts'

export class CompressError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CompressError'
  }
}

let worker: Worker | null = null
let nextId = 1
const pending = new Map<number, { resolve: (r: CompressResult) => void; reject: (e: Error) => void }>()

function getWorker(): Worker {
  if (worker) return worker
  worker = new Worker(new URL('./compress-image.worker.ts', import.meta.url), { type: 'module' })
  worker.onmessage = (event: MessageEvent<CompressResponse>) => {
    const entry = pending.get(event.data.id)
    if (!entry) return
    pending.delete(event.data.id)
    if (event.data.ok) entry.resolve(event.data.result)
    else entry.reject(new CompressError(event.data.message))
  }
  worker.onerror = () => {
    for (const entry of pending.values()) entry.reject(new CompressError('worker failed'))
    pending.clear()
    worker?.terminate()
    worker = null
  }
  return worker
}

export async function compressImage(
  source: Blob | ImageBitmap,
  options: Partial<CompressOptions> = {},
): Promise<CompressResult> {
  const merged = { ...DEFAULT_COMPRESS_OPTIONS, ...options }
  if (typeof OffscreenCanvas === 'undefined' || typeof Worker === 'undefined') {
    return compressBitmapOrBlob(source, merged).catch((error: unknown) => {
      throw new CompressError(error instanceof Error ? error.message : 'compress failed')
    })
  }
  const id = nextId++
  const request: CompressRequest = { id, source, options: merged }
  return new Promise<CompressResult>((resolve, reject) => {
    pending.set(id, { resolve, reject })
    getWorker().postMessage(request, source instanceof ImageBitmap ? [source] : [])
  })
}
