// The device reader as the page uses it: one worker per journey, which downloads the runtime and the models once
// (the browser keeps them: hashed, immutable assets), reads photos without sending them anywhere, and is ended
// when the journey ends so its memory goes back. Must be loaded with a dynamic import, never in the first screen.
import type {
  DeviceCardResult,
  DeviceReadingFailure,
  DeviceReadingOutcome,
  DeviceReadingStages,
  FromWorker,
  ToWorker,
} from './device-reader-protocol.ts'
import { browserTraits, readerSupportOf, type DeviceReaderUnsupported } from './device-reader-support.ts'

export type {
  DeviceCardResult,
  DeviceReaderUnsupported,
  DeviceReadingFailure,
  DeviceReadingOutcome,
  DeviceReadingStages,
}

export function deviceReaderSupport(): { ok: true } | { ok: false; reason: DeviceReaderUnsupported } {
  return readerSupportOf(browserTraits())
}

type Progress = (loadedBytes: number, totalBytes: number) => void

/** What the prepared reader runs on: the WASM threads its runtime started with. */
export interface DeviceReaderReady {
  threads: number
}

interface Running {
  worker: Worker
  ready: Promise<DeviceReaderReady>
  listeners: Set<Progress>
  answers: Map<number, (outcome: DeviceReadingOutcome, stages?: DeviceReadingStages) => void>
  nextId: number
}

let running: Running | undefined

class PrepareError extends Error {
  constructor(readonly reason: DeviceReadingFailure) {
    super(`device reader not ready: ${reason}`)
  }
}

/** WASM threads need SharedArrayBuffer, which only a cross-origin isolated page has; one thread otherwise. */
function threads(): number {
  if (!globalThis.crossOriginIsolated) return 1
  return Math.max(1, Math.min(4, navigator.hardwareConcurrency || 1))
}

function start(): Running {
  const worker = new Worker(new URL('./device-reader.worker.ts', import.meta.url), {
    type: 'module',
    name: 'device-reader',
  })
  const listeners = new Set<Progress>()
  const answers: Running['answers'] = new Map()
  const ready = new Promise<DeviceReaderReady>((resolve, reject) => {
    worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
      const message = event.data
      if (message.type === 'progress') listeners.forEach((l) => l(message.loaded, message.total))
      else if (message.type === 'ready') resolve({ threads: message.threads })
      else if (message.type === 'prepare-failed') reject(new PrepareError(message.reason))
      else if (message.type === 'answer') {
        answers.get(message.id)?.(message.outcome, message.stages)
        answers.delete(message.id)
      }
    })
    // A worker that cannot even start (its script failed to load) is a failed download.
    worker.addEventListener('error', () => {
      reject(new PrepareError('download'))
      answers.forEach((answer) => answer({ kind: 'failed', reason: 'runtime' }))
      answers.clear()
    })
  })
  const message: ToWorker = { type: 'prepare', threads: threads() }
  worker.postMessage(message)
  return { worker, ready, listeners, answers, nextId: 1 }
}

/** Idempotent: starts (or joins) the background download of code, runtime and models; resolves when ready. */
export function prepareDeviceReader(onProgress?: Progress): Promise<DeviceReaderReady> {
  running ??= start()
  const current = running
  if (onProgress) current.listeners.add(onProgress)
  // A failed preparation is not kept: the next call starts afresh (the browser's cache keeps what arrived).
  current.ready.catch(() => {
    if (running === current) releaseDeviceReader()
  })
  return current.ready
}

function aborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason)
    signal.addEventListener('abort', () => reject(signal.reason), { once: true })
  })
}

/** Reads one compressed card photo on the device. The result is exactly what POST /api/recognize answers for a
 *  card (RecognizeResult) without its requestId/ticket, which the caller adds. Rejects only when `signal` aborts. */
export async function readOnDevice(
  jpeg: Blob,
  options: { signal?: AbortSignal; onStages?: (stages: DeviceReadingStages) => void } = {},
): Promise<DeviceReadingOutcome> {
  const { signal, onStages } = options
  signal?.throwIfAborted()
  const answer = (async (): Promise<DeviceReadingOutcome> => {
    try {
      await prepareDeviceReader()
    } catch (error) {
      return { kind: 'failed', reason: error instanceof PrepareError ? error.reason : 'runtime' }
    }
    const current = running
    if (!current) return { kind: 'failed', reason: 'runtime' }
    const id = current.nextId++
    return new Promise<DeviceReadingOutcome>((resolve) => {
      current.answers.set(id, (outcome, stages) => {
        if (stages) onStages?.(stages)
        resolve(outcome)
      })
      const message: ToWorker = { type: 'read', id, jpeg }
      current.worker.postMessage(message)
    })
  })()
  // An abandoned reading finishes in the worker and is dropped: stopping it would also drop the loaded models.
  return signal ? Promise.race([answer, aborted(signal)]) : answer
}

/** Frees the worker and its models (the journey ended). */
export function releaseDeviceReader(): void {
  const current = running
  running = undefined
  if (!current) return
  current.worker.terminate()
  current.answers.forEach((answer) => answer({ kind: 'failed', reason: 'runtime' }))
  current.answers.clear()
  current.listeners.clear()
}
