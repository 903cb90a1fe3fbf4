// The reader's asset cache: a second load takes nothing from the network, an older hash is evicted, and when
// Cache Storage is missing or throws (private mode, quota) the assets are still downloaded whole, with progress.
import { describe, expect, it } from 'vitest'
import {
  AssetDownloadError,
  loadCachedAssets,
  READER_CACHE_NAME,
  type AssetSources,
} from './cached-assets.ts'

const BASE = 'https://kyc.example.com/assets/device-reader.worker-abc.js'
const bytesOf = (length: number, seed: number) => Uint8Array.from({ length }, (_, i) => (i * seed) % 251)
const FILES: Record<string, Uint8Array> = {
  '/assets/model-aaa.onnx': bytesOf(70_000, 7),
  '/assets/runtime-bbb.wasm': bytesOf(50_000, 13),
}
const ASSETS = {
  model: { url: '/assets/model-aaa.onnx', size: 70_000 },
  runtime: { url: '/assets/runtime-bbb.wasm', size: 50_000 },
}

/** The network: each file in 16 KB chunks, as a body stream does; `served` lists what was asked. */
function network(files = FILES) {
  const served: string[] = []
  const fetch = async (url: string) => {
    served.push(url)
    const file = files[url]
    if (!file) return new Response('Not found', { status: 404 })
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < file.length; at += 16_384) controller.enqueue(file.slice(at, at + 16_384))
        controller.close()
      },
    })
    return new Response(body, { status: 200 })
  }
  return { fetch, served }
}

/** Cache Storage as the browser keeps it, in memory; `failing` makes one of its calls throw as a browser may. */
function cacheStorage(failing?: 'open' | 'put' | 'match') {
  const entries = new Map<string, Uint8Array>()
  const refuse = (call: string) => {
    if (failing === call) throw new DOMException(`${call} refused`, 'QuotaExceededError')
  }
  const cache = {
    async match(key: string) {
      refuse('match')
      const bytes = entries.get(key)
      return bytes ? new Response(bytes.slice()) : undefined
    },
    async put(key: string, response: Response) {
      refuse('put')
      entries.set(key, new Uint8Array(await response.arrayBuffer()))
    },
    async delete(key: string | Request) {
      return entries.delete(typeof key === 'string' ? key : key.url)
    },
    async keys() {
      return [...entries.keys()].map((url) => new Request(url))
    },
  }
  const opened: string[] = []
  const storage = {
    async open(name: string) {
      refuse('open')
      opened.push(name)
      return cache
    },
  }
  return { storage: storage as unknown as CacheStorage, entries, opened }
}

async function load(sources: Omit<AssetSources, 'base'>) {
  const progress: [number, number][] = []
  const files = await loadCachedAssets(ASSETS, (loaded, total) => progress.push([loaded, total]), {
    ...sources,
    base: BASE,
  })
  return { files, progress }
}

const absolute = (path: string) => new URL(path, BASE).href
/** Byte for byte (a deep equal of 70,000 numbers takes seconds) */
const same = (a: Uint8Array | undefined, b: Uint8Array | undefined) =>
  !!a && !!b && Buffer.from(a).equals(Buffer.from(b))

describe('the reader asset cache', () => {
  it('downloads every asset on a first visit, keeps it, and a second visit takes nothing from the network', async () => {
    const caches = cacheStorage()
    const first = network()
    const cold = await load({ fetch: first.fetch, caches: caches.storage })
    expect(first.served.sort()).toEqual(Object.keys(FILES).sort())
    expect(same(cold.files.model, FILES['/assets/model-aaa.onnx'])).toBe(true)
    expect(cold.progress.at(-1)).toEqual([120_000, 120_000])
    expect(caches.opened).toEqual([READER_CACHE_NAME])
    expect([...caches.entries.keys()].sort()).toEqual(Object.keys(FILES).map(absolute).sort())

    const second = network()
    const warm = await load({ fetch: second.fetch, caches: caches.storage })
    expect(second.served).toEqual([])
    expect(same(warm.files.runtime, FILES['/assets/runtime-bbb.wasm'])).toBe(true)
    // A cached asset counts as done at once: two steps, each a whole file
    expect(warm.progress.map(([, total]) => total)).toEqual([120_000, 120_000])
    expect(warm.progress.at(-1)).toEqual([120_000, 120_000])
  })

  it('deletes the entries of other hashes (an older release) and keeps the current ones', async () => {
    const caches = cacheStorage()
    caches.entries.set(absolute('/assets/model-old.onnx'), bytesOf(10, 3))
    await load({ fetch: network().fetch, caches: caches.storage })
    expect([...caches.entries.keys()].sort()).toEqual(Object.keys(FILES).map(absolute).sort())
  })

  it('downloads again an entry cut short, and replaces it', async () => {
    const caches = cacheStorage()
    caches.entries.set(absolute('/assets/model-aaa.onnx'), bytesOf(1_000, 7))
    const net = network()
    const { files } = await load({ fetch: net.fetch, caches: caches.storage })
    expect(net.served).toContain('/assets/model-aaa.onnx')
    expect(same(files.model, FILES['/assets/model-aaa.onnx'])).toBe(true)
    expect(caches.entries.get(absolute('/assets/model-aaa.onnx'))?.length).toBe(70_000)
  })

  it.each([
    ['Cache Storage is missing', undefined],
    ['opening the cache throws', 'open'],
    ['looking an asset up throws', 'match'],
    ['keeping an asset throws (quota)', 'put'],
  ] as const)('still loads when %s: plain downloads, whole, with progress', async (_, failing) => {
    const caches = failing === undefined ? undefined : cacheStorage(failing).storage
    const net = network()
    const { files, progress } = await load({ fetch: net.fetch, caches })
    expect(net.served.sort()).toEqual(Object.keys(FILES).sort())
    expect(same(files.model, FILES['/assets/model-aaa.onnx'])).toBe(true)
    expect(same(files.runtime, FILES['/assets/runtime-bbb.wasm'])).toBe(true)
    expect(progress.at(-1)).toEqual([120_000, 120_000])
  })

  it('refuses an asset that is missing or not its known length, and keeps nothing of it', async () => {
    const caches = cacheStorage()
    const missing = network({ '/assets/model-aaa.onnx': FILES['/assets/model-aaa.onnx']! })
    await expect(load({ fetch: missing.fetch, caches: caches.storage })).rejects.toThrow(AssetDownloadError)
    expect(caches.entries.has(absolute('/assets/runtime-bbb.wasm'))).toBe(false)

    const short = network({ ...FILES, '/assets/runtime-bbb.wasm': bytesOf(49_999, 13) })
    await expect(load({ fetch: short.fetch, caches: caches.storage })).rejects.toThrow('incomplete')
    const long = network({ ...FILES, '/assets/runtime-bbb.wasm': bytesOf(50_001, 13) })
    await expect(load({ fetch: long.fetch, caches: caches.storage })).rejects.toThrow('longer')
    expect(caches.entries.has(absolute('/assets/runtime-bbb.wasm'))).toBe(false)
  })
})
