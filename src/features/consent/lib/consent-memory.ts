// A customer's consent, remembered for the tab (sessionStorage) so a reload of the same link does not ask again.
// Consent is not personal data: the statement's version, its language, the time, and the link's random id
// (its jti, never the token); a different link, another tab or a changed statement asks again.
import { consentSchema, type Consent } from '#src/hkid/verified-record.ts'
import { captureToken } from '#src/session/capture-token.ts'

const CONSENT_KEY = 'hkid-capture.consent'

/** The link's random id (the token's jti), or '' for a page opened without a link. */
export function linkId(token: string | null = captureToken()): string {
  const body = token?.split('.')[0]
  if (!body) return ''
  try {
    const claims = JSON.parse(atob(body.replace(/-/g, '+').replace(/_/g, '/'))) as { jti?: unknown }
    return typeof claims.jti === 'string' ? claims.jti : ''
  } catch {
    return ''
  }
}

export function rememberConsent(link: string, consent: Consent): void {
  try {
    sessionStorage.setItem(CONSENT_KEY, JSON.stringify({ link, consent }))
  } catch {
    // Storage may be blocked: the consent still holds for this page, and a reload asks again.
  }
}

/** The consent given on this link in this tab, if any. */
export function rememberedConsent(link: string): Consent | null {
  try {
    const stored = JSON.parse(sessionStorage.getItem(CONSENT_KEY) ?? 'null') as unknown
    if (!stored || typeof stored !== 'object' || !('link' in stored) || stored.link !== link) return null
    const parsed = consentSchema.safeParse('consent' in stored ? stored.consent : null)
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}
