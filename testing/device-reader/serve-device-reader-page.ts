// Serves the built device reader page through our own site (server/node-site.ts: the same security headers, CSP
// and immutable caching of hashed assets as the product), plus the photos to read at /inputs/<name>.
import { readFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import type { AppEnv } from '#server/app-env.ts'
import { createSite } from '#server/node-site.ts'

export interface DeviceReaderSite {
  origin: string
  pageUrl: string
  close(): Promise<void>
}

/** `photos`: name → absolute path, served as image/jpeg at /inputs/<name>. Port 0 takes a free one. */
export async function serveDeviceReaderPage(
  distDir: string,
  photos: Record<string, string>,
  port = 0,
  /** Hears each answer's path and body bytes as sent (the bench counts what a visit downloads) */
  onSent?: (path: string, bytes: number) => void,
  /** RECORD_HOST_ORIGIN: the page that may frame or open the reader page (embedPageUrl's origin, for one) */
  recordHostOrigin: string | null = null,
): Promise<DeviceReaderSite> {
  const api = new Hono<AppEnv>()
  api.get('/inputs/:name', async (c) => {
    const path = photos[c.req.param('name')]
    if (!path) return c.text('no such input', 404)
    return c.body(new Uint8Array(await readFile(path)), 200, { 'Content-Type': 'image/jpeg' })
  })
  const site = createSite({ api, distDir, recordHostOrigin, allowedHosts: ['127.0.0.1', 'localhost'] })
  const counted = async (request: Request) => {
    const response = await site.fetch(request)
    onSent?.(new URL(request.url).pathname, Number(response.headers.get('Content-Length') ?? 0))
    return response
  }
  const server = serve({ fetch: counted, port, hostname: '127.0.0.1' })
  await new Promise<void>((resolve) => server.once('listening', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    origin,
    pageUrl: `${origin}/device-reader-page.html`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
