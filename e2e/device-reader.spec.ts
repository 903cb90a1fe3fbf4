// The device reader in Chromium against the server's local reader on the same held-out bank cards: the reading on
// the device must be the server's answer field for field (the keyless app's /api/hkid/recognize, real HTTP). The
// reader runs in a test page built apart from the app with the app's Vite config, served through our own site.
import { readFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import { recognizeResultSchema, type RecognizeResult } from '#src/hkid/recognize-contract.ts'
import { CONTENT_SECURITY_POLICY } from '#server/http/security-headers.ts'
import { loadSet, type BenchItem } from '../bench/reader/bench-sets.ts'
import { buildDeviceReaderPage } from '#testing/device-reader/build-device-reader-page.ts'
import type { DeviceReaderPageApi } from '#testing/device-reader/device-reader-page-api.ts'
import {
  serveDeviceReaderPage,
  type DeviceReaderSite,
} from '#testing/device-reader/serve-device-reader-page.ts'
import { E2E_READER_URL } from '#testing/e2e/ports.ts'

/** Three held-out bank cards, of people other than the specimen, spread over the held-out part. */
const CARDS: BenchItem[] = (() => {
  const items = loadSet('heldOut')
  return [0, 1, 2].map((i) => items[Math.floor((i * items.length) / 3)]!)
})()

/** What both readers must agree on: everything but the request's own ID, the ticket and the portraits' bytes
 * (two JPEG encoders never write the same bytes: that both cut each portrait is compared). */
function comparable(result: Omit<RecognizeResult, 'requestId' | 'ticket'>) {
  const { portraits, ...rest } = result
  return { ...rest, portraits: { primary: !!portraits.primary, secondary: !!portraits.secondary } }
}

let site: DeviceReaderSite

test.beforeAll(async () => {
  test.setTimeout(180_000)
  const dir = await buildDeviceReaderPage()
  site = await serveDeviceReaderPage(dir, Object.fromEntries(CARDS.map((c) => [c.id, c.path])))
})

test.afterAll(async () => {
  await site?.close()
})

test('the device reads three held-out cards exactly as the server reader does', async ({ page }) => {
  test.setTimeout(600_000)
  await page.goto(site.pageUrl)
  await page.waitForFunction(() => 'deviceReader' in window)
  expect(await page.evaluate(() => window.deviceReader.support())).toEqual({ ok: true })
  const prepared = await page.evaluate(() => window.deviceReader.prepare())
  expect(prepared.loaded).toBe(prepared.total)
  for (const card of CARDS) {
    const server = await fetch(`${E2E_READER_URL}/api/hkid/recognize`, {
      method: 'POST',
      headers: { 'Content-Type': 'image/jpeg' },
      body: await readFile(card.path),
    })
    expect(server.status, card.id).toBe(200)
    const serverResult = recognizeResultSchema.parse(await server.json())
    const device = await page.evaluate((url) => window.deviceReader.read(url), `/inputs/${card.id}`)
    expect(device.outcome.kind, card.id).toBe('card')
    if (device.outcome.kind !== 'card') continue
    expect(comparable(device.outcome.result), card.id).toEqual(comparable(serverResult))
  }
})

test('only the reader worker may compile WebAssembly: the page refuses eval and inline script', async ({
  page,
}) => {
  const response = await page.goto(site.pageUrl)
  expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
  const refused = await page.evaluate(() => {
    const evalRan = (() => {
      try {
        return eval('true') as boolean
      } catch {
        return false
      }
    })()
    const script = document.createElement('script')
    script.textContent = 'window.inlineRan = true'
    document.body.append(script)
    let wasmCompiled = true
    try {
      new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]))
    } catch {
      wasmCompiled = false
    }
    return { evalRan, inlineRan: 'inlineRan' in window, wasmCompiled }
  })
  expect(refused).toEqual({ evalRan: false, inlineRan: false, wasmCompiled: false })
  const worker = page.waitForResponse((r) => /device-reader\.worker-[\w-]+\.js$/.test(r.url()))
  void page.evaluate(() => window.deviceReader.prepare())
  const workerCsp = (await worker).headers()['content-security-policy']
  expect(workerCsp).toContain("script-src 'self' 'wasm-unsafe-eval'")
  expect(workerCsp).not.toMatch(/'unsafe-eval'|'unsafe-inline'/)
  await page.evaluate(() => window.deviceReader.release())
})

declare global {
  interface Window {
    deviceReader: DeviceReaderPageApi
  }
}
