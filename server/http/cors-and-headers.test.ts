// CORS is off unless an origin is allow-listed; every response carries the security headers and the CSP.
import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { createApp } from '../app.ts'
import { CONTENT_SECURITY_POLICY, securityHeaders } from './security-headers.ts'
import { unreachableTencent } from '#testing/server/unreachable-tencent.ts'

function appWith(allowedOrigins: string[]) {
  const root = new Hono()
  root.use('*', securityHeaders())
  root.route(
    '/',
    createApp({
      recognizer: unreachableTencent(500),
      maxBodyBytes: 1024,
      allowedOrigins,
      logSink: () => undefined,
    }),
  )
  return root
}

const preflight = (origin: string) => ({
  method: 'OPTIONS',
  headers: {
    Origin: origin,
    'Access-Control-Request-Method': 'POST',
    'Access-Control-Request-Headers': 'authorization',
  },
})

describe('CORS', () => {
  it('is off by default: no origin, not even the page’s own, gets CORS headers', async () => {
    const app = appWith([])
    for (const origin of ['https://shop.example', 'null', 'http://127.0.0.1:8787']) {
      const response = await app.request('/api/health', { headers: { Origin: origin } })
      expect(response.headers.get('access-control-allow-origin')).toBeNull()
      const pre = await app.request('/api/hkid/recognize', preflight(origin))
      expect(pre.headers.get('access-control-allow-origin')).toBeNull()
      expect(pre.headers.get('access-control-allow-methods')).toBeNull()
    }
  })

  it('answers only allow-listed origins, exactly, and never null', async () => {
    const app = appWith(['https://shop.example'])
    const ok = await app.request('/api/hkid/recognize', preflight('https://shop.example'))
    expect(ok.status).toBe(204)
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://shop.example')
    expect(ok.headers.get('access-control-allow-headers')).toContain('Authorization')
    const get = await app.request('/api/health', { headers: { Origin: 'https://shop.example' } })
    expect(get.headers.get('access-control-allow-origin')).toBe('https://shop.example')
    expect(get.headers.get('vary')).toContain('Origin')
    for (const origin of [
      'null',
      'https://shop.example.evil',
      'http://shop.example',
      'https://evil.example',
    ]) {
      const other = await app.request('/api/health', { headers: { Origin: origin } })
      expect(other.headers.get('access-control-allow-origin')).toBeNull()
    }
  })
})

describe('security headers', () => {
  it('are on API answers, with no-store', async () => {
    const response = await appWith([]).request('/api/health')
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(response.headers.get('permissions-policy')).toContain('camera=(self)')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('referrer-policy')).toBe('no-referrer')
    expect(response.headers.get('cache-control')).toBe('no-store')
  })

  it('enforce a CSP with no inline script, no eval and no third-party origin', () => {
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split(';').map((part) => {
        const [name = '', ...values] = part.trim().split(/\s+/)
        return [name, values]
      }),
    )
    expect(directives['script-src']).toEqual(["'self'"])
    expect(directives['object-src']).toEqual(["'none'"])
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/)
  })

  it("let only the device reader's worker script compile WebAssembly, and still no eval or inline script", async () => {
    const root = new Hono()
    root.use('*', securityHeaders())
    root.get('*', (c) => c.text('x'))
    const policy = async (path: string) => (await root.request(path)).headers.get('content-security-policy')
    const worker = await policy('/assets/device-reader.worker-N04R-VIe.js')
    expect(worker).toContain("script-src 'self' 'wasm-unsafe-eval';")
    expect(worker).not.toMatch(/'unsafe-eval'|unsafe-inline|https?:|\*/)
    expect(worker?.replace(" 'wasm-unsafe-eval'", '')).toBe(CONTENT_SECURITY_POLICY)
    // the page, other scripts, and names that only look like the worker's keep the page's policy
    for (const path of [
      '/',
      '/assets/index-DK_Z55Ou.js',
      '/assets/device-reader.worker-x.js.map',
      '/x/assets/device-reader.worker-a.js',
    ])
      expect(await policy(path), path).toBe(CONTENT_SECURITY_POLICY)
  })

  it('name the hand-off origin as the only other page allowed to frame or open the app', async () => {
    const root = new Hono()
    root.use('*', securityHeaders({ recordHostOrigin: 'https://partner.example' }))
    root.get('/', (c) => c.text('ok'))
    const response = await root.request('/')
    expect(response.headers.get('content-security-policy')).toContain(
      "frame-ancestors 'self' https://partner.example",
    )
    expect(response.headers.get('cross-origin-opener-policy')).toBe('unsafe-none')
    const isolated = await appWith([]).request('/api/health')
    expect(isolated.headers.get('cross-origin-opener-policy')).toBe('same-origin')
    expect(isolated.headers.get('content-security-policy')).toContain("frame-ancestors 'self'")
    expect(isolated.headers.get('content-security-policy')).not.toContain('partner')
  })
})
