import { describe, expect, it } from 'vitest'
import { DEFAULT_RETENTION_MS, deliveryPolicy, logAttempt, planAfterFailure } from './delivery-policy.ts'
import { attemptsFor } from './retry-schedule.ts'

const noJitter = () => 0
const failed = { kind: 'retry', status: 503, reason: 'status' } as const
const t0 = Date.parse('2026-12-07T00:00:00Z')

describe('after a failed attempt', () => {
  const policy = deliveryPolicy(DEFAULT_RETENTION_MS)

  it('keeps records 72 h by default, with the attempts the schedule needs to span them', () => {
    expect(policy.retentionMs).toBe(72 * 3_600_000)
    expect(policy.maxAttempts).toBe(attemptsFor(72 * 3_600_000))
  })

  it('tries again on the schedule', () => {
    expect(planAfterFailure(1, failed, t0, t0 + 1000, policy, noJitter)).toEqual({
      kind: 'retry',
      delayMs: 5000,
    })
    expect(planAfterFailure(2, failed, t0, t0 + 9000, policy, noJitter)).toEqual({
      kind: 'retry',
      delayMs: 30_000,
    })
  })

  it("waits as long as the receiver's Retry-After asks when that is longer, never shorter than the schedule", () => {
    expect(planAfterFailure(1, { ...failed, retryAfterMs: 60_000 }, t0, t0, policy, noJitter)).toEqual({
      kind: 'retry',
      delayMs: 60_000,
    })
    expect(planAfterFailure(1, { ...failed, retryAfterMs: 10 }, t0, t0, policy, noJitter)).toEqual({
      kind: 'retry',
      delayMs: 5000,
    })
  })

  it('gives up when the attempts are used up', () => {
    expect(planAfterFailure(policy.maxAttempts, failed, t0, t0 + 1000, policy, noJitter)).toEqual({
      kind: 'give-up',
      why: 'attempts',
    })
  })

  it('gives up when the next attempt would come after the retention', () => {
    const short = deliveryPolicy(1000, [300])
    expect(planAfterFailure(1, failed, t0, t0 + 500, short, noJitter)).toEqual({
      kind: 'retry',
      delayMs: 300,
    })
    expect(planAfterFailure(2, failed, t0, t0 + 800, short, noJitter)).toEqual({
      kind: 'give-up',
      why: 'retention',
    })
  })
})

describe('the log line of an attempt', () => {
  const lines: unknown[] = []
  const log = (...line: unknown[]) => void lines.push(line)

  it('names the record, the attempt and the status only', () => {
    logAttempt(log, 'rec_1', 1, { kind: 'delivered', status: 204 })
    logAttempt(log, 'rec_2', 3, failed, { kind: 'retry', delayMs: 5 })
    logAttempt(
      log,
      'rec_3',
      9,
      { ...failed, status: null, reason: 'timeout' },
      { kind: 'give-up', why: 'retention' },
    )
    expect(lines).toEqual([
      ['info', 'record-delivered', { recordId: 'rec_1', attempt: 1, status: 204 }],
      ['warn', 'record-retry', { recordId: 'rec_2', attempt: 3, status: 503, reason: 'status' }],
      ['error', 'record-undeliverable', { recordId: 'rec_3', attempt: 9, status: null, reason: 'retention' }],
    ])
  })
})
