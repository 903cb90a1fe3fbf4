// DNS rebinding defence: a page on an attacker's domain whose name later resolves to this server (on a
// laptop, a LAN) is same-origin with it in the victim's browser, but its requests carry the attacker's
// host name. Only host names we answer for pass: those in ALLOWED_HOSTS (`*.example.com` for subdomains,
// `*` to switch the check off behind a proxy that checks Host itself), and always IP literals and
// localhost, which no rebinding can produce. Everything else gets 421 before any route runs.
import type { MiddlewareHandler } from 'hono'
import { parseIp } from '../access/ip-address.ts'

/** The host name of a Host header, without its port, lower-cased; '' when absent or malformed. */
export function hostName(header: string | undefined): string {
  const host = (header ?? '').trim().toLowerCase()
  const bracketed = /^\[([0-9a-f:.]+)\](?::\d+)?$/.exec(host)
  if (bracketed) return bracketed[1]!
  const match = /^([a-z0-9.-]+)(?::\d+)?$/.exec(host)
  return match ? match[1]! : ''
}

export function hostAllowed(header: string | undefined, allowed: readonly string[]): boolean {
  // No Host at all is not a browser (every browser sends one), so it cannot be a rebinding attack.
  if (header === undefined) return true
  if (allowed.includes('*')) return true
  const name = hostName(header)
  if (!name) return false
  if (parseIp(name) || name === 'localhost' || name.endsWith('.localhost')) return true
  return allowed.some((entry) =>
    entry.startsWith('*.') ? name.endsWith(entry.slice(1)) && name.length > entry.length - 1 : entry === name,
  )
}

export function allowedHostsOnly(allowed: readonly string[]): MiddlewareHandler {
  return async (c, next) => {
    // The Host header, or the URL's host where the runtime built the URL from it (the same on Node).
    if (hostAllowed(c.req.header('Host') ?? new URL(c.req.url).host, allowed)) return next()
    return c.text(
      'This server does not answer for that host name. Its operator can add it to ALLOWED_HOSTS.',
      421,
      { 'Cache-Control': 'no-store' },
    )
  }
}
