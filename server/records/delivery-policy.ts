// What both queues decide after an attempt, in one place: deliver, try again later (the retry schedule, or the
// receiver's Retry-After when it asks for longer), or give up — attempts used up, or the next attempt would
// come after the retention. A given-up record keeps only its id (a tombstone operations can count) for one
// more retention; its ciphertext goes at once.
import { attemptsFor, DEFAULT_RETRY_STEPS_MS, nextAttemptDelayMs } from './retry-schedule.ts'
import type { DeliveryOutcome } from './webhook-sender.ts'

export const DEFAULT_RETENTION_MS = 72 * 60 * 60 * 1000

/** Record ids, attempt numbers and HTTP statuses only: never a body, a ticket, a URL or a secret. */
export interface RecordLogFields {
  recordId?: string
  attempt?: number
  status?: number | null
  reason?: string
  count?: number
}
export type RecordLog = (
  level: 'info' | 'warn' | 'error',
  event: RecordEvent,
  fields: RecordLogFields,
) => void
export type RecordEvent =
  | 'record-delivered'
  | 'record-retry'
  | 'record-undeliverable'
  | 'record-store-unavailable'
  | 'record-store-error'
  | 'record-removed'

export interface DeliveryPolicy {
  retentionMs: number
  steps: readonly number[]
  /** Attempts, the first included, before giving up (spans the retention with the schedule's waits) */
  maxAttempts: number
}

export function deliveryPolicy(
  retentionMs = DEFAULT_RETENTION_MS,
  steps = DEFAULT_RETRY_STEPS_MS,
): DeliveryPolicy {
  return { retentionMs, steps, maxAttempts: attemptsFor(retentionMs, steps) }
}

export const isPastRetention = (acceptedAtMs: number, nowMs: number, policy: DeliveryPolicy) =>
  nowMs - acceptedAtMs >= policy.retentionMs

export type NextStep = { kind: 'retry'; delayMs: number } | { kind: 'give-up'; why: 'attempts' | 'retention' }

/** After attempt number `attempt` (1-based) failed with `outcome`. */
export function planAfterFailure(
  attempt: number,
  outcome: Extract<DeliveryOutcome, { kind: 'retry' }>,
  acceptedAtMs: number,
  nowMs: number,
  policy: DeliveryPolicy,
  random: () => number = Math.random,
): NextStep {
  if (attempt >= policy.maxAttempts) return { kind: 'give-up', why: 'attempts' }
  const delayMs = Math.max(nextAttemptDelayMs(attempt, policy.steps, random), outcome.retryAfterMs ?? 0)
  if (isPastRetention(acceptedAtMs, nowMs + delayMs, policy)) return { kind: 'give-up', why: 'retention' }
  return { kind: 'retry', delayMs }
}

/** The log line of an attempt's result (and of giving up): the same words from both queues. */
export function logAttempt(
  log: RecordLog,
  recordId: string,
  attempt: number,
  outcome: DeliveryOutcome,
  next?: NextStep,
): void {
  if (outcome.kind === 'delivered') {
    log('info', 'record-delivered', { recordId, attempt, status: outcome.status })
  } else if (next?.kind === 'give-up') {
    log('error', 'record-undeliverable', { recordId, attempt, status: outcome.status, reason: next.why })
  } else {
    log('warn', 'record-retry', { recordId, attempt, status: outcome.status, reason: outcome.reason })
  }
}
