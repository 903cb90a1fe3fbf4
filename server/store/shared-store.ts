// The state that must hold across processes (docs/shared-state.md) behind one interface: call budgets of capture links,
// sliding-window rates (per IP, per token, the account-wide upstream rate) and the one-shot hand-off relay.
// Implementations: in memory (one process, the default), Redis (REDIS_URL, several instances), a Durable Object
// (Workers). Every method is async so the same caller code runs on each.

import { HANDOFF_MESSAGE_MAX_BYTES } from '#src/hkid/desk-handoff-contract.ts'

export type RateDecision = { ok: true } | { ok: false; retryAfterMs: number }

export type StoreKind = 'memory' | 'redis' | 'durable-object'

/** The shared store could not be reached or did not answer in time: budgets fail closed on it. */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError'
}

export interface SharedStore {
  readonly kind: StoreKind
  /**
   * Takes one call from the budget `key`, which allows `limit` calls in all and is forgotten at
   * `expiresAtMs` (the token's expiry). false when none is left. Atomic across every instance.
   */
  spendCall(key: string, limit: number, expiresAtMs: number): Promise<boolean>
  /** Gives back one call taken by spendCall; never below zero, a no-op for an unknown or expired budget. */
  refundCall(key: string): Promise<void>
  /**
   * Records one hit under `key` when fewer than `limit` hits fall in the last `windowMs` (a sliding log:
   * exact, never more than `limit` in any window); otherwise records nothing and says when a slot frees.
   */
  hitRate(key: string, limit: number, windowMs: number): Promise<RateDecision>
  readonly relay: HandoffRelay
  /**
   * Resolves when the store answers now (within its command deadline), else throws StoreUnavailableError.
   * Absent where the store cannot be down on its own (this process's memory).
   */
  probe?(): Promise<void>
  close(): Promise<void>
}

/** What /api/health says of a shared store: answering, or down or stalled (capture links refused). */
export type StoreHealth = 'ok' | 'degraded'

/** What `put` did: stored it (and woke a waiting reader), or why not. */
export type RelayPutResult = 'stored' | 'already-used' | 'too-large' | 'store-full'

export interface RelayWaitOptions {
  /** Give up (answer null) after this long. */
  timeoutMs: number
  signal?: AbortSignal
}

/**
 * One-shot relay of opaque ciphertext between two devices (desk ↔ phone), keyed by a channel id the desk made.
 * The store never sees a key or plaintext. A channel takes one put in its life: a second is refused even after
 * the first was taken. The ciphertext is deleted when taken or when its TTL runs out.
 */
export interface HandoffRelay {
  put(channel: string, ciphertext: Uint8Array, ttlMs?: number): Promise<RelayPutResult>
  /** The ciphertext, removed by this call (exactly one caller ever gets it), or null. */
  take(channel: string): Promise<Uint8Array | null>
  /** take(), waiting up to timeoutMs for a put (long-poll, SSE). null on timeout or abort. */
  waitAndTake(channel: string, options: RelayWaitOptions): Promise<Uint8Array | null>
  /**
   * Puts back what a take gave a reader that could not deliver it (its client left before the answer): the next
   * take or wait gets it. The channel stays used, so the sender's own resend is still refused.
   */
  giveBack(channel: string, ciphertext: Uint8Array, ttlMs?: number): Promise<void>
  /**
   * Marks the channel opened by one device (the phone). The same claimant may claim again (a reload);
   * any other is refused until the claim's TTL runs out.
   */
  claim(channel: string, claimant: string, ttlMs?: number): Promise<'claimed' | 'refused'>
}

/** Ciphertext larger than this is refused: the phone fits the result and the card photo under it. */
export const RELAY_MAX_BYTES = HANDOFF_MESSAGE_MAX_BYTES
export const RELAY_DEFAULT_TTL_MS = 5 * 60_000
/** Channels live minutes, not hours: TTLs are clamped to this. */
export const RELAY_MAX_TTL_MS = 15 * 60_000

const CHANNEL_PATTERN = /^[A-Za-z0-9_-]{16,128}$/
const CLAIMANT_PATTERN = /^[A-Za-z0-9_-]{1,128}$/

/** A channel id is 16–128 URL-safe characters: random enough to be unguessable, short enough for a key. */
export function isRelayChannelId(channel: string): boolean {
  return CHANNEL_PATTERN.test(channel)
}

/** Refuses ids no route should pass on (programming errors), so keys in any backend stay well-formed. */
export function assertRelayIds(channel: string, claimant?: string): void {
  if (!CHANNEL_PATTERN.test(channel)) throw new RangeError('relay channel id must be 16–128 of [A-Za-z0-9_-]')
  if (claimant !== undefined && !CLAIMANT_PATTERN.test(claimant)) {
    throw new RangeError('relay claimant must be 1–128 of [A-Za-z0-9_-]')
  }
}

export function relayTtl(ttlMs: number | undefined): number {
  const ttl = ttlMs ?? RELAY_DEFAULT_TTL_MS
  return Math.max(1000, Math.min(RELAY_MAX_TTL_MS, Math.floor(ttl)))
}
