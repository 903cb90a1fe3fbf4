// Record delivery through every fault at once, from a customer's capture link in the browser: the receiver is
// down when the customer sends, the app is killed (SIGKILL) and started again before delivery, Redis is killed
// and restarted from its append-only file, and the receiver first runs with a wrong webhook secret (so the
// signature fails and it answers 400). Then, with the right secret, exactly one record arrives — the fields
// and photo the customer confirmed — under one webhook-id on every attempt. The app, redis-server and receiver
// are this spec's own processes on free ports; the app retries every 3 s (RECORD_RETRY_STEPS_MS, tests only).
import type { Page } from '@playwright/test'
import { createClient } from 'redis'
import { mintCaptureToken } from '#server/access/capture-token.ts'
import {
  recordAcceptedSchema,
  sealedContentSchema,
  type RecordReceipt,
} from '#src/hkid/record-delivery-contract.ts'
import { strings, usePhoto } from '#testing/e2e/desk-handoff-pages.ts'
import { expect, test } from '#testing/e2e/test.ts'
import { fixtures } from '#testing/fixtures/fixture-files.ts'
import { ownApps } from '#testing/e2e/own-app.ts'
import type { AppProcess } from '#testing/records/app-process.ts'
import { freePort } from '#testing/records/receiver-process.ts'
import { TEST_RECORD_WEBHOOK_SECRET } from '#testing/records/test-record-keys.ts'
import { freshSecret } from '#testing/records/sealed-record.ts'
import { watchSentPhoto } from '#testing/records/sent-photo.ts'
import { startRedisServer, type RedisServer } from '#testing/server/redis-server.ts'

const s = strings.en
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, locale: 'en' }
const TOKEN_SECRET = 'e2e-record-faults-token-secret-0123456789'
const FIELDS = ['enName', 'cnName', 'idNum', 'birthday', 'currentIssueDate'] as const
/** Long enough to kill the app while the record surely waits for its retry, not mid-attempt (BullMQ would then
 * hold it for its 30 s lock, as documented for a worker that dies mid-send) */
const RETRY_MS = 3000
/** Each test its own keys in the shared redis-server */
const prefix = () => `faults-${runs}:`

/** Records waiting for a retry, as BullMQ keeps them (a fresh client: Redis is restarted under it). */
async function delayedRecords(): Promise<number> {
  const client = createClient({ url: redis.url, RESP: 2 })
  client.on('error', () => undefined)
  await client.connect()
  try {
    return await client.zCard(`${prefix()}bull:records:delayed`)
  } finally {
    await client.close()
  }
}

let redis: RedisServer
let receiverPort: number
let runs = 0
const own = ownApps('record-faults')

test.beforeAll(async () => {
  redis = await startRedisServer()
  receiverPort = await freePort()
})
test.afterAll(async () => {
  await redis?.close()
})

/** The app as a business runs it with Redis, except for retries within a second (NODE_ENV=test only). */
const appEnv = (): Record<string, string> => ({
  ...own.appEnv({ tokenSecret: TOKEN_SECRET, receiverPort, store: 'unused' }),
  NODE_ENV: 'test',
  RECORD_RETRY_STEPS_MS: String(RETRY_MS),
  REDIS_URL: redis.url,
  REDIS_KEY_PREFIX: prefix(),
})

const receiver = (secret: string) => own.receiver(receiverPort, secret)

async function waiting(app: AppProcess): Promise<number | undefined> {
  const health = (await (await fetch(`${app.base}/api/health`)).json()) as { records?: { waiting: number } }
  return health.records?.waiting
}

/** Holds the answer to the record's post until `release()`: the page must not say "received" before it has it. */
async function holdRecordAnswer(page: Page) {
  let release!: () => void
  const released = new Promise<void>((resolve) => (release = resolve))
  let answered!: (value: { status: number; receipt: RecordReceipt | null }) => void
  const answer = new Promise<{ status: number; receipt: RecordReceipt | null }>(
    (resolve) => (answered = resolve),
  )
  await page.route('**/api/records', async (route) => {
    const response = await route.fetch()
    const body = await response.body()
    const parsed = recordAcceptedSchema.safeParse(JSON.parse(body.toString('utf8')))
    answered({ status: response.status(), receipt: parsed.success ? parsed.data.receipt : null })
    await released
    await route.fulfill({ response, body })
  })
  return { answer, release }
}

test('a record sent while the receiver is down survives an app crash, a Redis restart and a wrong secret, and arrives once', async ({
  browser,
}) => {
  // About 30 s on an idle machine; room for a 2-core machine shared with other runs.
  test.setTimeout(150_000)
  runs += 1
  const first = await own.app(appEnv())
  const link = await mintCaptureToken({
    secret: TOKEN_SECRET,
    calls: 3,
    lifetimeSeconds: 600,
    journey: 'customer',
  })
  const context = await browser.newContext(PHONE)
  const page = await context.newPage()
  const sentPhoto = await watchSentPhoto(page)
  await page.goto(`${first.base}/#token=${link}`)
  await page.getByRole('dialog').getByRole('button', { name: s.capture.uploadInstead }).click()
  await page.getByLabel(s.capture.chooseFile).setInputFiles(fixtures.specimenCard)
  await usePhoto(page)
  await expect(page.getByRole('heading', { name: s.customer.review.heading })).toBeFocused()
  await page.getByLabel(s.review.fields.idNum).fill('A123456(3)')
  const confirmed: Record<string, string> = {}
  for (const field of FIELDS)
    confirmed[field] = await page.getByTestId(`field-${field}`).locator('input').inputValue()

  // The receiver is down. The server answers 202 once Redis has the record; the page waits for that answer.
  const held = await holdRecordAnswer(page)
  await page.getByRole('button', { name: s.customer.review.send }).click()
  const { status, receipt } = await held.answer
  expect(status).toBe(202)
  await expect(page.getByRole('heading', { name: s.customer.sending.heading })).toBeVisible()
  await expect(page.getByText(s.customer.done.received)).toHaveCount(0)
  held.release()
  await expect(page.getByTestId('customer-ending')).toContainText(s.customer.done.received)
  await expect(page.getByTestId('receipt-reference')).toHaveText(receipt!.reference)
  const photo = await sentPhoto()
  await context.close()

  // Attempts fail (nothing listens); between two of them the app is killed, so the record is only in Redis.
  await expect.poll(() => first.events('record-retry').length, { timeout: 15_000 }).toBeGreaterThan(0)
  await expect.poll(delayedRecords, { timeout: 15_000 }).toBe(1)
  await first.stop('SIGKILL')
  // Redis dies too and comes back from its append-only file.
  await redis.stop()
  await redis.start()
  const second = await own.app(appEnv())
  await expect.poll(() => waiting(second), { timeout: 15_000 }).toBe(1)
  await expect.poll(() => second.events('record-retry').length, { timeout: 30_000 }).toBeGreaterThan(0)

  // A receiver with the wrong secret cannot verify the signature: it answers 400 and opens nothing.
  const wrong = await receiver(freshSecret())
  await expect
    .poll(() => wrong.lines().filter((line) => /signature not verified/.test(line)).length, {
      timeout: 15_000,
    })
    .toBeGreaterThan(0)
  expect(wrong.opened()).toEqual([])
  const rejected = wrong.seenIds()
  await wrong.stop()

  // With the right secret: one record, opened once, under the id every attempt carried.
  const right = await receiver(TEST_RECORD_WEBHOOK_SECRET)
  await expect.poll(() => right.opened().length, { timeout: 15_000 }).toBe(1)
  await expect.poll(() => waiting(second), { timeout: 10_000 }).toBe(0)
  const id = `msg_${receipt!.id}`
  expect(right.opened()).toEqual([id])
  expect(new Set([...rejected, ...right.seenIds()])).toEqual(new Set([id]))
  const records = right.records()
  expect([...records.keys()]).toEqual([receipt!.id])
  const opened = sealedContentSchema.parse(records.get(receipt!.id))
  expect(opened.record).toMatchObject({ journey: 'customer', final: confirmed })
  expect(Buffer.from(opened.photo!.base64, 'base64').equals(photo)).toBe(true)

  // The logs of both app processes name ids and statuses, never what the customer sent.
  const logs = first.output() + second.output()
  for (const field of FIELDS) expect(logs).not.toContain(confirmed[field])
})
