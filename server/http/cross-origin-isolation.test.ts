// Where our pages are cross-origin isolated (the device reader's threads) and where they must not be: through the
// security headers middleware every entry (Node's site, the Workers app) puts first.
import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { securityHeaders } from './security-headers.ts'

const HOST = 'https://crm.example'

function site(recordHostOrigin: string | null) {
  const root = new Hono()
  root.use('*', securityHeaders({ recordHostOrigin }))
  root.get('/', (c) => c.html('<!doctype html><title>app</title>'))
  root.get('/assets/:file', (c) => c.body('x', 200, { 'Content-Type': 'text/javascript' }))
  root.get('/api/health', (c) => c.json({ ok: true }))
  return root
}

/** What a browser sends for: a page the person opened (typed, QR code, another app), one another site opened or
 *  linked to, one our own page navigated to (a reload), a page in a frame, and a worker's script. */
const VISITS = {
  opened: { 'Sec-Fetch-Dest': 'document', 'Sec-Fetch-Site': 'none' },
  fromAnotherSite: { 'Sec-Fetch-Dest': 'document', 'Sec-Fetch-Site': 'cross-site' },
  fromSameSite: { 'Sec-Fetch-Dest': 'document', 'Sec-Fetch-Site': 'same-site' },
  fromOurPage: { 'Sec-Fetch-Dest': 'document', 'Sec-Fetch-Site': 'same-origin' },
  framed: { 'Sec-Fetch-Dest': 'iframe', 'Sec-Fetch-Site': 'cross-site' },
  framedByUs: { 'Sec-Fetch-Dest': 'iframe', 'Sec-Fetch-Site': 'same-origin' },
  noFetchMetadata: {},
} as const

async function policies(app: Hono, path: string, headers: Record<string, string>) {
  const response = await app.request(path, { headers })
  return {
    coop: response.headers.get('cross-origin-opener-policy'),
    coep: response.headers.get('cross-origin-embedder-policy'),
    corp: response.headers.get('cross-origin-resource-policy'),
    vary: response.headers.get('vary'),
  }
}

const ISOLATED = { coop: 'same-origin', coep: 'require-corp' }

describe('cross-origin isolation without a record host (customer by webhook, the desk, the phone of a hand-off)', () => {
  const app = site(null)
  it('isolates every top-level page, however it was reached', async () => {
    for (const visit of [
      'opened',
      'fromAnotherSite',
      'fromSameSite',
      'fromOurPage',
      'noFetchMetadata',
    ] as const)
      expect(await policies(app, '/', VISITS[visit]), visit).toMatchObject(ISOLATED)
  })
  it('leaves a framed page unisolated (its parent decides): no COEP', async () => {
    expect((await policies(app, '/', VISITS.framed)).coep).toBeNull()
  })
  it('sends COEP with CORP same-origin on what pages load, so workers start and our assets still load', async () => {
    const worker = { 'Sec-Fetch-Dest': 'worker', 'Sec-Fetch-Site': 'same-origin' }
    for (const path of ['/assets/device-reader.worker-abc.js', '/api/health'])
      expect(await policies(app, path, worker), path).toMatchObject({
        coep: 'require-corp',
        corp: 'same-origin',
      })
  })
  it('says that a page’s headers depend on Sec-Fetch-Dest and Sec-Fetch-Site, so no cache mixes them', async () => {
    expect((await policies(app, '/', VISITS.opened)).vary).toMatch(/Sec-Fetch-Dest, Sec-Fetch-Site/)
    expect((await policies(app, '/assets/a.js', { 'Sec-Fetch-Dest': 'script' })).vary).toBeNull()
  })
})

describe('cross-origin isolation with a record host (RECORD_HOST_ORIGIN)', () => {
  const app = site(HOST)
  it('isolates a page the person opened themselves: nobody’s window.opener is lost', async () => {
    expect(await policies(app, '/', VISITS.opened)).toMatchObject(ISOLATED)
  })
  it('keeps a reload (our own page navigating) isolated: a change of COOP would drop the history entry’s state', async () => {
    expect(await policies(app, '/', VISITS.fromOurPage)).toMatchObject(ISOLATED)
  })
  it('keeps COOP relaxed and sends no COEP where the host may have opened or framed us', async () => {
    for (const visit of ['fromAnotherSite', 'fromSameSite', 'framed', 'framedByUs'] as const)
      expect(await policies(app, '/', VISITS[visit]), visit).toMatchObject({
        coop: 'unsafe-none',
        coep: null,
      })
  })
  it('does not isolate when the browser sends no Fetch Metadata (it cannot say who opened the page)', async () => {
    expect(await policies(app, '/', VISITS.noFetchMetadata)).toMatchObject({
      coop: 'unsafe-none',
      coep: null,
    })
  })
  it('never isolates a JSON answer opened as a page: a host page served so (in tests) keeps its popups', async () => {
    expect(await policies(app, '/api/health', VISITS.opened)).toMatchObject({
      coop: 'unsafe-none',
      coep: null,
    })
  })
  it('still sends COEP on subresources, so an isolated page’s worker starts', async () => {
    const worker = { 'Sec-Fetch-Dest': 'worker', 'Sec-Fetch-Site': 'same-origin' }
    expect((await policies(app, '/assets/w.js', worker)).coep).toBe('require-corp')
  })
})
