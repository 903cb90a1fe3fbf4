// CORS off by default: only an Origin on the ALLOWED_ORIGINS list gets Access-Control-* headers back.
// `null` (sandboxed frames, file://) and every other origin get nothing, so their browsers block the read.
import type { MiddlewareHandler } from 'hono'
import { cors } from 'hono/cors'

export function corsAllowlist(allowedOrigins: readonly string[]): MiddlewareHandler {
  const allowed = new Set(allowedOrigins.map((origin) => origin.toLowerCase()))
  const permitted = (origin: string) => origin !== 'null' && allowed.has(origin.toLowerCase())
  return cors({
    origin: (origin) => (permitted(origin) ? origin : null),
    // A refused origin is told nothing, not even which methods exist.
    allowMethods: (origin) => (permitted(origin) ? ['GET', 'POST'] : []),
    allowHeaders: ['Authorization', 'Content-Type'],
    maxAge: 600,
  })
}
