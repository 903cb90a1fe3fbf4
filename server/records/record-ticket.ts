// Record tickets (docs/record-delivery.md): a successful recognition's permission to post ONE sealed record.
// HMAC-SHA-256 with Web Crypto like capture tokens, keyed by a key derived from RECORD_WEBHOOK_SECRET, so every
// instance that delivers records agrees without another secret. Format: base64url(claims).base64url(mac).
// The ticket is bound to the recognition's request ID (its id: one record per recognition, the queue keeps it
// spent) and to the capture token that recognized — or the desk link that token was handed off from.
import { z } from 'zod'
import { fromBase64Url, toBase64Url } from '../access/capture-token.ts'
import { receiptIdsFrom, type ReceiptIds } from './receipt.ts'

/** Long enough for a careful review at the desk (or a customer's slow check), short enough to be useless later. */
export const RECORD_TICKET_LIFETIME_SECONDS = 2 * 60 * 60

const TICKET_KEY_LABEL = 'hkid-capture record ticket v1'
const encoder = new TextEncoder()

const ticketClaimsSchema = z.strictObject({
  v: z.literal(1),
  /** The recognition's request ID: the ticket's id */
  rid: z.string().min(1).max(128),
  iat: z.number().int(),
  exp: z.number().int(),
  /** The capture token that recognized, and the desk link it was handed off from (absent: no tokens here) */
  jti: z.string().max(64).optional(),
  pjti: z.string().max(64).optional(),
})
export type RecordTicketClaims = z.infer<typeof ticketClaimsSchema>

export type TicketCheck =
  { ok: true; claims: RecordTicketClaims } | { ok: false; reason: 'malformed' | 'bad-signature' | 'expired' }

/** HMAC(webhookSecret, label) as the ticket key: the webhook secret itself never signs anything of ours. */
async function ticketKey(webhookSecret: string): Promise<CryptoKey> {
  const hmac = { name: 'HMAC', hash: 'SHA-256' }
  const root = await crypto.subtle.importKey('raw', encoder.encode(webhookSecret), hmac, false, ['sign'])
  const derived = await crypto.subtle.sign('HMAC', root, encoder.encode(TICKET_KEY_LABEL))
  return crypto.subtle.importKey('raw', derived, hmac, false, ['sign', 'verify'])
}

export interface TicketIssue {
  requestId: string
  /** The capture token's claims the recognition was admitted with, if tokens are required */
  token?: { jti: string; parent?: { jti: string } | undefined } | undefined
  nowSeconds?: number
}

export class RecordTickets {
  readonly #key: Promise<CryptoKey>

  constructor(webhookSecret: string) {
    this.#key = ticketKey(webhookSecret)
    // A rejected derivation surfaces on first use; not as an unhandled rejection at start.
    this.#key.catch(() => undefined)
  }

  async issue({
    requestId,
    token,
    nowSeconds = Math.floor(Date.now() / 1000),
  }: TicketIssue): Promise<string> {
    const claims: RecordTicketClaims = {
      v: 1,
      rid: requestId,
      iat: nowSeconds,
      exp: nowSeconds + RECORD_TICKET_LIFETIME_SECONDS,
      ...(token ? { jti: token.jti } : {}),
      ...(token?.parent ? { pjti: token.parent.jti } : {}),
    }
    const body = toBase64Url(encoder.encode(JSON.stringify(claims)))
    const mac = await crypto.subtle.sign('HMAC', await this.#key, encoder.encode(body))
    return `${body}.${toBase64Url(new Uint8Array(mac))}`
  }

  /**
   * The receipt of the record posted with ticket `rid` and sealed as `jwe`: the same post made twice (a retry
   * after a lost 202) gets the same receipt and is stored once; another JWE under a spent ticket does not.
   */
  async receiptFor(rid: string, jwe: string): Promise<ReceiptIds> {
    const sealed = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(jwe)))
    const input = encoder.encode(`receipt:${rid}:${toBase64Url(sealed)}`)
    const mac = new Uint8Array(await crypto.subtle.sign('HMAC', await this.#key, input))
    return receiptIdsFrom(mac.subarray(0, 16))
  }

  async verify(ticket: string, nowSeconds = Math.floor(Date.now() / 1000)): Promise<TicketCheck> {
    const [body, mac, extra] = ticket.split('.')
    if (!body || !mac || extra !== undefined || ticket.length > 1024)
      return { ok: false, reason: 'malformed' }
    const macBytes = fromBase64Url(mac)
    if (!macBytes) return { ok: false, reason: 'malformed' }
    // crypto.subtle.verify compares in constant time.
    if (!(await crypto.subtle.verify('HMAC', await this.#key, macBytes, encoder.encode(body)))) {
      return { ok: false, reason: 'bad-signature' }
    }
    let parsed
    try {
      const json: unknown = JSON.parse(new TextDecoder().decode(fromBase64Url(body) ?? new Uint8Array()))
      parsed = ticketClaimsSchema.safeParse(json)
    } catch {
      return { ok: false, reason: 'malformed' }
    }
    if (!parsed.success) return { ok: false, reason: 'malformed' }
    if (parsed.data.exp <= nowSeconds) return { ok: false, reason: 'expired' }
    return { ok: true, claims: parsed.data }
  }
}

/**
 * Whether the caller may use the ticket: with capture tokens required, the caller's token (its jti) must be the
 * one that recognized, or the desk link that one was handed off from; without tokens, tickets bind to none.
 */
export function ticketBindsCaller(claims: RecordTicketClaims, callerJti: string | null): boolean {
  if (callerJti === null) return true
  return claims.jti !== undefined && (callerJti === claims.jti || callerJti === claims.pjti)
}
