// The record queue on a real redis-server against the real reference receiver (a child process): delivered
// once and forgotten, kept through a failing receiver, a wrong secret and a Redis restart, once across two
// instances, one per ticket, refused within its deadline while Redis is stalled, given up past the retention,
// and never in clear in Redis or the log.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createClient } from 'redis'
import { openRecordQueue, type OpenRecordQueueOptions } from './open-record-queue.ts'
import { RecordStoreUnavailableError, type RecordQueue } from './record-queue.ts'
import { freePort, logLines, startReceiver, until } from '#testing/records/receiver-process.ts'
import {
  freshKeys,
  freshSecret,
  queuedRecord,
  sealedContent,
  type TestKeys,
} from '#testing/records/sealed-record.ts'
import { startRedisServer, type RedisServer } from '#testing/server/redis-server.ts'

let keys: TestKeys
let redis: RedisServer
let inspector: ReturnType<typeof createClient>
let prefixes = 0
const cleanups: (() => Promise<void> | void)[] = []

beforeAll(async () => {
  keys = await freshKeys()
  redis = await startRedisServer()
  inspector = createClient({ url: redis.url, RESP: 2 })
  inspector.on('error', () => undefined)
  await inspector.connect()
}, 30_000)
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})
afterAll(async () => {
  await inspector?.close().catch(() => undefined)
  await redis?.close()
})

async function receiver(port: number, options: { secret?: string; failFirst?: number } = {}) {
  const started = await startReceiver({ port, secret: keys.secret, privateJwk: keys.privateJwk, ...options })
  cleanups.push(() => started.stop())
  return started
}

/** Each test its own REDIS_KEY_PREFIX: what one leaves behind is not the next one's business. */
function queue(port: number, log: ReturnType<typeof logLines>, extra: Partial<OpenRecordQueueOptions> = {}) {
  const opened = openRecordQueue({
    redisUrl: redis.url,
    redisKeyPrefix: `t${prefixes}:`,
    sqlitePath: '/nonexistent/never-used.sqlite',
    webhookUrl: `http://127.0.0.1:${port}/records`,
    webhookSecret: keys.secret,
    log: log.log,
    retryScheduleMs: [50, 100, 200],
    ...extra,
  })
  cleanups.push(() => opened.close())
  return opened
}
const nextPrefix = () => `t${++prefixes}:`

const drained = async (opened: RecordQueue) => (await opened.health()).waiting === 0

/** Every key under `prefix` with its value(s) as text, whatever its type. */
async function dumpKeys(prefix: string): Promise<string> {
  const parts: string[] = []
  for (const key of await inspector.keys(`${prefix}*`)) {
    const type = await inspector.type(key)
    const value =
      type === 'string'
        ? await inspector.get(key)
        : type === 'hash'
          ? await inspector.hGetAll(key)
          : type === 'list'
            ? await inspector.lRange(key, 0, -1)
            : type === 'set'
              ? await inspector.sMembers(key)
              : type === 'zset'
                ? await inspector.zRange(key, 0, -1)
                : type === 'stream'
                  ? await inspector.xRange(key, '-', '+')
                  : `(${type})`
    parts.push(`${key} ${JSON.stringify(value)}`)
  }
  return parts.join('\n')
}

describe('the Redis (BullMQ) record queue', () => {
  it('delivers a record once, opened by the receiver as sealed, and keeps nothing of it but the spent ticket', async () => {
    const prefix = nextPrefix()
    const port = await freePort()
    const got = await receiver(port)
    const log = logLines()
    const opened = queue(port, log, { redisKeyPrefix: prefix })
    const content = sealedContent('CHEUNG, Delivered Once')
    const record = await queuedRecord(keys.publicJwk, content)

    expect(await opened.accept(record)).toBe('accepted')
    expect(await until(() => got.opened().length === 1)).toBe(true)
    expect(got.opened()).toEqual([`msg_${record.id}`])
    expect(got.records().get(record.id)).toEqual(content)
    expect(await until(() => drained(opened))).toBe(true)
    expect(await opened.health()).toEqual({ store: 'ok', waiting: 0, undeliverable: 0 })
    expect(await inspector.keys(`${prefix}bull:records:${record.id}*`)).toEqual([])
    expect(await dumpKeys(prefix)).not.toContain(JSON.parse(record.body).data.jwe)
    expect(await inspector.exists(`${prefix}record-ticket:${record.ticketId}`)).toBe(1)
    expect(log.events('record-delivered')).toHaveLength(1)
  })

  it('keeps a record while the receiver fails or has the wrong secret, under one webhook-id', async () => {
    const port = await freePort()
    const wrong = await receiver(port, { secret: freshSecret() })
    const log = logLines()
    const opened = queue(port, log, { redisKeyPrefix: nextPrefix() })
    const record = await queuedRecord(keys.publicJwk, sealedContent('LAU, Kept'))

    expect(await opened.accept(record)).toBe('accepted')
    expect(await until(() => wrong.seenIds().length >= 2)).toBe(true)
    expect(wrong.opened()).toEqual([])
    await wrong.stop()

    const failing = await receiver(port, { failFirst: 2 })
    expect(await until(() => failing.opened().length === 1)).toBe(true)
    const ids = [...wrong.seenIds(), ...failing.seenIds()]
    expect(ids.length).toBeGreaterThanOrEqual(5)
    expect(new Set(ids)).toEqual(new Set([`msg_${record.id}`]))
    expect(log.events('record-retry').length).toBeGreaterThanOrEqual(4)
    expect(await until(() => drained(opened))).toBe(true)
  })

  it('delivers what it accepted before Redis restarted, none lost, none under two ids', async () => {
    const prefix = nextPrefix()
    const port = await freePort()
    const log = logLines()
    // A record its worker was sending when Redis died is sent again once this lock lapses.
    const opened = queue(port, log, { redisKeyPrefix: prefix, redisLockMs: 1000 })
    const records = await Promise.all(
      ['NG, A', 'NG, B', 'NG, C', 'NG, D'].map((name) => queuedRecord(keys.publicJwk, sealedContent(name))),
    )
    for (const record of records) expect(await opened.accept(record)).toBe('accepted')

    await redis.stop() // SIGKILL: only what Redis had persisted comes back
    await redis.start()
    await inspector.ping().catch(() => undefined)
    const got = await receiver(port)
    expect(await until(() => got.opened().length === records.length, 15_000)).toBe(true)
    expect(got.opened().sort()).toEqual(records.map((record) => `msg_${record.id}`).sort())
    expect(await until(() => drained(opened))).toBe(true)
  })

  it('delivers each record once when two instances share one Redis', async () => {
    const prefix = nextPrefix()
    const port = await freePort()
    const got = await receiver(port)
    const log = logLines()
    const one = queue(port, log, { redisKeyPrefix: prefix })
    const two = queue(port, log, { redisKeyPrefix: prefix })
    const records = await Promise.all(
      Array.from({ length: 12 }, (_, i) => queuedRecord(keys.publicJwk, sealedContent(`TAM, No ${i}`))),
    )
    await Promise.all(records.map((record, i) => (i % 2 ? one : two).accept(record)))

    expect(await until(() => got.opened().length === records.length)).toBe(true)
    expect(got.opened().sort()).toEqual(records.map((record) => `msg_${record.id}`).sort())
    expect(await until(() => drained(one))).toBe(true)
    // At least once: a repeat would carry the same id; here none arrived twice at all.
    expect(got.seenIds().length).toBe(records.length)
  })

  it('takes one record per ticket, whichever instance is asked', async () => {
    const prefix = nextPrefix()
    const port = await freePort()
    const one = queue(port, logLines(), { redisKeyPrefix: prefix })
    const two = queue(port, logLines(), { redisKeyPrefix: prefix })
    const first = await queuedRecord(keys.publicJwk, sealedContent('HO, One'), 'ticket-once')
    const second = await queuedRecord(keys.publicJwk, sealedContent('HO, Two'), 'ticket-once')

    expect(await one.accept(first)).toBe('accepted')
    expect(await two.accept(second)).toBe('ticket-used')
    expect(await two.accept(first)).toBe('accepted') // its 202 was lost: the same record, not a second one
    expect((await one.health()).waiting).toBe(1)
  })

  it('refuses within its deadline while Redis is stalled, and says the store is degraded', async () => {
    const port = await freePort()
    const log = logLines()
    const opened = queue(port, log, { redisKeyPrefix: nextPrefix() })
    expect(await opened.accept(await queuedRecord(keys.publicJwk, sealedContent('YIP, Before')))).toBe(
      'accepted',
    )
    const record = await queuedRecord(keys.publicJwk, sealedContent('YIP, During'))
    redis.pause()
    try {
      const started = performance.now()
      const error = await opened.accept(record).catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(RecordStoreUnavailableError)
      expect(performance.now() - started).toBeLessThan(2500)
      expect((await opened.health()).store).toBe('degraded')
      expect(log.events('record-store-unavailable')).toHaveLength(1)
    } finally {
      redis.resume()
    }
    // Redis answers again: so does accept.
    const after = await queuedRecord(keys.publicJwk, sealedContent('YIP, After'))
    expect(
      await until(async () => (await opened.accept(after).catch(() => 'unavailable')) === 'accepted'),
    ).toBe(true)
    expect((await opened.health()).store).toBe('ok')
  })

  it('gives up past the retention, counts and logs it once, then removes it', async () => {
    const prefix = nextPrefix()
    const port = await freePort()
    const got = await receiver(port, { failFirst: 1_000_000 })
    const log = logLines()
    const opened = queue(port, log, { redisKeyPrefix: prefix, retentionMs: 600 })
    const record = await queuedRecord(keys.publicJwk, sealedContent('NEVER, Delivered'))

    expect(await opened.accept(record)).toBe('accepted')
    expect(await until(async () => (await opened.health()).undeliverable === 1)).toBe(true)
    expect((await opened.health()).waiting).toBe(0)
    expect(log.events('record-undeliverable')).toHaveLength(1)
    expect(log.events('record-undeliverable')[0]).toContain(record.id)
    expect(got.seenIds().length).toBeGreaterThanOrEqual(2)
    // The tombstone holds no ciphertext.
    expect(await dumpKeys(prefix)).not.toContain(JSON.parse(record.body).data.jwe)

    expect(await until(async () => (await opened.health()).undeliverable === 0)).toBe(true)
    expect(await inspector.keys(`${prefix}bull:records:${record.id}*`)).toEqual([])
  })

  it('never holds a card field in clear: not in any Redis key or value, not in the log', async () => {
    const prefix = nextPrefix()
    const port = await freePort() // nothing listens: the records stay queued while we look
    const log = logLines()
    const opened = queue(port, log, { redisKeyPrefix: prefix })
    const content = sealedContent('CANARY, Zebra Quokka')
    const records = [await queuedRecord(keys.publicJwk, content), await queuedRecord(keys.publicJwk, content)]
    for (const record of records) expect(await opened.accept(record)).toBe('accepted')
    expect(await until(() => log.events('record-retry').length >= 2)).toBe(true)

    // The scan can see a canary where one is (so its silence below means something)…
    await inspector.set(`${prefix}probe`, JSON.stringify({ enName: 'CANARY' }))
    expect(await dumpKeys(prefix)).toContain('CANARY')
    await inspector.del(`${prefix}probe`)
    const everything = await dumpKeys(prefix)
    expect(everything).toContain(records[0]!.id) // the records are there…
    expect(everything).not.toContain('CANARY') // …sealed
    expect(everything).not.toContain(content.record.final.idNum)
    expect(everything).not.toContain(keys.secret)
    expect(log.lines.join('\n')).not.toMatch(/CANARY|Quokka/)
    expect(log.lines.join('\n')).not.toContain(keys.secret)
  })
})
