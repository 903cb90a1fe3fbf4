// What the Node entry serves on its one port: the API app, and the built SPA from dist/. Every response gets
// the security headers, the Host check's 421 too; the Host check (allowed-hosts.ts) runs before any route. A
// missing /assets/* file is a plain 404 — the SPA fallback (index.html) is for page routes only. Only real,
// content-hashed assets are cached for a year; the page itself is revalidated every time (no-cache), so a new
// release's page, which names the new assets, is never served from a stale cache. An asset the build compressed
// (scripts/precompress-assets.ts: `.br`/`.gz` beside it) is sent so when the request accepts it, with the
// compressed length; every asset says `Vary: Accept-Encoding`, so no cache hands one encoding to another client.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'
import type { AppEnv } from './app-env.ts'
import { allowedHostsOnly } from './http/allowed-hosts.ts'
import { securityHeaders } from './http/security-headers.ts'

export interface SiteOptions {
  /** The API (createApp), mounted at the root; it answers /api/* only. */
  api: Hono<AppEnv>
  /** The built app (vite build's output). */
  distDir: string
  recordHostOrigin: string | null
  allowedHosts: readonly string[]
}

export function createSite({ api, distDir, recordHostOrigin, allowedHosts }: SiteOptions): Hono {
  const root = new Hono()
  root.use('*', securityHeaders({ recordHostOrigin }))
  root.use('*', allowedHostsOnly(allowedHosts))
  root.route('/', api)
  const built = existsSync(distDir)
  if (built) {
    root.use('/assets/*', async (c, next) => {
      await next()
      if (!c.res.ok) return
      c.header('Cache-Control', 'public, max-age=31536000, immutable')
      if (!c.res.headers.get('Vary')?.includes('Accept-Encoding'))
        c.header('Vary', 'Accept-Encoding', { append: true })
    })
    root.use('*', async (c, next) => {
      await next()
      const html = c.res.headers.get('Content-Type')?.startsWith('text/html')
      if (html && !c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-cache')
    })
    // the Workers build's header file (scripts/static-headers-file.ts) is for that platform, not a page of ours
    root.all('/_headers', (c) => c.text('Not found', 404))
    root.use('*', serveStatic({ root: distDir, precompressed: true }))
  }
  // A hashed asset that is not there (an old build's name, a probe) must not become index.html cached for a year.
  root.all('/assets/*', (c) => c.text('Not found', 404, { 'Cache-Control': 'no-store' }))
  if (built) root.get('*', serveStatic({ path: join(distDir, 'index.html') }))
  return root
}
