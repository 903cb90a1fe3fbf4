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

let preparing: Promise<{ models: ReaderModels; tables: DecodeTables }> | undefined

async function prepare(threads: number) {
  const [assets, tables] = await Promise.all([
    downloadReaderAssets((loaded, total) => post({ type: 'progress', loaded, total })),
    loadDecodeTables(),
  ])
  // The runtime's WASM arrived with the models, from our own site: the runtime fetches nothing itself.
  ort.env.wasm.wasmBinary = assets.wasm
  ort.env.wasm.proxy = false
  const dictionary = new TextDecoder().decode(assets.dictionary)
  const models = await createWebReaderModels(ort, { ...assets, dictionary }, threads)
  return { models, tables }
}

scope.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const message = event.data
  if (message.type === 'prepare') {
    preparing ??= prepare(message.threads)
    preparing.then(
      () => post({ type: 'ready' }),
      (error: unknown) => post({ type: 'prepare-failed', reason: failureOf(error) }),
    )
    return
  }
  const { id, jpeg } = message
  void (async () => {
    try {
      if (!preparing) throw new Error('read before prepare')
      const { models, tables } = await preparing
      post({ type: 'answer', id, outcome: await readOnThisDevice(jpeg, models, tables) })
    } catch (error) {
      post({ type: 'answer', id, outcome: { kind: 'failed', reason: failureOf(error) } })
    }
  })()
})
