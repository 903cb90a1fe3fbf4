// The reader's models on onnxruntime-web's WASM build, run in Node through the device reader's own adapter
// (src/device-reader/web-runtime-models.ts): the very package a browser worker uses, so its time here is a fair
// preview of on-device reading (SIMD, two threads).
import { readFile } from 'node:fs/promises'
import * as ort from 'onnxruntime-web'
import { createWebReaderModels } from '#src/device-reader/web-runtime-models.ts'
import type { ReaderModels } from '#src/reader/inference-model.ts'
import { modelFiles } from '#server/reader/reader-models.ts'

export async function loadWebReaderModels(threads = 2): Promise<ReaderModels> {
  const files = modelFiles()
  const [detector, recognizer, orientation, dictionary] = await Promise.all([
    readFile(files.detector),
    readFile(files.recognizer),
    readFile(files.orientation),
    readFile(files.dictionary, 'utf8'),
  ])
  const bytes = { detector, recognizer, orientation, dictionary }
  return createWebReaderModels(ort, bytes, threads)
}
