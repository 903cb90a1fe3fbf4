// The device reader's assets are downloaded once: after a reading in one page, a new page of the same browser
// context (a second visit) reads again with no request for the runtime or models — Cache Storage serves them
// to the worker — and the first visit received them compressed, with progress counted to the decoded total.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { buildDeviceReaderPage } from '#testing/device-reader/build-device-reader-page.ts'
import type { DeviceReaderPageApi } from '#testing/device-reader/device-reader-page-api.ts'
import {
  serveDeviceReaderPage,
  type DeviceReaderSite,
} from '#testing/device-reader/serve-device-reader-page.ts'
import { readerCard } from '#testing/e2e/reader-cards.ts'

/** The runtime and the models (the dictionary and code are small and may come from the HTTP cache anyway) */
const RUNTIME_OR_MODEL = /\/assets\/[^/]+\.(wasm|onnx)$/

let dir: string
let site: DeviceReaderSite
/** What our server answered for the runtime and models, by visit: the request never reaching it is the proof */
const served: { visit: number; path: string; bytes: number }[] = []
let visit = 1

test.beforeAll(async () => {
  test.setTimeout(240_000)
  // A build of its own: the other device reader spec may build its page at the same time in another shard
  dir = await buildDeviceReaderPage(mkdtempSync(join(tmpdir(), 'hkid-device-cache-')))
  site = await serveDeviceReaderPage(dir, { card: readerCard('upload').photo }, 0, (path, bytes) => {
    if (RUNTIME_OR_MODEL.test(path)) served.push({ visit, path, bytes })
  })
})

test.afterAll(async () => {
  await site?.close()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

/** Every runtime or model response the page (and its worker) received: encoded bytes on the wire, encoding */
function watchWire(page: Page) {
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

async function visitAndRead(page: Page) {
  await page.goto(site.pageUrl)
  await page.waitForFunction(() => 'deviceReader' in window)
  const prepared = await page.evaluate(() => window.deviceReader.prepare())
  const reading = await page.evaluate(() => window.deviceReader.read('/inputs/card'))
  await page.evaluate(() => window.deviceReader.release())
  return { prepared, reading }
}

test('a second visit reads with no byte of the runtime or models from the network', async ({ context }) => {
  test.setTimeout(600_000)
  const first = await context.newPage()
  const firstWire = watchWire(first)
  const cold = await visitAndRead(first)
  expect(cold.reading.outcome.kind).toBe('card')
  // Progress counts decoded bytes against the decoded total the build knows, though the wire carried less
  expect(cold.prepared.loaded).toBe(cold.prepared.total)
  const firstServed = served.filter((s) => s.visit === 1)
  expect(firstServed.map((s) => s.path.replace(/-[\w-]{8}(\.\w+)$/, '$1')).sort()).toEqual([
    '/assets/ch_PP-OCRv4_det_infer.onnx',
    '/assets/ch_PP-OCRv4_rec_infer.onnx',
    '/assets/ch_ppocr_mobile_v2.0_cls_infer.onnx',
    '/assets/ort-wasm-simd-threaded.wasm',
  ])
  await expect.poll(() => firstWire.length).toBe(4)
  const runtime = firstWire.find((r) => r.url.endsWith('.wasm'))
  expect(runtime?.encoding).toBe('br')
  // The 14 MB runtime crossed the wire as well under half of it
  expect(runtime!.bytes).toBeLessThan(cold.prepared.total / 4)
  await first.close()

  visit = 2
  const second = await context.newPage()
  const secondWire = watchWire(second)
  const warm = await visitAndRead(second)
  expect(warm.reading.outcome).toEqual(cold.reading.outcome)
  expect(warm.prepared).toMatchObject({ loaded: cold.prepared.total, total: cold.prepared.total })
  expect(served.filter((s) => s.visit === 2)).toEqual([])
  expect(secondWire.reduce((n, r) => n + r.bytes, 0)).toBe(0)
  await second.close()
})

declare global {
  interface Window {
    deviceReader: DeviceReaderPageApi
  }
}
