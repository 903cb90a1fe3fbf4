// The record queue on Redis (REDIS_URL; several instances): BullMQ, keys under REDIS_KEY_PREFIX. `accept`
// spends the ticket (SET NX, until the ticket expires) then adds the job under the record's id; both answer
// only once Redis has them (Redis must persist: docs/operations.md). Each instance runs a Worker; BullMQ's
// locks give a record to one of them at a time, so it is delivered once — at least once, under one
// webhook-id, if a worker dies mid-send. A stalled or unreachable Redis fails `accept` within its deadline.
import { Queue, UnrecoverableError, Worker, type Job } from 'bullmq'
import { createClient } from 'redis'
import { withDeadline } from '../store/redis-connection.ts'
import {
  isPastRetention,
  logAttempt,
  planAfterFailure,
  type DeliveryPolicy,
  type RecordLog,
} from './delivery-policy.ts'
import {
  RecordStoreUnavailableError,
  type AcceptResult,
  type QueuedRecord,
  type RecordQueue,
  type RecordQueueHealth,
} from './record-queue.ts'
import type { SendRecord } from './webhook-sender.ts'

export interface RedisRecordQueueOptions {
  url: string
  /** REDIS_KEY_PREFIX (e.g. `hkid:`): the ticket keys and BullMQ's keys live under it */
  keyPrefix: string
  send: SendRecord
  policy: DeliveryPolicy
  log: RecordLog
  nowMs?: () => number
  /** `accept`'s and `health`'s deadline (default 1.5 s) */
  commandTimeoutMs?: number
  /** Deliveries in flight at once on this instance (default 4) */
  concurrency?: number
  /** How long a worker holds a record it is sending before another may take it (default 30 s): a record
   * whose worker died, or lost Redis mid-send, is sent again after this */
  lockMs?: number
  /** How often given-up records past the retention are removed (default: a tenth of it, 50 ms – 1 min) */
  cleanEveryMs?: number
}

interface RecordJob {
  body: string
  acceptedAtMs: number
}

const QUEUE_NAME = 'records'

/** A failed attempt tells BullMQ's backoff when to come back. */
class RetryLater extends Error {
  constructor(
    readonly delayMs: number,
    status: number | null,
  ) {
    super(`not delivered (${status ?? 'no answer'})`)
  }
}

const redisClient = (url: string) => {
  const client = createClient({
    url,
    RESP: 2,
    // Keep trying, at most every 2 s: an outage ends by itself when Redis is back.
    socket: {
      connectTimeout: 2000,
      reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 2000),
    },
  })
  client.on('error', () => undefined)
  return client
}

export class RedisRecordQueue implements RecordQueue {
  readonly kind = 'redis'
  readonly #producer: ReturnType<typeof redisClient>
  readonly #consumer: ReturnType<typeof redisClient>
  readonly #queue: Queue<RecordJob>
  readonly #worker: Worker<RecordJob>
  readonly #options: RedisRecordQueueOptions
  readonly #now: () => number
  readonly #deadlineMs: number
  readonly #cleaner: ReturnType<typeof setInterval>
  readonly #firstConnection: Promise<unknown>
  #degraded = false

  constructor(options: RedisRecordQueueOptions) {
    this.#options = options
    this.#now = options.nowMs ?? Date.now
    this.#deadlineMs = options.commandTimeoutMs ?? 1500
    this.#producer = redisClient(options.url)
    this.#consumer = redisClient(options.url)
    // Connected here, not by BullMQ, so `accept` can wait for the first connection within its deadline.
    this.#firstConnection = this.#producer.connect().catch(() => undefined)
    void this.#consumer.connect().catch(() => undefined)
    const prefix = `${options.keyPrefix}bull`
    this.#queue = new Queue<RecordJob>(QUEUE_NAME, {
      connection: this.#producer,
      prefix,
      skipWaitingForReady: true,
    })
    this.#queue.on('error', () => undefined)
    this.#worker = new Worker<RecordJob>(QUEUE_NAME, (job) => this.#deliver(job), {
      connection: this.#consumer,
      prefix,
      concurrency: options.concurrency ?? 4,
      // A record is never failed for having been held by a worker that died: it goes back to the queue.
      maxStalledCount: Number.MAX_SAFE_INTEGER,
      lockDuration: options.lockMs ?? 30_000,
      stalledInterval: options.lockMs ?? 30_000,
      // Back to delivering within seconds of Redis returning (BullMQ waits 15 s by default).
      runRetryDelay: 2000,
      drainDelay: 1,
      settings: {
        backoffStrategy: (_made, _type, error) => (error instanceof RetryLater ? error.delayMs : 1000),
      },
    })
    this.#worker.on('error', (error) =>
      options.log('warn', 'record-store-error', { reason: error instanceof Error ? error.name : 'error' }),
    )
    const { retentionMs } = options.policy
    const every = options.cleanEveryMs ?? Math.min(Math.max(retentionMs / 10, 50), 60_000)
    this.#cleaner = setInterval(() => void this.#clean(), every)
    this.#cleaner.unref()
  }

  async accept(record: QueuedRecord): Promise<AcceptResult> {
    try {
      const result = await withDeadline(this.#accept(record), this.#deadlineMs, 'accept')
      this.#degraded = false
      return result
    } catch (error) {
      this.#degraded = true
      this.#options.log('error', 'record-store-unavailable', { recordId: record.id })
      throw new RecordStoreUnavailableError('record store unavailable', { cause: error })
    }
  }

  async #accept(record: QueuedRecord): Promise<AcceptResult> {
    await this.#firstConnection
    // Fail at once while Redis is away, rather than wait in the client's queue and land after the 503.
    if (!this.#producer.isReady) throw new Error('Redis is not connected')
    const key = `${this.#options.keyPrefix}record-ticket:${record.ticketId}`
    const ttl = Math.max(1, Math.ceil(record.ticketExpiresAtMs - this.#now()))
    const spent = await this.#producer.sendCommand(['SET', key, record.id, 'PX', String(ttl), 'NX'])
    if (spent === null) {
      // The same record sent again (its answer was lost): adding it again is a no-op under its job id.
      const holder = await this.#producer.sendCommand<string | null>(['GET', key])
      if (holder !== record.id) return 'ticket-used'
    }
    const data: RecordJob = { body: record.body, acceptedAtMs: record.acceptedAtMs }
    await this.#queue.add('record', data, {
      jobId: record.id,
      attempts: this.#options.policy.maxAttempts,
      backoff: { type: 'record-schedule' },
      removeOnComplete: true,
      removeOnFail: false,
    })
    return 'accepted'
  }

  async health(): Promise<RecordQueueHealth> {
    try {
      const counts = await withDeadline(
        this.#queue.getJobCounts('waiting', 'delayed', 'active', 'prioritized', 'failed'),
        this.#deadlineMs,
        'health',
      )
      const waiting = (counts.waiting ?? 0) + (counts.delayed ?? 0) + (counts.active ?? 0)
      const held = counts.prioritized ?? 0
      return {
        store: this.#degraded ? 'degraded' : 'ok',
        waiting: waiting + held,
        undeliverable: counts.failed ?? 0,
      }
    } catch {
      this.#degraded = true
      return { store: 'degraded', waiting: 0, undeliverable: 0 }
    }
  }

  async close(): Promise<void> {
    clearInterval(this.#cleaner)
    await this.#worker.close()
    await this.#queue.close()
    await Promise.all(
      [this.#producer, this.#consumer].map((client) =>
        client.isOpen ? client.close().catch(() => client.destroy()) : undefined,
      ),
    )
  }

  async #deliver(job: Job<RecordJob>): Promise<void> {
    const id = String(job.id)
    const { policy, log } = this.#options
    const attempt = job.attemptsMade + 1
    if (isPastRetention(job.data.acceptedAtMs, this.#now(), policy)) {
      log('error', 'record-undeliverable', { recordId: id, attempt: job.attemptsMade, reason: 'retention' })
      return this.#giveUp(job)
    }
    const outcome = await this.#options.send({ id, body: job.data.body })
    if (outcome.kind === 'delivered') return logAttempt(log, id, attempt, outcome)
    const next = planAfterFailure(attempt, outcome, job.data.acceptedAtMs, this.#now(), policy)
    logAttempt(log, id, attempt, outcome, next)
    if (next.kind === 'give-up') return this.#giveUp(job)
    throw new RetryLater(next.delayMs, outcome.status)
  }

  /** Keeps the id (a tombstone counted as undeliverable until the retention passes), drops the ciphertext. */
  async #giveUp(job: Job<RecordJob>): Promise<never> {
    await job.updateData({ body: '', acceptedAtMs: job.data.acceptedAtMs })
    throw new UnrecoverableError('undeliverable')
  }

  async #clean(): Promise<void> {
    try {
      const removed = await this.#queue.clean(this.#options.policy.retentionMs, 1000, 'failed')
      if (removed.length > 0) this.#options.log('info', 'record-removed', { count: removed.length })
    } catch {
      // Redis away: the next round cleans.
    }
  }
}
