// The build's `_headers` under workerd's own static assets (Miniflare reads the file as Workers does): pages get
// the app's headers and isolation, hashed assets a year's immutable caching, and the reader's worker exactly one
// CSP, the one that lets it compile WebAssembly.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Miniflare } from 'miniflare'
import { afterAll, describe, expect, it } from 'vitest'
import { contentSecurityPolicy } from './security-headers.ts'
import { IMMUTABLE, staticHeadersFile } from './static-headers.ts'

const opened: { mf: Miniflare; dir: string }[] = []
afterAll(async () => {
  for (const { mf, dir } of opened) {
    await mf.dispose()
    await rm(dir, { recursive: true, force: true })
  }
})

async function workersAssets(recordHostOrigin: string | null) {
  const dir = await mkdtemp(join(tmpdir(), 'static-headers-'))
  await mkdir(join(dir, 'assets'))
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>app</title>')
  await writeFile(join(dir, 'assets', 'index-Ab12.js'), 'export {}')
  await writeFile(join(dir, 'assets', 'device-reader.worker-Cd34.js'), 'export {}')
  await writeFile(join(dir, '_headers'), await staticHeadersFile(recordHostOrigin))
  const mf = new Miniflare({
    modules: true,
    script: 'export default { fetch: () => new Response("api", { status: 404 }) }',
    compatibilityDate: '2025-01-01',
    assets: { directory: dir, routerConfig: { has_user_worker: true } },
  })
  opened.push({ mf, dir })
  return (path: string) => mf.dispatchFetch(`http://app.test${path}`)
}

describe('the Workers build’s _headers', () => {
  it('gives pages the app’s CSP and isolation, assets immutable caching, the worker its WebAssembly CSP', async () => {
    const get = await workersAssets(null)
    const page = await get('/index.html')
    expect(page.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy())
    expect(page.headers.get('Cross-Origin-Opener-Policy')).toBe('same-origin')
    expect(page.headers.get('Cross-Origin-Embedder-Policy')).toBe('require-corp')
    expect(page.headers.get('X-Frame-Options')).toBe('SAMEORIGIN')
    expect(page.headers.get('Cache-Control')).not.toContain('immutable')
    const script = await get('/assets/index-Ab12.js')
    expect(script.headers.get('Cache-Control')).toBe(IMMUTABLE)
    expect(script.headers.get('Cross-Origin-Embedder-Policy')).toBe('require-corp')
    const worker = await get('/assets/device-reader.worker-Cd34.js')
    expect(worker.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy({ wasm: true }))
    expect(worker.headers.get('Cache-Control')).toBe(IMMUTABLE)
    for (const response of [page, script, worker]) await response.arrayBuffer()
  })

  it('with a record host, lets it frame and open pages, which are then not isolated', async () => {
    const host = 'https://partner.example'
    const get = await workersAssets(host)
    const page = await get('/index.html')
    expect(page.headers.get('Content-Security-Policy')).toBe(
      contentSecurityPolicy({ recordHostOrigin: host }),
    )
    expect(page.headers.get('Cross-Origin-Opener-Policy')).toBe('unsafe-none')
    expect(page.headers.has('Cross-Origin-Embedder-Policy')).toBe(false)
    expect(page.headers.has('X-Frame-Options')).toBe(false)
    const worker = await get('/assets/device-reader.worker-Cd34.js')
    expect(worker.headers.get('Cross-Origin-Embedder-Policy')).toBe('require-corp')
    expect(worker.headers.get('Content-Security-Policy')).toBe(
      contentSecurityPolicy({ recordHostOrigin: host, wasm: true }),
    )
    for (const response of [page, worker]) await response.arrayBuffer()
  })
})
