// What the record delivery bench shares: a business's fresh keys, sealed records of a realistic size (a
// photo of PHOTO_BYTES, a portrait, the specimen's verified record) each with a real ticket signed with the
// server's webhook secret as a recognition would get it, and the Node server as its own process with Redis
// or the embedded SQLite store, delivering to the reference receiver's port.
import { randomBytes, randomUUID } from 'node:crypto'
import { join } from 'node:path'
import { CompactEncrypt, importJWK } from 'jose'
import { DEMO_SECRET_ID, DEMO_SECRET_KEY } from '#server/emulator/demo-keys.ts'
import { RecordTickets } from '#server/records/record-ticket.ts'
import { SEAL_ENCRYPTION, type RecordPost } from '#src/hkid/record-delivery-contract.ts'
import { startApp, type AppProcess } from '#testing/records/app-process.ts'
import { sealedContent, type TestKeys } from '#testing/records/sealed-record.ts'

/** A phone photo after the app's compression is a few hundred KB: the sealed post is about 4/3 × 4/3 of it. */
export const PHOTO_BYTES = 300 * 1024
const PORTRAIT_BYTES = 12 * 1024

export type RecordStore = 'redis' | 'sqlite'
export const STORE_NAMES: Record<RecordStore, string> = { redis: 'Redis', sqlite: 'embedded SQLite' }

/** `count` posts ready to send: each its own ticket (one record per ticket) and its own seal. */
export async function sealedPosts(keys: TestKeys, count: number): Promise<string[]> {
  const tickets = new RecordTickets(keys.secret)
  const key = await importJWK(keys.publicJwk, 'ECDH-ES')
  const posts: string[] = []
  for (let index = 0; index < count; index++) {
    const content = sealedContent(`BENCH, Record ${index}`)
    content.photo = { type: 'image/jpeg', base64: randomBytes(PHOTO_BYTES).toString('base64') }
    content.portraits = { primary: randomBytes(PORTRAIT_BYTES).toString('base64') }
    const jwe = await new CompactEncrypt(new TextEncoder().encode(JSON.stringify(content)))
      .setProtectedHeader({ alg: 'ECDH-ES', enc: SEAL_ENCRYPTION })
      .encrypt(key)
    const post: RecordPost = {
      ticket: await tickets.issue({ requestId: randomUUID() }),
      jwe,
      routing: { journey: 'customer', staffReview: false },
    }
    posts.push(JSON.stringify(post))
  }
  return posts
}

/** POST /api/records as the browser does; the status and how long the answer took. */
export async function postRecord(base: string, body: string): Promise<{ status: number; ms: number }> {
  const started = performance.now()
  const response = await fetch(`${base}/api/records`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body,
  })
  await response.arrayBuffer()
  return { status: response.status, ms: performance.now() - started }
}

export interface RecordAppSettings {
  store: RecordStore
  keys: TestKeys
  receiverPort: number
  redisUrl: string
  /** A key prefix (Redis) or file name (SQLite) per phase, so one phase's records are not the next one's */
  name: string
  dir: string
}

/** The server as production runs it, with a no-op upstream (nothing is recognized here) and no rate limit. */
export function startRecordApp(
  settings: RecordAppSettings,
  extra: Record<string, string> = {},
): Promise<AppProcess> {
  return startApp({
    TENCENTCLOUD_SECRET_ID: DEMO_SECRET_ID,
    TENCENTCLOUD_SECRET_KEY: DEMO_SECRET_KEY,
    OCR_ENDPOINT: 'http://127.0.0.1:9',
    ALLOW_ANONYMOUS: '1',
    RATE_PER_IP_PER_MINUTE: '1000000',
    RECORD_WEBHOOK_URL: `http://127.0.0.1:${settings.receiverPort}/webhook`,
    RECORD_WEBHOOK_SECRET: settings.keys.secret,
    RECORD_PUBLIC_JWK: JSON.stringify(settings.keys.publicJwk),
    RECORD_STORE_PATH: join(settings.dir, `${settings.name}.sqlite`),
    ...(settings.store === 'redis'
      ? { REDIS_URL: settings.redisUrl, REDIS_KEY_PREFIX: `${settings.name}:` }
      : {}),
    ...extra,
  })
}

/** Nearest-rank percentile of `values` (0 < p ≤ 100). */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Polls `check` every 10 ms until it holds; false after `ms`. */
export async function until(check: () => boolean, ms: number): Promise<boolean> {
  const deadline = performance.now() + ms
  while (!check()) {
    if (performance.now() > deadline) return false
    await pause(10)
  }
  return true
}
