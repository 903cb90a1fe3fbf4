// CORS off by default: only an Origin on the ALLOWED_ORIGINS list gets Access-Control-* headers back.
// `null` (sandboxed frames, file://) and every other origin get nothing, so their browsers block the read.
import type { MiddlewareHandler } from 'hono'

export function corsAllowlist(allowedOrigins: readonly string[]): MiddlewareHandler {
  const allowed = new Set(allowedOrigins.map((origin) => origin.toLowerCase()))
  return async (c, next) => {
    const origin = c.req.header('Origin')
    const permitted = origin !== undefined && origin !== 'null' && allowed.has(origin.toLowerCase())
    if (c.req.method === 'OPTIONS' && c.req.header('Access-Control-Request-Method')) {
      if (!permitted) return c.body(null, 204, { Vary: 'Origin' })
      return c.body(null, 204, {
        'Access-Control-Allow-Origin': origin,
        'Access-Control-Allow-Methods': 'GET, POST',
        'Access-Control-Allow-Headers': 'Authorization, Content-Type',
        'Access-Control-Max-Age': '600',
        Vary: 'Origin',
      })
    }
    await next()
    c.header('Vary', 'Origin', { append: true })
    if (permitted) c.header('Access-Control-Allow-Origin', origin)
  }
}
