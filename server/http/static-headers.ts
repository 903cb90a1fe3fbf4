// The Workers build's `_headers` file: static files there are served by the platform's assets, never by the app,
// so the headers our app gives them on Node are written down at build. The values are taken from the app's own
// middleware (a page and an asset answered by securityHeaders), so the file cannot drift from what Node sends.
import { Hono } from 'hono'
import { securityHeaders } from './security-headers.ts'

/** Hashed assets never change under their name: a year, immutable (as server/node-site.ts sends them). */
export const IMMUTABLE = 'public, max-age=31536000, immutable'
/** The device reader's worker script as a `_headers` path pattern (DEVICE_READER_WORKER_PATH's files). */
export const WORKER_SCRIPT_PATTERN = '/assets/device-reader.worker-*'

/** Per answer, not per site: the platform sets these itself, or they belong to one answer only. */
const NOT_STATIC = new Set(['content-type', 'content-length', 'vary'])

async function answered(
  recordHostOrigin: string | null,
  path: string,
  request: Record<string, string>,
): Promise<Map<string, string>> {
  const app = new Hono()
  app.use('*', securityHeaders({ recordHostOrigin }))
  app.get('*', (c) =>
    path.endsWith('.js') ? c.body('', 200, { 'Content-Type': 'text/javascript' }) : c.html(''),
  )
  const response = await app.request(path, { headers: request })
  const headers = new Map<string, string>()
  response.headers.forEach((value, name) => {
    if (!NOT_STATIC.has(name)) headers.set(name, value)
  })
  return headers
}

const block = (path: string, lines: string[]) => [path, ...lines.map((line) => `  ${line}`)].join('\n')
const named = (headers: Map<string, string>, names?: string[]) =>
  [...headers].filter(([name]) => !names || names.includes(name)).map(([name, value]) => `${name}: ${value}`)

/**
 * `/*` gets a page's headers, `/assets/*` immutable caching (and COEP, where pages go without it), and the reader's
 * worker its own CSP (WebAssembly), replacing the page's: a static file cannot tell who opened the page, so with a
 * record host pages are never isolated (no COEP: one WASM thread), as a page the host opened is on Node.
 */
export async function staticHeadersFile(recordHostOrigin: string | null): Promise<string> {
  // with a record host, the page as its popup gets it: Node isolates only pages nobody opened
  const site = recordHostOrigin ? 'cross-site' : 'none'
  const page = await answered(recordHostOrigin, '/', { 'Sec-Fetch-Dest': 'document', 'Sec-Fetch-Site': site })
  const asset = await answered(recordHostOrigin, '/assets/app.js', { 'Sec-Fetch-Dest': 'script' })
  const worker = await answered(recordHostOrigin, '/assets/device-reader.worker-x.js', {
    'Sec-Fetch-Dest': 'worker',
  })
  const coep = 'cross-origin-embedder-policy'
  return [
    '# Written at build from server/http/security-headers.ts (server/http/static-headers.ts): do not edit.',
    block('/*', named(page)),
    block('/assets/*', [`Cache-Control: ${IMMUTABLE}`, ...(page.has(coep) ? [] : named(asset, [coep]))]),
    // `!` drops the page's CSP first: two CSP headers would both be enforced, and the page's refuses WebAssembly
    block(WORKER_SCRIPT_PATTERN, [
      '! Content-Security-Policy',
      ...named(worker, ['content-security-policy']),
    ]),
    '',
  ].join('\n\n')
}
