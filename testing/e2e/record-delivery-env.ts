// Record delivery in the end-to-end run: both apps seal to the TEST key and deliver to one reference receiver
// (scripts/record-receiver.ts), which opens each record into RECORD_OUT_DIR as `<receipt id>.json`. The first
// app (the emulator's) queues in the embedded SQLite store, the second (the local reader's) in a real
// redis-server. Everything under test-results/.
import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import {
  TEST_RECORD_PRIVATE_JWK,
  TEST_RECORD_PUBLIC_JWK,
  TEST_RECORD_WEBHOOK_SECRET,
} from '#testing/records/test-record-keys.ts'
import { E2E_APP_PORT, E2E_RECEIVER_PORT, E2E_REDIS_PORT } from './ports.ts'

/** Outside Playwright's outputDir, which it empties at the start of a run while these servers already run. */
export const RECORDS_DIR = resolve(`test-results/records-${E2E_APP_PORT}`)
export const RECORD_OUT_DIR = join(RECORDS_DIR, 'received')
const REDIS_DIR = join(RECORDS_DIR, 'redis')

/** Folders the receiver and redis-server write into must exist before they start (idempotent). */
export function makeRecordDirs(): void {
  for (const dir of [RECORD_OUT_DIR, REDIS_DIR]) mkdirSync(dir, { recursive: true })
}

/** The app's record delivery settings; `store` picks the queue. */
export function recordDeliveryEnv(store: 'redis' | 'sqlite', name: string): Record<string, string> {
  return {
    RECORD_WEBHOOK_URL: `http://127.0.0.1:${E2E_RECEIVER_PORT}/webhook`,
    RECORD_WEBHOOK_SECRET: TEST_RECORD_WEBHOOK_SECRET,
    RECORD_PUBLIC_JWK: JSON.stringify(TEST_RECORD_PUBLIC_JWK),
    RECORD_STORE_PATH: join(RECORDS_DIR, `${name}.sqlite`),
    ...(store === 'redis' ? { REDIS_URL: `redis://127.0.0.1:${E2E_REDIS_PORT}` } : {}),
  }
}

/** The reference receiver, as a business would run it, with the TEST private key. */
export const receiverServer = {
  command: 'tsx scripts/record-receiver.ts',
  port: E2E_RECEIVER_PORT,
  reuseExistingServer: false,
  timeout: 60_000,
  env: {
    PORT: String(E2E_RECEIVER_PORT),
    RECORD_WEBHOOK_SECRET: TEST_RECORD_WEBHOOK_SECRET,
    RECORD_PRIVATE_JWK: JSON.stringify(TEST_RECORD_PRIVATE_JWK),
    RECORD_OUT_DIR,
  },
}

/** Debian's redis-server, durable as the app demands (append-only file, no RDB snapshots), on loopback. */
export const redisServer = {
  command: `redis-server --port ${E2E_REDIS_PORT} --bind 127.0.0.1 --save '' --appendonly yes --dir '${REDIS_DIR}'`,
  port: E2E_REDIS_PORT,
  reuseExistingServer: false,
  timeout: 30_000,
}
