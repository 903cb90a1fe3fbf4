// When to try a record's delivery again: seconds at first (a receiver that blinked), hours later (one that is
// down for the night), ≥ 24 h in all. Jitter only ever adds, so the spread holds whatever the draw, and
// instances that failed together do not all come back in the same second.

const SECOND = 1000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE

/** The waits after the 1st, 2nd, … failed attempt; the last one repeats. */
export const DEFAULT_RETRY_STEPS_MS: readonly number[] = [
  5 * SECOND,
  30 * SECOND,
  2 * MINUTE,
  10 * MINUTE,
  30 * MINUTE,
  HOUR,
  2 * HOUR,
  4 * HOUR,
]

/** At most this share of a wait is added at random. */
export const RETRY_JITTER = 0.2

function checkSteps(steps: readonly number[]): void {
  if (steps.length === 0 || steps.some((step) => !Number.isFinite(step) || step < 0)) {
    throw new Error('a retry schedule needs at least one wait of 0 ms or more')
  }
}

/** The wait before the next attempt, `failedAttempts` (≥ 1) having failed; capped at the last step + jitter. */
export function nextAttemptDelayMs(
  failedAttempts: number,
  steps: readonly number[] = DEFAULT_RETRY_STEPS_MS,
  random: () => number = Math.random,
): number {
  checkSteps(steps)
  const index = Math.min(Math.max(Math.floor(failedAttempts), 1), steps.length) - 1
  const base = steps[index]!
  return Math.round(base * (1 + RETRY_JITTER * Math.min(Math.max(random(), 0), 1)))
}

/** How many attempts (the first included) it takes for the waits between them, jitter left out, to span `totalMs`. */
export function attemptsFor(totalMs: number, steps: readonly number[] = DEFAULT_RETRY_STEPS_MS): number {
  checkSteps(steps)
  if (steps.at(-1)! === 0 && steps.reduce((sum, step) => sum + step, 0) < totalMs) {
    throw new Error('a retry schedule that ends with a wait of 0 ms never spans a positive time')
  }
  let attempts = 1
  let spanned = 0
  while (spanned < totalMs) {
    spanned += nextAttemptDelayMs(attempts, steps, () => 0)
    attempts += 1
  }
  return attempts
}

/** What RECORD_RETRY_STEPS_MS may hold: a few waits of at most a minute, so a test's deliveries come back in
 * seconds. Only under NODE_ENV=test (the config refuses it otherwise): production keeps the schedule above. */
export const TEST_RETRY_STEPS_LIMIT = { count: 8, maxMs: 60_000 }

/** `"200,500,1000"` → [200, 500, 1000]; null when it is not a short list of whole milliseconds within the limit. */
export function parseTestRetrySteps(value: string): number[] | null {
  const parts = value.split(',').map((part) => part.trim())
  if (parts.length > TEST_RETRY_STEPS_LIMIT.count || parts.some((part) => !/^\d{1,6}$/.test(part)))
    return null
  const steps = parts.map(Number)
  return steps.every((step) => step <= TEST_RETRY_STEPS_LIMIT.maxMs) && steps.at(-1)! > 0 ? steps : null
}
