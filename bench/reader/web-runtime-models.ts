// The reader's models on onnxruntime-web's WASM build, run in Node: the very package a browser worker would use,
// so its time here is a fair preview of on-device reading (SIMD, two threads).
import { readFile } from 'node:fs/promises'
import * as ort from 'onnxruntime-web'
import type { InferenceModel, ReaderModels, Tensor } from '#src/reader/inference-model.ts'
import { dictionaryLines, modelFiles } from '#server/reader/reader-models.ts'

async function webModel(path: string): Promise<InferenceModel> {
  const session = await ort.InferenceSession.create(new Uint8Array(await readFile(path)), {
    executionProviders: ['wasm'],
    graphOptimizationLevel: 'all',
  })
  const input = session.inputNames[0]!
  const output = session.outputNames[0]!
  return {
    async run(tensor: Tensor): Promise<Tensor> {
      const result = await session.run({ [input]: new ort.Tensor('float32', tensor.data, tensor.dims) })
      const out = result[output]!
      return { data: out.data as Float32Array, dims: out.dims }
    },
  }
}

export async function loadWebReaderModels(threads = 2): Promise<ReaderModels> {
  ort.env.wasm.numThreads = threads
  const files = modelFiles()
  const [detector, recognizer, orientation, dictionary] = await Promise.all([
    webModel(files.detector),
    webModel(files.recognizer),
    webModel(files.orientation),
    dictionaryLines(files.dictionary),
  ])
  return { detector, recognizer, orientation, dictionary }
}
