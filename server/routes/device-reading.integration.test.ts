// POST /api/hkid/device-reading against the real app: the same access control as recognize (a spent link gets no
// ticket, the rates count both routes together), refused with READ_ON=server, no image accepted, and the ticket
// it gives is taken by POST /api/records exactly once — queued in a real redis-server and delivered to the real
// reference receiver, which opens the record read on the device. The emulator is never called.
import { exportJWK } from 'jose'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { deviceReadingErrorSchema, recordErrorSchema } from '#src/hkid/api-errors.ts'
import { deviceReadingTicketSchema } from '#src/hkid/device-reading-contract.ts'
import { recordAcceptedSchema, sealedContentSchema } from '#src/hkid/record-delivery-contract.ts'
import { mintCaptureToken } from '../access/capture-token.ts'
import type { AppOptions } from '../app.ts'
import { openRecordQueue } from '../records/open-record-queue.ts'
import type { RecordQueue } from '../records/record-queue.ts'
import { postImage, specimenCard, startHarness, type Harness } from '#testing/server/endpoint-harness.ts'
import {
  businessKeys,
  CUSTOMER_ROUTING,
  postRecord,
  recordsOptions,
  seal,
  sealedContentFor,
  StandInRecordQueue,
  WEBHOOK_SECRET,
  type BusinessKeys,
} from '#testing/records/record-post-harness.ts'
import { freePort, logLines, startReceiver, until } from '#testing/records/receiver-process.ts'
import { startRedisServer, type RedisServer } from '#testing/server/redis-server.ts'
import { SPECIMEN_FIELDS } from '#testing/cards/specimen-fields.ts'

const secret = 'device-reading-token-secret-0123456789'
let h: Harness
let keys: BusinessKeys
let redis: RedisServer
let prefixes = 0
const cleanups: (() => Promise<void> | void)[] = []

beforeAll(async () => {
  ;[h, keys, redis] = await Promise.all([startHarness(), businessKeys(), startRedisServer()])
}, 30_000)
beforeEach(() => h.reset())
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})
afterAll(async () => {
  await redis?.close()
  await h?.close()
})

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` })
const link = (calls = 3) => mintCaptureToken({ secret, lifetimeSeconds: 600, calls, journey: 'customer' })

function appWith(overrides: Partial<Omit<AppOptions, 'recognizer'>> = {}) {
  return h.appWith({
    // A first reading on a busy shared machine: room to answer.
    timeoutMs: 20_000,
    captureTokenSecret: secret,
    readOn: 'device',
    records: recordsOptions(new StandInRecordQueue(), keys),
    ...overrides,
  })
}

function deviceReading(app: ReturnType<typeof appWith>, headers: Record<string, string>, body = '{}') {
  return app.request('/api/hkid/device-reading', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body,
  })
}

async function refusal(response: Response) {
  return [response.status, deviceReadingErrorSchema.parse(await response.json()).error.code]
}

describe('a device reading’s ticket', () => {
  it('costs a call of the link’s budget: a spent link gets none, whichever way its calls went', async () => {
    const app = appWith()
    const token = await link(2)
    expect((await deviceReading(app, bearer(token))).status).toBe(200)
    expect((await postImage(app, specimenCard, bearer(token))).status).toBe(200)
    expect(await refusal(await deviceReading(app, bearer(token)))).toEqual([401, 'UNAUTHORIZED'])
    expect(await refusal(await deviceReading(app, {}))).toEqual([401, 'UNAUTHORIZED'])
    const spent = h.logs.map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(spent.filter((line) => line.denied === 'budget-spent')).toHaveLength(1)
  })

  it('counts against the token’s rate with recognitions, answering 429 with Retry-After', async () => {
    const app = appWith({ ratePerTokenPerMinute: 2 })
    const token = await link(10)
    expect((await postImage(app, specimenCard, bearer(token))).status).toBe(200)
    expect((await deviceReading(app, bearer(token))).status).toBe(200)
    const limited = await deviceReading(app, bearer(token))
    expect(await refusal(limited)).toEqual([429, 'RATE_LIMITED'])
    expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThan(0)
  })

  it('counts against the address’s rate too, tokens or not', async () => {
    const app = appWith({ captureTokenSecret: undefined, ratePerIpPerMinute: 1 } as Partial<AppOptions>)
    expect((await deviceReading(app, {})).status).toBe(200)
    expect(await refusal(await deviceReading(app, {}))).toEqual([429, 'RATE_LIMITED'])
  })

  it('is refused with READ_ON=server before anything is spent', async () => {
    const token = await link(1)
    const off = appWith({ readOn: 'server' })
    expect(await refusal(await deviceReading(off, bearer(token)))).toEqual([404, 'DEVICE_READING_OFF'])
    // The one call is still there for a reading on the server.
    expect((await postImage(off, specimenCard, bearer(token))).status).toBe(200)
    expect(await refusal(await deviceReading(appWith({}), {}))).toEqual([401, 'UNAUTHORIZED'])
  })

  it('takes no image: a JPEG body is refused unread, and the call goes back to the link', async () => {
    const app = appWith()
    const token = await link(1)
    const image = await app.request('/api/hkid/device-reading', {
      method: 'POST',
      headers: { 'Content-Type': 'image/jpeg', ...bearer(token) },
      body: specimenCard,
    })
    expect(await refusal(image)).toEqual([415, 'UNSUPPORTED_TYPE'])
    const large = await deviceReading(app, bearer(token), JSON.stringify({ photo: 'x'.repeat(2000) }))
    expect(await refusal(large)).toEqual([413, 'IMAGE_TOO_LARGE'])
    expect(await refusal(await deviceReading(app, bearer(token), '[1]'))).toEqual([400, 'BAD_REQUEST'])
    expect((await deviceReading(app, bearer(token))).status).toBe(200)
    expect((await h.stats()).calls).toBe(0)
  })

  it('answers a request ID and no ticket when record delivery is off; the log says the device read it', async () => {
    const app = appWith({ records: undefined } as Partial<AppOptions>)
    const response = await deviceReading(app, bearer(await link()))
    const answer = deviceReadingTicketSchema.parse(await response.json())
    expect(answer.ticket).toBeUndefined()
    const line = h.logs
      .map((entry) => JSON.parse(entry) as Record<string, unknown>)
      .find((entry) => entry.requestId === answer.requestId)
    expect(line).toMatchObject({ path: '/api/hkid/device-reading', reader: 'device', bytes: 2, status: 200 })
  })
})

describe('the ticket with record delivery on a real redis-server and receiver', () => {
  async function realQueue(): Promise<{
    queue: RecordQueue
    receiver: Awaited<ReturnType<typeof startReceiver>>
  }> {
    const port = await freePort()
    const privateJwk = JSON.stringify(await exportJWK(keys.privateKey))
    const receiver = await startReceiver({ port, secret: WEBHOOK_SECRET, privateJwk })
    cleanups.push(() => receiver.stop())
    const queue = openRecordQueue({
      redisUrl: redis.url,
      redisKeyPrefix: `device-${++prefixes}:`,
      sqlitePath: '/nonexistent/never-used.sqlite',
      webhookUrl: `http://127.0.0.1:${port}/records`,
      webhookSecret: WEBHOOK_SECRET,
      log: logLines().log,
      retryScheduleMs: [50, 100, 200],
    })
    cleanups.push(() => queue.close())
    return { queue, receiver }
  }

  it('is accepted by /api/records exactly once, and the record read on the device arrives once', async () => {
    const { queue, receiver } = await realQueue()
    const app = appWith({ records: recordsOptions(queue, keys) })
    const token = await link()
    const issued = deviceReadingTicketSchema.parse(await (await deviceReading(app, bearer(token))).json())
    expect(issued.ticket).toBeDefined()
    const result = { requestId: issued.requestId, card: SPECIMEN_FIELDS, warnings: [], portraits: {} }
    const content = sealedContentFor(result, new Uint8Array([1, 2, 3]))
    const post = {
      ticket: issued.ticket,
      jwe: await seal(content, keys.publicKey),
      routing: CUSTOMER_ROUTING,
    }
    const first = await postRecord(app, post, bearer(token))
    expect(first.status).toBe(202)
    const { receipt } = recordAcceptedSchema.parse(await first.json())

    const other = { ...post, jwe: await seal(content, keys.publicKey) }
    const again = await postRecord(app, other, bearer(token))
    expect([again.status, recordErrorSchema.parse(await again.json()).error.code]).toEqual([
      409,
      'RECORD_TICKET_USED',
    ])
    const stranger = await postRecord(app, other, bearer(await link()))
    expect(recordErrorSchema.parse(await stranger.json()).error.code).toBe('RECORD_TICKET_INVALID')

    expect(await until(() => receiver.opened().length === 1)).toBe(true)
    expect(receiver.opened()).toEqual([`msg_${receipt.id}`])
    const opened = sealedContentSchema.parse(receiver.records().get(receipt.id))
    expect(opened.record.requestId).toBe(issued.requestId)
    expect((await h.stats()).calls).toBe(0)
  })
})
