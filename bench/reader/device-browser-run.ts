// The device reader's side of bench:device, in headless Chromium driving the test page (the app's Vite config,
// served through our own site): cold preparation and first reading, each card's time and reading, the bytes our
// server put on the wire on a first visit (compressed where the browser accepts it) and on a second visit (a new
// page of the same context: the worker takes the runtime and models from Cache Storage), and the peak memory of
// Chromium's processes (RSS of the browser's whole process tree, sampled).
import { readFile } from 'node:fs/promises'
import { chromium } from '@playwright/test'
import type { DeviceReadingOutcome, DeviceReadingStages } from '#src/device-reader/device-reader-protocol.ts'
import { chromiumArgs, chromiumExecutablePath } from '#testing/browser/chromium.ts'
import type { DeviceReaderPageApi } from '#testing/device-reader/device-reader-page-api.ts'
import {
  openEmbeddedReaderPage,
  startEmbeddingHost,
} from '#testing/device-reader/embed-device-reader-page.ts'
import { serveDeviceReaderPage } from '#testing/device-reader/serve-device-reader-page.ts'
import type { BenchItem } from './bench-sets.ts'

export interface DeviceRun {
  /** Preparation with an empty cache (download + runtime + sessions), then the first card's reading */
  coldPrepareMs: number
  coldFirstReadingMs: number
  /** The page opened directly: cross-origin isolated, `threads` WASM threads */
  readings: DeviceReading[]
  threads: number
  /** The same cards, alternating with those, in the page framed by another site: not isolated, one thread */
  oneThreadReadings: DeviceReading[]
  /** Bytes of the reader's assets (not the page) our server sent, as on the wire (compressed where accepted) */
  firstVisitAssetBytes: number
  secondVisitAssetBytes: number
  /** Of those on the second visit, the runtime's and models' (the goal is none) */
  secondVisitModelBytes: number
  peakRssMb: number
}

function processTreeRssKb(root: number, stats: Map<number, { ppid: number; rssKb: number }>): number {
  let total = stats.get(root)?.rssKb ?? 0
  for (const [pid, s] of stats) if (s.ppid === root && pid !== root) total += processTreeRssKb(pid, stats)
  return total
}

async function processStats(): Promise<Map<number, { ppid: number; rssKb: number }>> {
  const { readdir } = await import('node:fs/promises')
  const stats = new Map<number, { ppid: number; rssKb: number }>()
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const status = await readFile(`/proc/${name}/status`, 'utf8')
      const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1] ?? 0)
      const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0)
      stats.set(Number(name), { ppid, rssKb })
    } catch {
      // the process ended while we looked
    }
  }
  return stats
}

export interface DeviceReading {
  id: string
  ms: number
  outcome: DeviceReadingOutcome
  stages?: DeviceReadingStages
}

const ASSET = /\/assets\/(?!index-)[^/]+$/
const MODEL = /\.(onnx|wasm)$/

export async function runDeviceReader(distDir: string, items: BenchItem[]): Promise<DeviceRun> {
  let visit = 1
  const sent = { first: 0, second: 0, secondModels: 0 }
  const host = await startEmbeddingHost()
  const site = await serveDeviceReaderPage(
    distDir,
    Object.fromEntries(items.map((item) => [item.id, item.path])),
    0,
    (path, bytes) => {
      if (!ASSET.test(path)) return
      if (visit === 1) sent.first += bytes
      else if (visit === 2) sent.second += bytes
      if (visit === 2 && MODEL.test(path)) sent.secondModels += bytes
    },
    host.origin,
  )
  const server = await chromium.launchServer({ executablePath: chromiumExecutablePath(), args: chromiumArgs })
  const rootPid = server.process().pid!
  let peakKb = 0
  const sampler = setInterval(() => {
    void processStats().then((stats) => (peakKb = Math.max(peakKb, processTreeRssKb(rootPid, stats))))
  }, 250)
  try {
    const browser = await chromium.connect(server.wsEndpoint())
    const context = await browser.newContext()
    const page = await context.newPage()
    type Api = { deviceReader: DeviceReaderPageApi }
    await page.goto(site.pageUrl)
    await page.waitForFunction(() => 'deviceReader' in window)
    const prepared = await page.evaluate(() => (window as unknown as Api).deviceReader.prepare())
    // The embedded page downloads its own copy (the HTTP cache is keyed by the top-level site): not counted.
    visit = 0
    const framed = await openEmbeddedReaderPage(await context.newPage(), host, site)
    await framed.evaluate(() => (window as unknown as Api).deviceReader.prepare())
    const readings: DeviceReading[] = []
    const oneThreadReadings: DeviceReading[] = []
    const read = async (on: typeof page | typeof framed, item: BenchItem, into: DeviceReading[]) => {
      const url = `/inputs/${item.id}`
      const reading = await on.evaluate((u) => (window as unknown as Api).deviceReader.read(u), url)
      into.push({ id: item.id, ...reading })
    }
    // Alternating, each card read by both, the first of the pair swapped each card: the ratio of the two is
    // measured under the same load, whatever the load is.
    for (const [i, item] of items.entries()) {
      if (i % 2 === 0) {
        await read(page, item, readings)
        await read(framed, item, oneThreadReadings)
      } else {
        await read(framed, item, oneThreadReadings)
        await read(page, item, readings)
      }
    }
    await framed.evaluate(() => (window as unknown as Api).deviceReader.release())
    // A second visit in the same browser: a new page, whose new worker should find its assets in Cache Storage.
    await page.evaluate(() => (window as unknown as Api).deviceReader.release())
    await page.close()
    visit = 2
    const again = await context.newPage()
    await again.goto(site.pageUrl)
    await again.waitForFunction(() => 'deviceReader' in window)
    await again.evaluate(() => (window as unknown as Api).deviceReader.prepare())
    await browser.close()
    return {
      coldPrepareMs: prepared.ms,
      coldFirstReadingMs: prepared.ms + (readings[0]?.ms ?? 0),
      readings,
      threads: prepared.threads,
      oneThreadReadings,
      firstVisitAssetBytes: sent.first,
      secondVisitAssetBytes: sent.second,
      secondVisitModelBytes: sent.secondModels,
      peakRssMb: peakKb / 1024,
    }
  } finally {
    clearInterval(sampler)
    await server.close()
    await site.close()
    await host.close()
  }
}
