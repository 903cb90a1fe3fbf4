// The Node entry's site over a built app of its own (a temp dist/): page routes get the SPA, real assets
// are cached for a year, a missing asset is a plain 404, and a rebinding host name is refused first.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from './app.ts'
import { createSite } from './node-site.ts'
import { unreachableTencent } from '#testing/server/unreachable-tencent.ts'

let dist: string
let site: ReturnType<typeof createSite>

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'hkid-dist-'))
  mkdirSync(join(dist, 'assets'))
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>HKID Capture</title>')
  writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log(1)')
  writeFileSync(join(dist, '_headers'), '/*\n  X-Workers-Only: 1\n')
  const api = createApp({
    recognizer: unreachableTencent(),
    maxBodyBytes: 1024,
    logSink: () => undefined,
  })
  site = createSite({ api, distDir: dist, recordHostOrigin: null, allowedHosts: ['kyc.example.com'] })
})
afterAll(() => rmSync(dist, { recursive: true, force: true }))

const get = (path: string, host = '127.0.0.1:8787') => site.request(`http://${host}${path}`)

describe('the Node site', () => {
  it('serves a page route as the SPA and a real asset with a year of caching', async () => {
    const page = await get('/review')
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('HKID Capture')
    // The page names the release's hashed assets: a browser must revalidate it, or it keeps an old release.
    expect(page.headers.get('cache-control')).toBe('no-cache')
    expect((await get('/')).headers.get('cache-control')).toBe('no-cache')
    const asset = await get('/assets/index-abc123.js')
    expect(asset.status).toBe(200)
    expect(asset.headers.get('cache-control')).toContain('immutable')
  })

  it('answers a missing asset with 404, not index.html cached for a year', async () => {
    const missing = await get('/assets/index-old999.js')
    expect(missing.status).toBe(404)
    expect(missing.headers.get('cache-control')).toBe('no-store')
    expect(await missing.text()).not.toContain('HKID Capture')
  })

  it('does not serve the Workers build’s header file', async () => {
    const file = await get('/_headers')
    expect(file.status).toBe(404)
    expect(await file.text()).not.toContain('X-Workers-Only')
  })

  it('keeps the API and the security headers in front', async () => {
    const health = await get('/api/health')
    expect(await health.json()).toEqual({ ok: true, upstream: 'tencent' })
    expect(health.headers.get('content-security-policy')).toContain("default-src 'self'")
  })

  it('refuses a host name that is not ours (DNS rebinding) and serves the ones that are', async () => {
    const refused = await get('/api/health', 'evil.example:8787')
    expect(refused.status).toBe(421)
    expect(refused.headers.get('content-security-policy')).toContain("default-src 'self'")
    expect(refused.headers.get('x-content-type-options')).toBe('nosniff')
    expect((await get('/', 'evil.example:8787')).status).toBe(421)
    expect((await get('/api/health', 'kyc.example.com')).status).toBe(200)
    expect((await get('/api/health', 'localhost:8787')).status).toBe(200)
  })
})
