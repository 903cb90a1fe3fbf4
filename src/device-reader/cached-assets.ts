// The device reader's assets through Cache Storage: a hit is used without the network; a miss is downloaded with
// progress, checked (200, the decoded length the build knows) and kept; entries of other hashes (an older
// release's models) are deleted so they do not pile up. Cache Storage may be missing or throw (private mode,
// quota, an insecure origin): then the assets are plainly downloaded, and the reading goes on regardless.

/** Named for what it holds; entries are keyed by hashed URL, so a new release needs no new name. */
export const READER_CACHE_NAME = 'hkid-device-reader-v1'

/** A hashed asset and its decoded size (the server may send it compressed: Content-Length says less). */
export interface CachedAsset {
  url: string
  size: number
}

export interface AssetSources {
  fetch: (url: string) => Promise<Response>
  /** Undefined where the browser offers none */
  caches: CacheStorage | undefined
  /** What relative asset URLs are resolved against: the worker's own location */
  base: string
}

/** A download that did not arrive whole (network, a 404 after a release): the reader cannot start. */
export class AssetDownloadError extends Error {}

async function quietly<T>(work: () => Promise<T> | undefined): Promise<T | undefined> {
  try {
    return await work()
  } catch {
    return undefined // Cache Storage is an optimisation: its failures only cost a download
  }
}

async function download(
  sources: AssetSources,
  { url, size }: CachedAsset,
  onBytes: (bytes: number) => void,
): Promise<Uint8Array<ArrayBuffer>> {
  let response: Response
  try {
    response = await sources.fetch(url)
  } catch (error) {
    throw new AssetDownloadError(`fetch failed: ${String(error)}`)
  }
  if (response.status !== 200 || !response.body) throw new AssetDownloadError(`HTTP ${response.status}`)
  // The body stream gives decoded bytes whatever the Content-Encoding: counted against the decoded size.
  const bytes = new Uint8Array(size)
  let received = 0
  const reader = response.body.getReader()
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      if (received + value.length > size) throw new AssetDownloadError('download longer than the asset')
      bytes.set(value, received)
      received += value.length
      onBytes(value.length)
    }
  } catch (error) {
    await quietly(() => reader.cancel())
    if (error instanceof AssetDownloadError) throw error
    throw new AssetDownloadError(`download broke off: ${String(error)}`)
  }
  if (received !== size) throw new AssetDownloadError('download incomplete')
  return bytes
}

async function fromCache(cache: Cache, key: string, size: number) {
  const hit = await quietly(() => cache.match(key))
  if (!hit) return undefined
  const bytes = await quietly(async () => new Uint8Array(await hit.arrayBuffer()))
  if (bytes?.length === size) return bytes
  await quietly(() => cache.delete(key)) // cut short (quota, a crash while writing): fetched again
  return undefined
}

async function evictOthers(cache: Cache, keep: Set<string>) {
  const keys = await quietly(() => cache.keys())
  for (const request of keys ?? []) if (!keep.has(request.url)) await quietly(() => cache.delete(request))
}

/** Every asset at once; `onProgress` hears decoded bytes so far of the total (a cached asset is done at once). */
export async function loadCachedAssets<Name extends string>(
  assets: Record<Name, CachedAsset>,
  onProgress: (loaded: number, total: number) => void,
  sources: AssetSources,
): Promise<Record<Name, Uint8Array<ArrayBuffer>>> {
  const names = Object.keys(assets) as Name[]
  const total = names.reduce((n, name) => n + assets[name].size, 0)
  let loaded = 0
  const heard = (bytes: number) => {
    loaded += bytes
    onProgress(loaded, total)
  }
  const cache = await quietly(() => sources.caches?.open(READER_CACHE_NAME))
  const keys = new Map(names.map((name) => [name, new URL(assets[name].url, sources.base).href]))
  const files = await Promise.all(
    names.map(async (name) => {
      const asset = assets[name]
      const key = keys.get(name)!
      const cached = cache && (await fromCache(cache, key, asset.size))
      if (cached) {
        heard(asset.size)
        return cached
      }
      const bytes = await download(sources, asset, heard)
      const stored = new Response(bytes, { headers: { 'Content-Type': 'application/octet-stream' } })
      if (cache) await quietly(() => cache.put(key, stored))
      return bytes
    }),
  )
  if (cache) await evictOthers(cache, new Set(keys.values()))
  return Object.fromEntries(names.map((name, i) => [name, files[i]!])) as Record<
    Name,
    Uint8Array<ArrayBuffer>
  >
}
