// The device reader's test page as a business embeds the app: in an iframe of another site's page (the record
// host, RECORD_HOST_ORIGIN), which is not cross-origin isolated, so neither is the frame: one WASM thread.
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import type { Frame, Page } from '@playwright/test'
import { Hono } from 'hono'
import type { DeviceReaderSite } from './serve-device-reader-page.ts'

export interface EmbeddingHost {
  /** http://localhost:<port>: another site than the reader page's http://127.0.0.1 */
  origin: string
  close(): Promise<void>
}

/** A business's page, on loopback (a browser lets a public page frame no loopback one), with no headers of ours. */
export async function startEmbeddingHost(): Promise<EmbeddingHost> {
  const app = new Hono()
  app.get('/', (c) => {
    const src = new URL(c.req.query('src') ?? '')
    return c.html(`<!doctype html><title>host</title><iframe id="reader" src="${src.href}"></iframe>`)
  })
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' })
  await new Promise<void>((resolve) => server.once('listening', resolve))
  return {
    origin: `http://localhost:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

/** Opens the host page in `page`, which frames the reader page; resolves with the frame once it offers the API.
 *  The site must name the host as its record host, or its frame-ancestors refuses the frame. */
export async function openEmbeddedReaderPage(
  page: Page,
  host: EmbeddingHost,
  site: DeviceReaderSite,
): Promise<Frame> {
  await page.goto(`${host.origin}/?src=${encodeURIComponent(site.pageUrl)}`)
  const frame = await (await page.waitForSelector('#reader')).contentFrame()
  if (!frame) throw new Error('the reader page did not load in its frame')
  await frame.waitForFunction(() => 'deviceReader' in window)
  return frame
}
