// What a page (and its worker) received of the device reader's runtime and models: the proof that a second
// visit downloads none of them, and that the first received them compressed.
import type { Page } from '@playwright/test'

/** The runtime and the models (the dictionary and code are small and may come from the HTTP cache anyway) */
export const RUNTIME_OR_MODEL = /\/assets\/[^/]+\.(wasm|onnx)$/

/** Every runtime or model response the page received: encoded bytes on the wire, encoding */
export function watchAssetWire(page: Page) {
  const seen: { url: string; encoding: string | undefined; bytes: number }[] = []
  page.on('requestfinished', (request) => {
    if (!RUNTIME_OR_MODEL.test(new URL(request.url()).pathname)) return
    void (async () => {
      const response = await request.response()
      const sizes = await request.sizes()
      seen.push({
        url: request.url(),
        encoding: response?.headers()['content-encoding'],
        bytes: sizes.responseBodySize + sizes.responseHeadersSize,
      })
    })()
  })
  return seen
}
