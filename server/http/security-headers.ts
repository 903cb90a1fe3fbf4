// Security headers for every response, with a CSP that allows exactly what the app uses: its own scripts and
// styles, blob: images (portraits, previews) and workers, and the camera. Hono's secureHeaders sets them.
import type { MiddlewareHandler } from 'hono'
import { secureHeaders } from 'hono/secure-headers'
import { isolationHeaders, isPageRequest } from './cross-origin-isolation.ts'

const SELF = "'self'"

/** The device reader's worker script (src/device-reader/device-reader.worker.ts as built): the one document that
 * compiles WebAssembly (onnxruntime-web), so the one whose CSP allows it; the page's CSP does not. */
export const DEVICE_READER_WORKER_PATH = /^\/assets\/device-reader\.worker-[\w-]+\.js$/

function directives(recordHostOrigin: string | null | undefined, wasm = false) {
  return {
    defaultSrc: [SELF],
    // 'wasm-unsafe-eval' allows compiling WebAssembly only, never eval() or inline script
    scriptSrc: wasm ? [SELF, "'wasm-unsafe-eval'"] : [SELF],
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
  /** The CSP of the device reader's worker, which compiles the ONNX runtime's WebAssembly */
  wasm?: boolean
}

/** The CSP as sent, for tests and for copying into a static host's header file. */
export function contentSecurityPolicy({ recordHostOrigin, wasm }: SecurityHeaderOptions = {}): string {
  return Object.entries(directives(recordHostOrigin, wasm))
    .map(([name, values]) => `${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} ${values.join(' ')}`)
    .join('; ')
}

export const CONTENT_SECURITY_POLICY = contentSecurityPolicy()

export const securityHeaders = ({ recordHostOrigin }: SecurityHeaderOptions = {}): MiddlewareHandler => {
  const headers = pageHeaders(recordHostOrigin)
  const workerPolicy = contentSecurityPolicy({ recordHostOrigin, wasm: true })
  return async (c, next) => {
    await headers(c, next)
    // A dedicated worker takes the CSP its own script is served with: only the reader's may compile WebAssembly.
    if (DEVICE_READER_WORKER_PATH.test(c.req.path)) c.header('Content-Security-Policy', workerPolicy)
    // Cross-origin isolation (the device reader's threads) where it holds: cross-origin-isolation.ts says where.
    const html = c.res.headers.get('Content-Type')?.startsWith('text/html') ?? false
    const request = { dest: c.req.header('Sec-Fetch-Dest'), site: c.req.header('Sec-Fetch-Site'), html }
    for (const [name, value] of Object.entries(isolationHeaders(request, recordHostOrigin)))
      c.header(name, value)
    if (html && isPageRequest(request)) c.header('Vary', 'Sec-Fetch-Dest, Sec-Fetch-Site', { append: true })
  }
}

const pageHeaders = (recordHostOrigin: string | null | undefined): MiddlewareHandler =>
  secureHeaders({
    contentSecurityPolicy: directives(recordHostOrigin),
    // COOP (and COEP) are set per request after this (cross-origin-isolation.ts). With a record host,
    // frame-ancestors governs framing, and the SAMEORIGIN X-Frame-Options (which would forbid the partner's
    // frame in old browsers) is left out.
    crossOriginOpenerPolicy: false,
    xFrameOptions: recordHostOrigin ? false : 'SAMEORIGIN',
    permissionsPolicy: { camera: ['self'], microphone: [], geolocation: [], payment: [] },
    referrerPolicy: 'no-referrer',
    crossOriginResourcePolicy: 'same-origin',
    strictTransportSecurity: 'max-age=31536000',
  })
