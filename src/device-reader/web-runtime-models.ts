// The one onnxruntime-web adapter: the reader's models as WASM sessions, for the device reader's worker and for
// the bench that runs the same package in Node. The caller passes its build of the runtime (the worker the
// WASM-only browser build, Node its own) and the model bytes however it got them (fetched, or read from disk).
import type * as Ort from 'onnxruntime-web'
import type { InferenceModel, ReaderModels, ReaderTuning, Tensor } from '#src/reader/inference-model.ts'

export type OrtWeb = Pick<typeof Ort, 'InferenceSession' | 'Tensor' | 'env'>

export interface ReaderModelBytes {
  detector: Uint8Array
  recognizer: Uint8Array
  orientation: Uint8Array
  /** ppocr_keys_v1.txt as text: one character per line */
  dictionary: string
}

/** The recogniser's dictionary as the server reads it (server/reader/reader-models.ts): one entry per line. */
export function dictionaryEntries(text: string): string[] {
  return text.split('\n').map((line) => line.replace(/\r$/, ''))
}

/** Up to 8 lines of the same padded width in one recogniser run: each reads bit for bit as alone
 *  (src/reader/3-text/text-recognition.ts), and a WASM run's fixed cost is paid once for them (docs/device-reader.md). */
export const WEB_TUNING: ReaderTuning = { recognitionBatch: 8 }

async function webModel(ort: OrtWeb, bytes: Uint8Array): Promise<InferenceModel> {
  const session = await ort.InferenceSession.create(bytes, {
    executionProviders: ['wasm'],
    graphOptimizationLevel: 'all',
  })
  const input = session.inputNames[0]!
  const output = session.outputNames[0]!
  return {
    async run(tensor: Tensor): Promise<Tensor> {
      const feed = new ort.Tensor('float32', tensor.data, tensor.dims)
      const result = await session.run({ [input]: feed })
      const out = result[output]!
      return { data: out.data as Float32Array, dims: out.dims }
    },
  }
}

/**
 * Sessions for the three models, `threads` WASM threads each (more than one only where SharedArrayBuffer exists:
 * Node, or a cross-origin isolated page). Lines of one width are batched (WEB_TUNING): the same readings as the
 * server's one line a run, in fewer calls.
 */
export async function createWebReaderModels(
  ort: OrtWeb,
  bytes: ReaderModelBytes,
  threads: number,
): Promise<ReaderModels> {
  ort.env.wasm.numThreads = threads
  // Sessions one after another: their creation is WASM work on the same threads, and the peak memory stays lower.
  const detector = await webModel(ort, bytes.detector)
  const recognizer = await webModel(ort, bytes.recognizer)
  const orientation = await webModel(ort, bytes.orientation)
  return {
    detector,
    recognizer,
    orientation,
    dictionary: dictionaryEntries(bytes.dictionary),
    tuning: WEB_TUNING,
  }
}
