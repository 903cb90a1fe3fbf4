// The Node entry's record delivery: opens the durable queue (Redis with REDIS_URL, else the SQLite file at
// RECORD_STORE_PATH) when a webhook is configured, with a log that names events and ids, never a body.
import type { ServerConfig } from '../config.ts'
import { deliversRecords } from '../config.ts'
import type { RecordLog } from './delivery-policy.ts'
import { openRecordQueue } from './open-record-queue.ts'
import type { RecordQueue } from './record-queue.ts'

export function openRecordDelivery(config: ServerConfig, log: RecordLog): RecordQueue | null {
  if (!deliversRecords(config)) return null
  return openRecordQueue({
    ...(config.REDIS_URL ? { redisUrl: config.REDIS_URL } : {}),
    redisKeyPrefix: config.REDIS_KEY_PREFIX,
    sqlitePath: config.RECORD_STORE_PATH,
    webhookUrl: config.RECORD_WEBHOOK_URL!,
    webhookSecret: config.RECORD_WEBHOOK_SECRET!,
    retentionMs: config.RECORD_RETENTION_HOURS * 60 * 60 * 1000,
    ...(config.RECORD_RETRY_STEPS_MS ? { retryScheduleMs: config.RECORD_RETRY_STEPS_MS } : {}),
    log,
  })
}
