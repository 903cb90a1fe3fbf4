// The Node entry's record delivery: opens the durable queue (Redis with REDIS_URL, else the SQLite file at
// RECORD_STORE_PATH) when a webhook is configured, with a log that names events and ids, never a body.
import type { ServerConfig } from '../config.ts'
import { deliversRecords } from '../config.ts'
import type { RecordQueue } from './record-queue.ts'

/** What open-record-queue.ts takes (docs/record-delivery.md); its log gets ids, attempts and statuses only. */
export interface OpenRecordQueueOptions {
  redisUrl?: string
  redisKeyPrefix: string
  sqlitePath: string
  webhookUrl: string
  webhookSecret: string
  retentionMs: number
  log: (level: 'info' | 'warn' | 'error', event: string, fields: object) => void
}

type OpenRecordQueue = (options: OpenRecordQueueOptions) => RecordQueue | Promise<RecordQueue>

// TODO(integrator): replace with `import { openRecordQueue } from './open-record-queue.ts'` once the queue's
// branch is merged; the path is a variable only so this branch type-checks without that file.
const QUEUE_MODULE = './open-record-queue.ts'

export async function openRecordDelivery(
  config: ServerConfig,
  log: OpenRecordQueueOptions['log'],
): Promise<RecordQueue | null> {
  if (!deliversRecords(config)) return null
  const { openRecordQueue } = (await import(QUEUE_MODULE)) as { openRecordQueue: OpenRecordQueue }
  return openRecordQueue({
    ...(config.REDIS_URL ? { redisUrl: config.REDIS_URL } : {}),
    redisKeyPrefix: config.REDIS_KEY_PREFIX,
    sqlitePath: config.RECORD_STORE_PATH,
    webhookUrl: config.RECORD_WEBHOOK_URL!,
    webhookSecret: config.RECORD_WEBHOOK_SECRET!,
    retentionMs: config.RECORD_RETENTION_HOURS * 60 * 60 * 1000,
    log,
  })
}
