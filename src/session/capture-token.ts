// The capture token arrives in the link's #fragment (browsers never send fragments to servers, so it stays
// out of every access log). It is read once at start-up, removed from the address bar and history entry,
// and kept only in this module's memory — never in storage.

import { takeFromFragment, type HistoryLike, type LocationLike } from './url-fragment.ts'

/** Where a link carries its token (a phone's hand-off link too). */
export const TOKEN_PARAM = 'token'
let token: string | null = null
let taken = false

/** Moves `#token=…` from the URL into memory; other fragment parameters are left in place. */
export function takeCaptureTokenFromUrl(location: LocationLike, history: HistoryLike): string | null {
  return takeFromFragment(location, history, [TOKEN_PARAM])?.[TOKEN_PARAM]?.trim() || null
}

/** The token of this page load, if the link carried one. */
export function captureToken(): string | null {
  if (!taken && typeof window !== 'undefined') {
    taken = true
    token = takeCaptureTokenFromUrl(window.location, window.history)
  }
  return token
}

/** A phone opened from a desk's code has no token in its link: the server gives it one with the channel. */
export function adoptCaptureToken(value: string): void {
  taken = true
  token = value
}

// Taken as soon as the app's modules load, so the token is off the address bar before first paint.
captureToken()

/** This page's link with the token put back into its #fragment, for handing the session to another
 * device (the QR code of "continue on a phone"). */
export function linkWithCaptureToken(
  location: Pick<Location, 'origin' | 'pathname' | 'search' | 'hash'>,
): string {
  const params = new URLSearchParams(location.hash.replace(/^#/, ''))
  const current = captureToken()
  if (current) params.set(TOKEN_PARAM, current)
  const fragment = params.toString()
  return `${location.origin}${location.pathname}${location.search}${fragment ? `#${fragment}` : ''}`
}

/** The journey a link was made for (`capture-link --journey`), read from its token's claims. The server
 * checks the signature; here it only chooses the screens. */
export function journeyOfToken(token: string | null): 'operator' | 'customer' | null {
  const body = token?.split('.')[0]
  if (!body) return null
  try {
    const claims = JSON.parse(atob(body.replace(/-/g, '+').replace(/_/g, '/'))) as { j?: unknown }
    return claims.j === 'operator' || claims.j === 'customer' ? claims.j : null
  } catch {
    return null
  }
}

export const captureTokenJourney = () => journeyOfToken(captureToken())
