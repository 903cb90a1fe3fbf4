// `npm run bench:records`: record delivery on one server process with its own redis-server (durable: AOF,
// noeviction) and the reference receiver as its own process — accept latency p50/p99 of POST /api/records and
// deliveries per second — with the embedded SQLite store measured in the same run as the named peer. Writes
// bench/records/results.md (a table, and the rows as JSON for `npm run bench`). Run it on an idle machine:
// BENCH_RECORD_POSTS (default 300) timed posts, BENCH_RECORD_BACKLOG (default 200) records to deliver.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { freePort } from '#testing/records/receiver-process.ts'
import { freshKeys } from '#testing/records/sealed-record.ts'
import { startRedisServer } from '#testing/server/redis-server.ts'
import { budgetTable } from '../lib/bench-row.ts'
import { rowsBlock } from '../lib/results-rows.ts'
import { measureAcceptLatency, type AcceptFigures } from './accept-latency.ts'
import { measureDeliveryRate, type DeliveryFigures } from './delivery-rate.ts'
import { recordRows } from './record-rows.ts'
import type { RecordStore } from './record-bench-kit.ts'

const posts = Math.max(100, Number(process.env.BENCH_RECORD_POSTS ?? 300))
const backlog = Math.max(50, Number(process.env.BENCH_RECORD_BACKLOG ?? 200))
const started = Date.now()
const step = (what: string) =>
  process.stderr.write(`bench:records: ${what}… (${((Date.now() - started) / 1000).toFixed(0)} s)\n`)

const loadBefore = loadavg()[0]!.toFixed(1)
const redis = await startRedisServer()
const dir = mkdtempSync(join(tmpdir(), 'hkid-record-bench-'))
const accept: Partial<Record<RecordStore, AcceptFigures>> = {}
const deliver: Partial<Record<RecordStore, DeliveryFigures>> = {}
try {
  const keys = await freshKeys()
  const setup = { receiverPort: await freePort(), redisUrl: redis.url, dir }
  for (const store of ['redis', 'sqlite'] as const) {
    step(`${store}: ${posts} posts one at a time`)
    accept[store] = await measureAcceptLatency(store, keys, setup, posts)
    step(`${store}: ${JSON.stringify(accept[store])}`)
    step(`${store}: a backlog of ${backlog} records to the receiver`)
    deliver[store] = await measureDeliveryRate(store, keys, setup, backlog)
    step(`${store}: ${JSON.stringify(deliver[store])}`)
  }
} finally {
  await redis.close()
  rmSync(dir, { recursive: true, force: true })
}

const figures = {
  accept: accept as Record<RecordStore, AcceptFigures>,
  deliver: deliver as Record<RecordStore, DeliveryFigures>,
}
const rows = recordRows(figures)
const date = new Date().toISOString()
// The figures are only as quiet as the machine: other work's load, 1-minute average, at start and end.
const load = `load average ${loadBefore} at start, ${loadavg()[0]!.toFixed(1)} at end`
const machine = `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(totalmem() / 1024 ** 3)} GiB, Node ${process.version}`
const detail = (['redis', 'sqlite'] as const).map((store) => {
  const a = figures.accept[store]
  const d = figures.deliver[store]
  return `| ${store} | ${a.posts} | ${(a.postBytes / 1024).toFixed(0)} KiB | ${a.p50Ms.toFixed(1)} | ${a.p99Ms.toFixed(1)} | ${JSON.stringify(a.refusedByStatus)} | ${d.records} (${JSON.stringify(d.refusedByStatus)} refused) | ${d.seconds.toFixed(2)} | ${d.perSecond.toFixed(1)} | ${d.missing} | ${a.redelivered + d.redelivered} | ${d.retriedTwice} |`
})
const report = [
  '# bench:records results',
  '',
  `Measured ${date} by \`npm run bench:records\` on ${machine} (${load}): one server process (server/node.ts),`,
  'its own redis-server (appendonly yes, noeviction) or the embedded SQLite file (synchronous=FULL), and the',
  'reference receiver (scripts/record-receiver.ts) as its own process: it verifies every signature, opens every',
  'JWE and writes every record. Each post is a real ticket and a record sealed with jose (ECDH-ES, A256GCM) with',
  'a 300 KiB photo and a 12 KiB portrait. Accept latency: posts one at a time after 20 warm-up posts, the server',
  'delivering what it accepted meanwhile. Deliveries: a backlog built while the receiver was down, then timed',
  'from the server’s ready line to the last record the receiver opened (4 deliveries in flight per instance).',
  '',
  '| store | posts | post size | accept p50 ms | accept p99 ms | refused | backlog | drained in s | deliveries/s | missing | delivered again | retried twice while filling |',
  '|---|---|---|---|---|---|---|---|---|---|---|---|',
  ...detail,
  '',
  budgetTable(rows),
  '',
  rowsBlock(rows),
  '',
].join('\n')
console.log(report)
writeFileSync(fileURLToPath(new URL('./results.md', import.meta.url)), report)
if (rows.some((row) => !row.met)) process.exitCode = 1
