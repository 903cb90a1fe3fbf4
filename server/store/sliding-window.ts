// The sliding-window log every store keeps per rate key: the times of the admitted hits in the last window,
// oldest first. Exact (never more than `limit` in any window), and at most `limit` numbers per key.
// The Redis store runs the same steps in Lua on a sorted set (redis-scripts.ts).
import type { RateDecision } from './shared-store.ts'

/** Drops what fell out of the window, then admits and records `nowMs` if there is room. Mutates `log`. */
export function slidingWindowHit(
  log: number[],
  nowMs: number,
  limit: number,
  windowMs: number,
): RateDecision {
  let expired = 0
  while (expired < log.length && log[expired]! <= nowMs - windowMs) expired++
  if (expired > 0) log.splice(0, expired)
  if (log.length < limit) {
    log.push(nowMs)
    return { ok: true }
  }
  // Full: the slot frees when the oldest of the last `limit` hits leaves the window.
  const oldest = log[log.length - limit]!
  return { ok: false, retryAfterMs: Math.max(1, oldest + windowMs - nowMs) }
}

/** True when no hit of the log is inside the window any more: the key can be forgotten. */
export function slidingWindowIdle(log: readonly number[], nowMs: number, windowMs: number): boolean {
  const newest = log[log.length - 1]
  return newest === undefined || newest <= nowMs - windowMs
}
