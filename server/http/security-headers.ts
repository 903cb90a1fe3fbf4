// Security headers for every response, with a CSP that allows exactly what the app uses:
// its own scripts and styles, blob: images (portraits, previews) and workers, and the camera.
import type { MiddlewareHandler } from 'hono'

const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "media-src 'self' blob: mediastream:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
]

export interface SecurityHeaderOptions {
  /** The page allowed to frame or open the app and receive its record (HANDOFF_ORIGIN) */
  handoffOrigin?: string | null
}

export function contentSecurityPolicy({ handoffOrigin }: SecurityHeaderOptions = {}): string {
  return [...POLICY, `frame-ancestors 'self'${handoffOrigin ? ` ${handoffOrigin}` : ''}`].join('; ')
}

export const CONTENT_SECURITY_POLICY = contentSecurityPolicy()

export const securityHeaders = (options: SecurityHeaderOptions = {}): MiddlewareHandler => {
  const csp = contentSecurityPolicy(options)
  // A cross-origin opener keeps its window reference to us only without COOP isolation, so
  // isolation is relaxed exactly when a hand-off origin is configured.
  const coop = options.handoffOrigin ? 'unsafe-none' : 'same-origin'
  return async (c, next) => {
    await next()
    c.header('Content-Security-Policy', csp)
    c.header('Cross-Origin-Opener-Policy', coop)
    c.header('Permissions-Policy', 'camera=(self), microphone=(), geolocation=(), payment=()')
    c.header('X-Content-Type-Options', 'nosniff')
    c.header('Referrer-Policy', 'no-referrer')
    c.header('Cross-Origin-Resource-Policy', 'same-origin')
    c.header('Strict-Transport-Security', 'max-age=31536000')
  }
}
