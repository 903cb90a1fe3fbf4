// The page's side of photo checks: one meter worker kept for them, started early (a worker started
// while offline cannot load), asked about each photo, and given up on quietly if it does not answer —
// a check must never stand between the user and sending.
import type { MeterRequest, MeterResponse } from './meter-protocol.ts'
import type { PhotoProblem } from './photo-check.ts'

const CHECK_TIMEOUT_MS = 8000

let worker: Worker | null = null
let nextId = 1
const waiting = new Map<number, (problems: PhotoProblem[]) => void>()

function getWorker(): Worker | null {
  if (worker) return worker
  if (typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined') return null
  worker = new Worker(new URL('./quality-meter.worker.ts', import.meta.url), { type: 'module' })
  worker.onmessage = (event: MessageEvent<MeterResponse>) => {
    const message = event.data
    if (message.type !== 'photo') return
    waiting.get(message.id)?.(message.problems ?? [])
    waiting.delete(message.id)
  }
  worker.onerror = () => {
    for (const resolve of waiting.values()) resolve([])
    waiting.clear()
    worker?.terminate()
    worker = null
  }
  return worker
}

/** Starts the worker now, while the page can still load it. */
export function warmPhotoCheck(): void {
  getWorker()
}

/** The photo's problems (none when it is fine, or when it could not be checked). */
export function checkPhoto(image: Blob): Promise<PhotoProblem[]> {
  const target = getWorker()
  if (!target) return Promise.resolve([])
  const id = nextId++
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      waiting.delete(id)
      resolve([])
    }, CHECK_TIMEOUT_MS)
    waiting.set(id, (problems) => {
      clearTimeout(timer)
      resolve(problems)
    })
    target.postMessage({ type: 'photo', id, image } satisfies MeterRequest)
  })
}
