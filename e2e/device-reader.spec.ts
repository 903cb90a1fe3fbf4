// The device reader in Chromium against the server's local reader on the same cards: the reading on
// the device must be the server's answer field for field (the keyless app's /api/hkid/recognize, real HTTP). The
// reader runs in a test page built apart from the app with the app's Vite config, served through our own site.
// The first page's reading is also the cold visit of the download cache: a second page of the same context (a
// second visit) reads again with no request for the runtime or models — Cache Storage serves them to the worker
// — and the first visit received them compressed, with progress counted to the decoded total. (One build and one
// cold download for both: the cache check was a spec of its own that built and downloaded everything again.)
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { recognizeResultSchema, type RecognizeResult } from '#src/hkid/recognize-contract.ts'
import { contentSecurityPolicy } from '#server/http/security-headers.ts'
import { buildDeviceReaderPage } from '#testing/device-reader/build-device-reader-page.ts'
import {
  openEmbeddedReaderPage,
  startEmbeddingHost,
  type EmbeddingHost,
} from '#testing/device-reader/embed-device-reader-page.ts'
import type { DeviceReaderPageApi } from '#testing/device-reader/device-reader-page-api.ts'
import {
  serveDeviceReaderPage,
  type DeviceReaderSite,
} from '#testing/device-reader/serve-device-reader-page.ts'
import { RUNTIME_OR_MODEL, watchAssetWire } from '#testing/device-reader/asset-wire.ts'
import { E2E_READER_URL } from '#testing/e2e/ports.ts'
import { readerCard } from '#testing/e2e/reader-cards.ts'
import { REAL_CARDS_DIR } from '#testing/real-cards/real-cards.ts'

/** Three cards the CI machine has without drawing a bank: the two drawn cards of made-up holders (not the
 * specimen) that global set-up makes for the reader's specs, and the Immigration Department's real 2018 specimen
 * (`testing/real-cards/`), whose print is the one the reader must handle. */
const CARDS: { id: string; path: string }[] = [
  { id: 'reader-upload', path: readerCard('upload').photo },
  { id: 'reader-camera', path: readerCard('camera').photo },
  { id: 'real-2018-case2', path: join(REAL_CARDS_DIR, 'hkid-2018-case2.jpg') },
]

/** What both readers must agree on: everything but the request's own ID, the ticket and the portraits' bytes
 * (two JPEG encoders never write the same bytes: that both cut each portrait is compared). */
function comparable(
  result: Omit<RecognizeResult, 'requestId' | 'ticket'> & { requestId?: string; ticket?: string },
) {
  const { portraits, requestId: _requestId, ticket: _ticket, ...rest } = result
  return { ...rest, portraits: { primary: !!portraits.primary, secondary: !!portraits.secondary } }
}

let site: DeviceReaderSite
let host: EmbeddingHost
/** What our server answered for the runtime and models, by visit: the request never reaching it is the proof */
const served: { visit: number; path: string; bytes: number }[] = []
/** The visit of the download-cache check being counted; null outside it (the other tests' pages download too) */
let visit: number | null = null

test.beforeAll(async () => {
  test.setTimeout(180_000)
  const dir = await buildDeviceReaderPage()
  // The site names a business's page as its record host, as an embedding deployment does: a page opened directly
  // is still isolated, the same page in that host's frame is not.
  host = await startEmbeddingHost()
  const photos = Object.fromEntries(CARDS.map((c) => [c.id, c.path]))
  const count = (path: string, bytes: number) => {
    if (visit !== null && RUNTIME_OR_MODEL.test(path)) served.push({ visit, path, bytes })
  }
  site = await serveDeviceReaderPage(dir, photos, 0, count, host.origin)
})

test.afterAll(async () => {
  await site?.close()
  await host?.close()
})

async function serverReading(path: string): Promise<RecognizeResult> {
  const body = await readFile(path)
  const recognize = () =>
    fetch(`${E2E_READER_URL}/api/hkid/recognize`, {
      method: 'POST',
      headers: { 'Content-Type': 'image/jpeg' },
      body,
    })
  // A loaded machine can run a server reading past its deadline (504): once more, as a person would
  let server = await recognize()
  if (server.status === 504) server = await recognize()
  expect(server.status, path).toBe(200)
  return recognizeResultSchema.parse(await server.json())
}

test('the device reads three cards exactly as the server reader does, and a second visit downloads nothing', async ({
  context,
  page,
}) => {
  test.setTimeout(600_000)
  visit = 1
  const firstWire = watchAssetWire(page)
  await page.goto(site.pageUrl)
  await page.waitForFunction(() => 'deviceReader' in window)
  expect(await page.evaluate(() => window.deviceReader.support())).toEqual({ ok: true })
  const prepared = await page.evaluate(() => window.deviceReader.prepare())
  expect(prepared.loaded).toBe(prepared.total)
  // Opened directly, the page is cross-origin isolated: the runtime starts min(cores, 4) threads.
  const cores = await page.evaluate(() => navigator.hardwareConcurrency)
  expect(prepared).toMatchObject({ isolated: true, threads: Math.max(1, Math.min(4, cores)) })
  const cold: Record<string, unknown> = {}
  for (const card of CARDS) {
    const serverResult = await serverReading(card.path)
    const device = await page.evaluate((url) => window.deviceReader.read(url), `/inputs/${card.id}`)
    cold[card.id] = device.outcome
    expect(device.outcome.kind, card.id).toBe('card')
    if (device.outcome.kind !== 'card') continue
    expect(comparable(device.outcome.result), card.id).toEqual(comparable(serverResult))
  }
  await page.evaluate(() => window.deviceReader.release())

  // The first visit: the runtime and the three models, each once, the 14 MB runtime compressed to under a
  // quarter of its decoded size (progress counts the decoded bytes the build knows, checked above)
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
  expect(runtime!.bytes).toBeLessThan(prepared.total / 4)
  await page.close()

  // The second visit: a new page of the same context reads the same card alike with no byte of them fetched
  visit = 2
  const second = await context.newPage()
  const secondWire = watchAssetWire(second)
  await second.goto(site.pageUrl)
  await second.waitForFunction(() => 'deviceReader' in window)
  const warm = await second.evaluate(() => window.deviceReader.prepare())
  expect(warm).toMatchObject({ loaded: prepared.total, total: prepared.total })
  const card = CARDS[0]!
  const reading = await second.evaluate((url) => window.deviceReader.read(url), `/inputs/${card.id}`)
  expect(reading.outcome).toEqual(cold[card.id])
  await second.evaluate(() => window.deviceReader.release())
  expect(served.filter((s) => s.visit === 2)).toEqual([])
  expect(secondWire.reduce((n, r) => n + r.bytes, 0)).toBe(0)
  visit = null
  await second.close()
})

test('in a business’s frame the page is not isolated, and the device still reads, on one thread', async ({
  page,
}) => {
  test.setTimeout(300_000)
  const frame = await openEmbeddedReaderPage(page, host, site)
  const prepared = await frame.evaluate(() => window.deviceReader.prepare())
  expect(prepared).toMatchObject({ isolated: false, threads: 1 })
  const card = CARDS[2]!
  const device = await frame.evaluate((url) => window.deviceReader.read(url), `/inputs/${card.id}`)
  expect(device.outcome.kind).toBe('card')
  if (device.outcome.kind === 'card')
    expect(comparable(device.outcome.result)).toEqual(comparable(await serverReading(card.path)))
  await frame.evaluate(() => window.deviceReader.release())
})

test('only the reader worker may compile WebAssembly: the page refuses inline script and WebAssembly', async ({
  page,
}) => {
  const response = await page.goto(site.pageUrl)
  // the page's own policy, the record host being the one other page that may frame it
  expect(response?.headers()['content-security-policy']).toBe(
    contentSecurityPolicy({ recordHostOrigin: host.origin }),
  )
  const refused = await page.evaluate(() => {
    const script = document.createElement('script')
    script.textContent = 'window.inlineRan = true'
    document.body.append(script)
    let wasmCompiled = true
    try {
      new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]))
    } catch {
      wasmCompiled = false
    }
    return { inlineRan: 'inlineRan' in window, wasmCompiled }
  })
  // eval is refused by the same header (no 'unsafe-eval'); code Playwright evaluates is exempt, so not tried here
  expect(response?.headers()['content-security-policy']).not.toMatch(/unsafe-eval|unsafe-inline/)
  expect(refused).toEqual({ inlineRan: false, wasmCompiled: false })
  const worker = page.waitForResponse((r) => /device-reader\.worker-[\w-]+\.js$/.test(r.url()))
  const preparing = page.evaluate(() => window.deviceReader.prepare()).catch(() => undefined)
  const workerCsp = (await worker).headers()['content-security-policy']
  expect(workerCsp).toContain("script-src 'self' 'wasm-unsafe-eval'")
  expect(workerCsp).not.toMatch(/'unsafe-eval'|'unsafe-inline'/)
  await preparing
  await page.evaluate(() => window.deviceReader.release())
})

declare global {
  interface Window {
    deviceReader: DeviceReaderPageApi
  }
}
