// Security headers for every response, with a CSP that allows exactly what the app uses: its own scripts and
// styles, blob: images (portraits, previews) and workers, and the camera. Hono's secureHeaders sets them.
import type { MiddlewareHandler } from 'hono'
import { secureHeaders } from 'hono/secure-headers'

const SELF = "'self'"

function directives(recordHostOrigin: string | null | undefined) {
  return {
    defaultSrc: [SELF],
    scriptSrc: [SELF],
    styleSrc: [SELF],
    imgSrc: [SELF, 'blob:', 'data:'],
    mediaSrc: [SELF, 'blob:', 'mediastream:'],
    workerSrc: [SELF, 'blob:'],
    connectSrc: [SELF],
    fontSrc: [SELF],
    objectSrc: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'none'"],
    frameAncestors: recordHostOrigin ? [SELF, recordHostOrigin] : [SELF],
  }
}

export interface SecurityHeaderOptions {
  /** The page allowed to frame or open the app and receive its record (RECORD_HOST_ORIGIN) */
  recordHostOrigin?: string | null
}

/** The CSP as sent, for tests and for copying into a static host's header file. */
export function contentSecurityPolicy({ recordHostOrigin }: SecurityHeaderOptions = {}): string {
  return Object.entries(directives(recordHostOrigin))
    .map(([name, values]) => `${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} ${values.join(' ')}`)
    .join('; ')
}

export const CONTENT_SECURITY_POLICY = contentSecurityPolicy()

export const securityHeaders = ({ recordHostOrigin }: SecurityHeaderOptions = {}): MiddlewareHandler =>
  secureHeaders({
    contentSecurityPolicy: directives(recordHostOrigin),
    // A cross-origin opener keeps its window reference to us only without COOP isolation, so isolation is
    // relaxed exactly when a hand-off origin is configured; frame-ancestors then governs framing, and the
    // SAMEORIGIN X-Frame-Options (which would forbid the partner's frame in old browsers) is left out.
    crossOriginOpenerPolicy: recordHostOrigin ? 'unsafe-none' : 'same-origin',
    xFrameOptions: recordHostOrigin ? false : 'SAMEORIGIN',
    permissionsPolicy: { camera: ['self'], microphone: [], geolocation: [], payment: [] },
    referrerPolicy: 'no-referrer',
    crossOriginResourcePolicy: 'same-origin',
    strictTransportSecurity: 'max-age=31536000',
  })
