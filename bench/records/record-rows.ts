// The rows of `npm run bench:records`: built from its figures (Redis measured, embedded SQLite the peer), and
// read back by `npm run bench` from the JSON block of bench/records/results.md, as the endpoint rows are.
import type { BenchRow } from '../lib/bench-row.ts'
import { readResultsRows } from '../lib/results-rows.ts'
import type { AcceptFigures } from './accept-latency.ts'
import type { DeliveryFigures } from './delivery-rate.ts'
import { STORE_NAMES, type RecordStore } from './record-bench-kit.ts'

export interface RecordFigures {
  accept: Record<RecordStore, AcceptFigures>
  deliver: Record<RecordStore, DeliveryFigures>
}

const peer = STORE_NAMES.sqlite

/** No agreed budget yet: the rows report, and are met when no record was lost or delivered twice. A refused
 * post (503 when the store misses its deadline) is not a loss: the browser keeps the record and says so. */
export function recordRows({ accept, deliver }: RecordFigures): BenchRow[] {
  const { redis, sqlite } = accept
  const size = `${(redis.postBytes / 1024).toFixed(0)} KiB sealed record`
  const sound = (store: RecordStore) =>
    accept[store].redelivered === 0 && deliver[store].missing === 0 && deliver[store].redelivered === 0
  const latency = (name: 'p50' | 'p99', key: 'p50Ms' | 'p99Ms'): BenchRow => ({
    name: `record accept latency ${name}, POST /api/records (${size}, real ticket) until 202, one at a time, ${redis.posts} posts, Redis`,
    measured: redis[key],
    unit: 'ms',
    peer,
    peerMeasured: sqlite[key],
    ratio: redis[key] / sqlite[key],
    budget: 'proposed: report',
    met: sound('redis') && sound('sqlite'),
  })
  return [
    latency('p50', 'p50Ms'),
    latency('p99', 'p99Ms'),
    {
      name: `record deliveries per second, a backlog of ${deliver.redis.records} to the reference receiver (signature verified, JWE opened, written), one instance, Redis (count/s)`,
      measured: Number(deliver.redis.perSecond.toFixed(1)),
      unit: 'count',
      peer,
      peerMeasured: Number(deliver.sqlite.perSecond.toFixed(1)),
      ratio: deliver.redis.perSecond / deliver.sqlite.perSecond,
      budget: 'proposed: report',
      met: sound('redis') && sound('sqlite'),
    },
    {
      name: `posts refused (503: the store missed its deadline) of ${redis.posts} timed, Redis (count)`,
      measured: redis.refused,
      unit: 'count',
      peer,
      peerMeasured: sqlite.refused,
      budget: 'proposed: report',
      met: sound('redis') && sound('sqlite'),
    },
    {
      name: 'records accepted and then lost or delivered twice, both stores (count)',
      measured: (['redis', 'sqlite'] as const).reduce(
        (sum, store) => sum + accept[store].redelivered + deliver[store].missing + deliver[store].redelivered,
        0,
      ),
      unit: 'count',
      budget: '0',
      met: sound('redis') && sound('sqlite'),
    },
  ]
}

const isBenchRow = (value: unknown): value is BenchRow => {
  const row = value as Partial<BenchRow> | null
  return (
    typeof row?.name === 'string' &&
    typeof row.measured === 'number' &&
    typeof row.unit === 'string' &&
    typeof row.budget === 'string' &&
    typeof row.met === 'boolean'
  )
}

/** The rows bench:records last wrote, tagged with where they come from, or a note saying why there are none. */
export function readRecordRows(path: string): { rows: BenchRow[]; note: string } {
  const read = readResultsRows(path, isBenchRow)
  if (read.problem) {
    const why =
      read.problem === 'missing'
        ? 'does not exist: run `npm run bench:records`.'
        : 'has no readable JSON block of rows.'
    return { rows: [], note: `bench/records/results.md ${why}` }
  }
  const { measuredAt } = read
  return {
    rows: read.rows.map((row) => ({ ...row, name: `${row.name} [bench:records]` })),
    note: `Record delivery rows measured ${measuredAt} by \`npm run bench:records\` (bench/records/results.md).`,
  }
}
