// The record queue a Node process uses: BullMQ on Redis when REDIS_URL is set (several instances), else the
// embedded SQLite file (one instance). Both deliver to RECORD_WEBHOOK_URL, signed with RECORD_WEBHOOK_SECRET,
// on the same retry schedule and retention.
import { deliveryPolicy, DEFAULT_RETENTION_MS, type RecordLog } from './delivery-policy.ts'
import type { RecordQueue } from './record-queue.ts'
import { RedisRecordQueue } from './redis-record-queue.ts'
import { DEFAULT_RETRY_STEPS_MS } from './retry-schedule.ts'
import { SqliteRecordQueue } from './sqlite-record-queue.ts'
import { createWebhookSender } from './webhook-sender.ts'

export interface OpenRecordQueueOptions {
  redisUrl?: string
  redisKeyPrefix: string
  /** The SQLite file (its directory is created) when there is no Redis */
  sqlitePath: string
  webhookUrl: string
  /** Standard Webhooks secret, `whsec_…` */
  webhookSecret: string
  /** Kept no longer than this if the receiver never answers 2xx (default 72 h) */
  retentionMs?: number
  log: RecordLog
  nowMs?: () => number
  /** The waits between attempts, the last repeating (tests use milliseconds) */
  retryScheduleMs?: readonly number[]
  /** One attempt's deadline (default 10 s) */
  webhookTimeoutMs?: number
  /** Redis: how long a worker holds a record it sends before another may take it (default 30 s) */
  redisLockMs?: number
  /** SQLite: how often an idle queue looks for due records (default 1 s) */
  pollMs?: number
}

export function openRecordQueue(options: OpenRecordQueueOptions): RecordQueue {
  const policy = deliveryPolicy(
    options.retentionMs ?? DEFAULT_RETENTION_MS,
    options.retryScheduleMs ?? DEFAULT_RETRY_STEPS_MS,
  )
  const send = createWebhookSender({
    url: options.webhookUrl,
    secret: options.webhookSecret,
    ...(options.webhookTimeoutMs === undefined ? {} : { timeoutMs: options.webhookTimeoutMs }),
    ...(options.nowMs === undefined ? {} : { nowMs: options.nowMs }),
  })
  const common = { send, policy, log: options.log, ...(options.nowMs ? { nowMs: options.nowMs } : {}) }
  if (options.redisUrl) {
    return new RedisRecordQueue({
      url: options.redisUrl,
      keyPrefix: options.redisKeyPrefix,
      ...common,
      ...(options.redisLockMs === undefined ? {} : { lockMs: options.redisLockMs }),
    })
  }
  return new SqliteRecordQueue({
    path: options.sqlitePath,
    ...common,
    ...(options.pollMs === undefined ? {} : { pollMs: options.pollMs }),
  })
}
