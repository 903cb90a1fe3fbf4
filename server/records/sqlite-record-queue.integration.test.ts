// The embedded record queue against the real reference receiver (a child process): a record accepted is
// delivered once, survives the receiver being down, a wrong secret and a restart of the queue, one per
// ticket, is given up on (and counted) past the retention, and never sits in the file or the log in clear.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { openRecordQueue, type OpenRecordQueueOptions } from './open-record-queue.ts'
import type { RecordQueue } from './record-queue.ts'
import { freePort, logLines, startReceiver, until } from '#testing/records/receiver-process.ts'
import {
  freshKeys,
  freshSecret,
  queuedRecord,
  sealedContent,
  type TestKeys,
} from '#testing/records/sealed-record.ts'

const ACCEPT_AND_HANG = fileURLToPath(new URL('../../testing/records/accept-and-hang.ts', import.meta.url))
let keys: TestKeys
const cleanups: (() => Promise<void> | void)[] = []
beforeAll(async () => {
  keys = await freshKeys()
})
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

async function receiver(port: number, options: { secret?: string; failFirst?: number } = {}) {
  const started = await startReceiver({ port, secret: keys.secret, privateJwk: keys.privateJwk, ...options })
  cleanups.push(() => started.stop())
  return started
}

function queue(
  port: number,
  path: string,
  log: ReturnType<typeof logLines>,
  extra: Partial<OpenRecordQueueOptions> = {},
) {
  const opened = openRecordQueue({
    redisKeyPrefix: 'unused:',
    sqlitePath: path,
    webhookUrl: `http://127.0.0.1:${port}/records`,
    webhookSecret: keys.secret,
    log: log.log,
    retryScheduleMs: [50, 100, 200],
    pollMs: 25,
    ...extra,
  })
  cleanups.push(() => opened.close())
  return opened
}

function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hkid-records-'))
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
  return join(dir, 'nested', 'records.sqlite')
}

const drained = async (opened: RecordQueue) => (await opened.health()).waiting === 0

describe('the embedded (SQLite) record queue', () => {
  it('delivers a record once, signed, opened by the receiver as sealed, and then forgets it', async () => {
    const port = await freePort()
    const got = await receiver(port)
    const log = logLines()
    const path = tempFile()
    const opened = queue(port, path, log)
    const content = sealedContent('CANARY, Sealed Name')
    const record = await queuedRecord(keys.publicJwk, content)

    expect(await opened.accept(record)).toBe('accepted')
    expect(existsSync(path)).toBe(true)
    expect(await until(() => got.opened().length === 1)).toBe(true)
    expect(got.opened()).toEqual([`msg_${record.id}`])
    expect(got.records().get(record.id)).toEqual(content)
    expect(await until(() => drained(opened))).toBe(true)
    expect(await opened.health()).toEqual({ store: 'ok', waiting: 0, undeliverable: 0 })
    expect(log.events('record-delivered')).toHaveLength(1)

    // The canary: the name the card holds is nowhere in clear — not in the file, not in the log.
    await opened.close()
    expect(readFileSync(path).includes('CANARY')).toBe(false)
    expect(log.lines.join('\n')).not.toContain('CANARY')
    expect(log.lines.join('\n')).not.toContain(keys.secret)
  })

  it('keeps trying while the receiver fails, under one webhook-id, and delivers once', async () => {
    const port = await freePort()
    const got = await receiver(port, { failFirst: 3 })
    const log = logLines()
    const opened = queue(port, tempFile(), log)
    const record = await queuedRecord(keys.publicJwk, sealedContent('CHAN, Tai Man'))

    expect(await opened.accept(record)).toBe('accepted')
    expect(await until(() => got.opened().length === 1)).toBe(true)
    expect(got.seenIds()).toEqual(Array(4).fill(`msg_${record.id}`))
    expect(log.events('record-retry')).toHaveLength(3)
    expect(log.events('record-retry')[0]).toContain('"status":503')
    expect(await until(() => drained(opened))).toBe(true)
  })

  it('keeps a record a receiver with the wrong secret refuses, and delivers it once the secret is right', async () => {
    const port = await freePort()
    const wrong = await receiver(port, { secret: freshSecret() })
    const log = logLines()
    const opened = queue(port, tempFile(), log)
    const record = await queuedRecord(keys.publicJwk, sealedContent('LEE, Siu Ming'))

    expect(await opened.accept(record)).toBe('accepted')
    expect(await until(() => wrong.seenIds().length >= 2)).toBe(true)
    expect(wrong.opened()).toEqual([])
    expect((await opened.health()).waiting).toBe(1)
    await wrong.stop()

    const right = await receiver(port)
    expect(await until(() => right.opened().length === 1)).toBe(true)
    expect(right.opened()).toEqual([`msg_${record.id}`])
    expect(await until(() => drained(opened))).toBe(true)
  })

  it('delivers after a restart what was accepted before it', async () => {
    const port = await freePort()
    const path = tempFile()
    const log = logLines()
    const first = queue(port, path, log)
    const records = await Promise.all(
      ['WONG, A', 'WONG, B', 'WONG, C'].map((name) => queuedRecord(keys.publicJwk, sealedContent(name))),
    )
    for (const record of records) expect(await first.accept(record)).toBe('accepted')
    await first.close() // nothing listens on the port: nothing could be delivered

    const got = await receiver(port)
    const second = queue(port, path, log)
    expect(await until(() => got.opened().length === 3)).toBe(true)
    expect(got.opened().sort()).toEqual(records.map((record) => `msg_${record.id}`).sort())
    expect(await until(() => drained(second))).toBe(true)
  })

  it('delivers what a process that was killed right after accepting had accepted', async () => {
    const port = await freePort()
    const path = tempFile()
    const records = await Promise.all(
      ['KILLED, A', 'KILLED, B'].map((name) => queuedRecord(keys.publicJwk, sealedContent(name))),
    )
    const child = spawn(process.execPath, ['--import', 'tsx', ACCEPT_AND_HANG], {
      env: {
        PATH: process.env.PATH,
        SQLITE_PATH: path,
        WEBHOOK_URL: `http://127.0.0.1:${port}/records`, // nothing listens yet
        WEBHOOK_SECRET: keys.secret,
        RECORDS: JSON.stringify(records),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    expect(await until(() => output.includes('all accepted'), 15_000)).toBe(true)
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGKILL')
    await exited

    const got = await receiver(port)
    const next = queue(port, path, logLines())
    expect(await until(() => got.opened().length === 2)).toBe(true)
    expect(got.opened().sort()).toEqual(records.map((record) => `msg_${record.id}`).sort())
    expect(await until(() => drained(next))).toBe(true)
  })

  it('takes one record per ticket', async () => {
    const port = await freePort()
    const log = logLines()
    const opened = queue(port, tempFile(), log)
    const first = await queuedRecord(keys.publicJwk, sealedContent('HO, One'), 'ticket-once')
    const second = await queuedRecord(keys.publicJwk, sealedContent('HO, Two'), 'ticket-once')

    expect(await opened.accept(first)).toBe('accepted')
    expect(await opened.accept(second)).toBe('ticket-used')
    // The same record again (its 202 was lost on the way) is the same record, not a second one.
    expect(await opened.accept(first)).toBe('accepted')
    expect((await opened.health()).waiting).toBe(1)
  })

  it('gives up past the retention, counts and logs it once, then removes it', async () => {
    const port = await freePort()
    const got = await receiver(port, { failFirst: 1_000_000 })
    const log = logLines()
    const opened = queue(port, tempFile(), log, { retentionMs: 600 })
    const record = await queuedRecord(keys.publicJwk, sealedContent('NEVER, Delivered'))

    expect(await opened.accept(record)).toBe('accepted')
    expect(await until(async () => (await opened.health()).undeliverable === 1)).toBe(true)
    expect((await opened.health()).waiting).toBe(0)
    expect(log.events('record-undeliverable')).toHaveLength(1)
    expect(log.events('record-undeliverable')[0]).toContain(record.id)
    const attempts = got.seenIds().length
    expect(attempts).toBeGreaterThanOrEqual(2)

    expect(await until(async () => (await opened.health()).undeliverable === 0)).toBe(true)
    expect(got.seenIds().length).toBe(attempts)
    expect(log.events('record-undeliverable')).toHaveLength(1)
  })

  it('refuses a second queue on a file this process has open', async () => {
    const path = tempFile()
    queue(await freePort(), path, logLines())
    expect(() => queue(1, path, logLines())).toThrow(/already open/)
  })

  it('takes over a file from an owner that died mid-transaction, and refuses one a live process owns', async () => {
    const path = tempFile()
    await queue(await freePort(), path, logLines()).close()
    const dead = spawnSync(process.execPath, ['-e', 'process.pid'])
    expect(dead.pid).toBeGreaterThan(0)
    writeFileSync(`${path}.owner`, String(dead.pid))
    mkdirSync(`${path}.lock`) // SQLite's lock, left by the crash
    const taken = queue(await freePort(), path, logLines())
    const record = await queuedRecord(keys.publicJwk, sealedContent('SIN, Taken Over'))
    expect(await taken.accept(record)).toBe('accepted')
    await taken.close()

    writeFileSync(`${path}.owner`, String(process.ppid)) // alive, and not this process
    expect(() => queue(1, path, logLines())).toThrow(/owned by process/)
  })
})
