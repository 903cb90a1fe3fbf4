// The record delivery rows: Redis measured against SQLite, unmet as soon as a record was refused, lost or
// delivered twice, and read back by `npm run bench` from the results file they were written to.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { AcceptFigures } from './accept-latency.ts'
import type { DeliveryFigures } from './delivery-rate.ts'
import { readRecordRows, recordRows, type RecordFigures } from './record-rows.ts'

const accept = (store: 'redis' | 'sqlite', p50Ms: number, p99Ms: number): AcceptFigures => ({
  store,
  posts: 300,
  postBytes: 560_000,
  p50Ms,
  p99Ms,
  refused: 0,
  refusedByStatus: {},
  delivered: 320,
  redelivered: 0,
})
const deliver = (store: 'redis' | 'sqlite', perSecond: number): DeliveryFigures => ({
  store,
  records: 200,
  refusedByStatus: {},
  seconds: 200 / perSecond,
  perSecond,
  delivered: 200,
  redelivered: 0,
  missing: 0,
  retriedTwice: 0,
})
const figures = (): RecordFigures => ({
  accept: { redis: accept('redis', 12, 40), sqlite: accept('sqlite', 8, 30) },
  deliver: { redis: deliver('redis', 50), sqlite: deliver('sqlite', 40) },
})

const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))

describe('record delivery bench rows', () => {
  it('put Redis beside the SQLite peer, p50, p99 and deliveries per second', () => {
    const [p50, p99, rate, refused, faults] = recordRows(figures())
    expect(p50).toMatchObject({ measured: 12, peerMeasured: 8, ratio: 1.5, met: true })
    expect(p99).toMatchObject({ measured: 40, peerMeasured: 30, unit: 'ms' })
    expect(rate).toMatchObject({ measured: 50, peerMeasured: 40, ratio: 1.25 })
    expect(refused).toMatchObject({ measured: 0, peerMeasured: 0, met: true })
    expect(faults).toMatchObject({ measured: 0, budget: '0', met: true })
  })

  it('are unmet when a record is lost or delivered twice; a refusal is reported', () => {
    const cases: ((f: RecordFigures) => void)[] = [
      (f) => (f.deliver.sqlite.missing = 1),
      (f) => (f.accept.sqlite.redelivered = 2),
      (f) => (f.deliver.redis.redelivered = 1),
    ]
    for (const bend of cases) {
      const bent = figures()
      bend(bent)
      expect(recordRows(bent).every((row) => !row.met)).toBe(true)
    }
    const lost = figures()
    lost.deliver.sqlite.missing = 1
    lost.deliver.redis.redelivered = 2
    expect(recordRows(lost).at(-1)!.measured).toBe(3)
    const refused = figures()
    refused.accept.redis.refused = 4
    expect(recordRows(refused)[3]).toMatchObject({ measured: 4, met: true })
  })

  it('are read back from the JSON block of the results file, tagged; a missing or broken file says why', () => {
    const dir = mkdtempSync(join(tmpdir(), 'record-rows-'))
    dirs.push(dir)
    const path = join(dir, 'results.md')
    expect(readRecordRows(path)).toEqual({ rows: [], note: expect.stringMatching(/does not exist/) })
    const rows = recordRows(figures())
    writeFileSync(path, `Measured 2026-12-07T15:00:00Z\n\n\`\`\`json\n${JSON.stringify(rows)}\n\`\`\`\n`)
    const read = readRecordRows(path)
    expect(read.rows.map((row) => row.name)).toEqual(rows.map((row) => `${row.name} [bench:records]`))
    expect(read.rows[0]).toMatchObject({ measured: 12, peerMeasured: 8 })
    expect(read.note).toMatch(/2026-12-07T15:00:00Z/)
    writeFileSync(path, '```json\n[{"name": 1}]\n```\n')
    expect(readRecordRows(path).rows).toEqual([])
  })
})
