// Which of our pages may be cross-origin isolated (COOP same-origin + COEP require-corp), so the device reader can
// run WebAssembly threads. Everything a page of ours loads is same-origin (scripts, styles, fonts, workers, models,
// blob:/data: images, the camera's stream), so require-corp holds; it is chosen over credentialless because Safari
// honours only require-corp. Isolation would break two things, so it is given only where neither can happen:
// - a page the record host (RECORD_HOST_ORIGIN) opened keeps its `window.opener` only without COOP same-origin;
// - a page in another origin's frame cannot be isolated unless its parent is, so threads stay off there.

/** The Sec-Fetch-Dest values of a request for a page in a frame: never isolated. */
const FRAMED = new Set(['iframe', 'frame', 'embed', 'object', 'fencedframe'])

export interface IsolationRequest {
  /** Sec-Fetch-Dest as sent (absent in old browsers and non-browser clients) */
  dest: string | undefined
  /** Sec-Fetch-Site as sent */
  site: string | undefined
  /** Whether the answer is HTML: a JSON answer opened as a document (a host's own page in tests) is no page of
   *  ours, and with COOP same-origin it would cut the popups it opens off from itself */
  html: boolean
}

export interface IsolationHeaders {
  'Cross-Origin-Opener-Policy': 'same-origin' | 'unsafe-none'
  /** Absent where the page is not isolated; require-corp on every subresource (workers need it to start) */
  'Cross-Origin-Embedder-Policy'?: 'require-corp'
}

/** A page (top-level or framed) rather than a subresource: only pages and workers are governed by COOP/COEP. */
export function isPageRequest({ dest }: IsolationRequest): boolean {
  return dest === undefined || dest === 'document' || FRAMED.has(dest)
}

/**
 * Top-level pages are isolated unless a record host is configured; with one, a page nobody opened — typed,
 * a QR code, a bookmark, another app (`Sec-Fetch-Site: none`) — and a page our own page navigated to, which
 * includes every reload (`same-origin`: a reload must not change the page's COOP, or the browser swaps its
 * browsing context group and the history entry's state — the hand-off phone's "reloaded" mark — is lost). A page
 * the host opened (cross-site or same-site) is the host's popup and keeps its opener; reloaded, it is isolated
 * and loses it (its capture was lost with the reload anyway). A browser that sends no Fetch Metadata cannot tell
 * us which it is.
 */
export function isolatesPage(
  request: IsolationRequest,
  recordHostOrigin: string | null | undefined,
): boolean {
  if (!request.html || (request.dest !== undefined && FRAMED.has(request.dest))) return false
  if (!recordHostOrigin) return true
  return request.dest === 'document' && (request.site === 'none' || request.site === 'same-origin')
}

/** The COOP and COEP a response is sent with. Subresources always carry COEP: a dedicated worker's script
 *  must, for the worker to start in an isolated page, and it is harmless on everything else. */
export function isolationHeaders(
  request: IsolationRequest,
  recordHostOrigin: string | null | undefined,
): IsolationHeaders {
  const opener = recordHostOrigin ? 'unsafe-none' : 'same-origin'
  if (!isPageRequest(request))
    return { 'Cross-Origin-Opener-Policy': opener, 'Cross-Origin-Embedder-Policy': 'require-corp' }
  if (!isolatesPage(request, recordHostOrigin)) return { 'Cross-Origin-Opener-Policy': opener }
  return { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' }
}
