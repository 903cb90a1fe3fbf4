// The device reader's worker: downloads the runtime and models once, then reads each photo it is sent. The
// photo never leaves it; the page gets the reading, or why there is none.
import * as ort from 'onnxruntime-web/wasm'
import type { DecodeTables } from '#src/reader/5-chinese-name/chinese-name.ts'
import type { ReaderModels } from '#src/reader/inference-model.ts'
import type { DeviceReadingFailure, FromWorker, ToWorker } from './device-reader-protocol.ts'
import { loadDecodeTables, readOnThisDevice } from './device-reading.ts'
import { AssetDownloadError, downloadReaderAssets } from './reader-assets.ts'
import { createWebReaderModels } from './web-runtime-models.ts'

const scope = self as unknown as DedicatedWorkerGlobalScope
const post = (message: FromWorker) => scope.postMessage(message)

/** Out of memory shows as a RangeError or a WASM abort naming memory; either way the device is too small for it. */
function failureOf(error: unknown): DeviceReadingFailure {
  if (error instanceof AssetDownloadError) return 'download'
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error)
  if (error instanceof RangeError || /memory|allocat/i.test(text)) return 'memory'
  return 'runtime'
}

let preparing: Promise<{ models: ReaderModels; tables: DecodeTables; threads: number }> | undefined

/** Threads need SharedArrayBuffer, which only a cross-origin isolated agent has; asked for more, one otherwise. */
function threadsHere(asked: number): number {
  return scope.crossOriginIsolated && typeof SharedArrayBuffer === 'function' ? Math.max(1, asked) : 1
}

async function prepare(asked: number) {
  const threads = threadsHere(asked)
  const [assets, tables] = await Promise.all([
    downloadReaderAssets((loaded, total) => post({ type: 'progress', loaded, total })),
    loadDecodeTables(),
  ])
  // The runtime's WASM arrived with the models, from our own site: the runtime fetches nothing itself.
  ort.env.wasm.wasmBinary = assets.wasm
  ort.env.wasm.proxy = false
  const dictionary = new TextDecoder().decode(assets.dictionary)
  const models = await createWebReaderModels(ort, { ...assets, dictionary }, threads)
  return { models, tables, threads: ort.env.wasm.numThreads ?? threads }
}

function onMessage(event: MessageEvent<ToWorker>) {
  const message = event.data
  if (message.type === 'prepare') {
    preparing ??= prepare(message.threads)
    preparing.then(
      ({ threads }) => post({ type: 'ready', threads }),
      (error: unknown) => post({ type: 'prepare-failed', reason: failureOf(error) }),
    )
    return
  }
  const { id, jpeg } = message
  void (async () => {
    try {
      if (!preparing) throw new Error('read before prepare')
      const { models, tables } = await preparing
      post({ type: 'answer', id, ...(await readOnThisDevice(jpeg, models, tables)) })
    } catch (error) {
      post({ type: 'answer', id, outcome: { kind: 'failed', reason: failureOf(error) } })
    }
  })()
}

// The runtime starts its threads from this very script (the bundled runtime's own URL), named em-pthread:
// there the runtime answers its own messages, and the reader's must not listen.
if (!scope.name.startsWith('em-pthread')) scope.addEventListener('message', onMessage)
