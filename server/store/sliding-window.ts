// The sliding-window log every in-process store keeps per rate key: the times of the admitted hits in the
// last window, oldest first. Exact (never more than `limit` in any window), at most `limit` times per key,
// and O(1) per hit however large the limit (the expired front is skipped, and compacted now and then).
// The Redis store runs the same steps in Lua on a sorted set (redis-scripts.ts).
import type { RateDecision } from './shared-store.ts'

export interface SlidingLog {
  times: number[]
  /** Index of the oldest time still in the window; everything before it has expired. */
  head: number
}

export const emptyLog = (): SlidingLog => ({ times: [], head: 0 })

/** Drops what fell out of the window, then admits and records `nowMs` if there is room. Mutates `log`. */
export function slidingWindowHit(
  log: SlidingLog,
  nowMs: number,
  limit: number,
  windowMs: number,
): RateDecision {
  const { times } = log
  while (log.head < times.length && times[log.head]! <= nowMs - windowMs) log.head++
  // Compact once the expired front outweighs the live part, so the array stays within twice the window.
  if (log.head > 32 && log.head * 2 > times.length) {
    times.splice(0, log.head)
    log.head = 0
  }
  const live = times.length - log.head
  if (live < limit) {
    times.push(nowMs)
    return { ok: true }
  }
  // Full: the slot frees when the oldest of the last `limit` hits leaves the window.
  const oldest = times[times.length - limit]!
  return { ok: false, retryAfterMs: Math.max(1, oldest + windowMs - nowMs) }
}

/** True when no hit of the log is inside the window any more: the key can be forgotten. */
export function slidingWindowIdle(log: SlidingLog, nowMs: number, windowMs: number): boolean {
  const newest = log.times[log.times.length - 1]
  return newest === undefined || newest <= nowMs - windowMs
}
