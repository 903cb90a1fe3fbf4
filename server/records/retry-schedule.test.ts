import { describe, expect, it } from 'vitest'
import { attemptsFor, DEFAULT_RETRY_STEPS_MS, nextAttemptDelayMs, RETRY_JITTER } from './retry-schedule.ts'

const HOUR = 3_600_000
const noJitter = () => 0

describe('the retry schedule', () => {
  it('starts within seconds and grows to hours', () => {
    expect(nextAttemptDelayMs(1, DEFAULT_RETRY_STEPS_MS, noJitter)).toBeLessThanOrEqual(10_000)
    expect(nextAttemptDelayMs(20, DEFAULT_RETRY_STEPS_MS, noJitter)).toBeGreaterThanOrEqual(HOUR)
  })

  it('never waits less after more failures', () => {
    let previous = 0
    for (let failed = 1; failed <= 40; failed++) {
      const delay = nextAttemptDelayMs(failed, DEFAULT_RETRY_STEPS_MS, noJitter)
      expect(delay).toBeGreaterThanOrEqual(previous)
      previous = delay
    }
  })

  it('is capped: the longest wait is the last step plus its jitter', () => {
    const last = DEFAULT_RETRY_STEPS_MS.at(-1)!
    for (const failed of [8, 9, 100, 10_000]) {
      expect(nextAttemptDelayMs(failed, DEFAULT_RETRY_STEPS_MS, () => 1)).toBe(last * (1 + RETRY_JITTER))
    }
  })

  it('spans at least 24 hours with the attempts it counts for 24 hours', () => {
    const attempts = attemptsFor(24 * HOUR)
    let spanned = 0
    for (let failed = 1; failed < attempts; failed++)
      spanned += nextAttemptDelayMs(failed, DEFAULT_RETRY_STEPS_MS, noJitter)
    expect(spanned).toBeGreaterThanOrEqual(24 * HOUR)
    // …and not one attempt more than it takes.
    expect(spanned - nextAttemptDelayMs(attempts - 1, DEFAULT_RETRY_STEPS_MS, noJitter)).toBeLessThan(
      24 * HOUR,
    )
  })

  it('adds jitter, never takes it away, within its share', () => {
    const draws = [0, 0.25, 0.5, 0.99, 1].map((r) => nextAttemptDelayMs(3, DEFAULT_RETRY_STEPS_MS, () => r))
    expect(new Set(draws).size).toBe(draws.length)
    for (const delay of draws) {
      expect(delay).toBeGreaterThanOrEqual(DEFAULT_RETRY_STEPS_MS[2]!)
      expect(delay).toBeLessThanOrEqual(DEFAULT_RETRY_STEPS_MS[2]! * (1 + RETRY_JITTER))
    }
  })

  it('follows a short schedule given in milliseconds (tests) and repeats its last step', () => {
    const steps = [10, 20, 40]
    expect([1, 2, 3, 4, 5].map((failed) => nextAttemptDelayMs(failed, steps, noJitter))).toEqual([
      10, 20, 40, 40, 40,
    ])
    expect(attemptsFor(100, steps)).toBe(5)
    expect(attemptsFor(0, steps)).toBe(1)
  })

  it('refuses a schedule without a wait', () => {
    expect(() => nextAttemptDelayMs(1, [])).toThrow(/at least one wait/)
    expect(() => attemptsFor(10, [0])).toThrow(/never spans/)
  })
})
