// Accept latency: POST /api/records one at a time (each a real ticket and a freshly sealed record) until the
// 202 — the record stored durably (Redis: the ticket spent and the job added; SQLite: a FULL-synced commit) —
// while the same process delivers what it accepted to the reference receiver, as in production.
import type { TestKeys } from '#testing/records/sealed-record.ts'
import { startReceiver } from '#testing/records/receiver-process.ts'
import {
  percentile,
  postRecord,
  sealedPosts,
  startRecordApp,
  until,
  type RecordStore,
} from './record-bench-kit.ts'

export interface AcceptFigures {
  store: RecordStore
  posts: number
  /** The size of one post's body */
  postBytes: number
  p50Ms: number
  p99Ms: number
  /** Answers other than 202, by status (503: the store's deadline passed) */
  refused: number
  refusedByStatus: Record<string, number>
  /** Records the receiver opened, and deliveries it got again under an id it had already handled */
  delivered: number
  redelivered: number
}

const WARM_UP = 20

export async function measureAcceptLatency(
  store: RecordStore,
  keys: TestKeys,
  setup: { receiverPort: number; redisUrl: string; dir: string },
  posts: number,
): Promise<AcceptFigures> {
  const bodies = await sealedPosts(keys, WARM_UP + posts)
  const receiver = await startReceiver({
    port: setup.receiverPort,
    secret: keys.secret,
    privateJwk: keys.privateJwk,
  })
  const app = await startRecordApp({ store, keys, ...setup, name: `accept-${store}` })
  try {
    const times: number[] = []
    const refusedByStatus: Record<string, number> = {}
    for (const [index, body] of bodies.entries()) {
      const { status, ms } = await postRecord(app.base, body)
      if (status !== 202) refusedByStatus[status] = (refusedByStatus[status] ?? 0) + 1
      if (index >= WARM_UP) times.push(ms)
    }
    const refused = Object.values(refusedByStatus).reduce((sum, count) => sum + count, 0)
    // Every accepted record must arrive once before the next phase starts.
    await until(() => receiver.opened().length >= bodies.length - refused, 120_000)
    const opened = receiver.opened()
    return {
      store,
      posts,
      postBytes: Buffer.byteLength(bodies[0]!),
      p50Ms: percentile(times, 50),
      p99Ms: percentile(times, 99),
      refused,
      refusedByStatus,
      delivered: new Set(opened).size,
      redelivered: receiver.lines().filter((line) => line.startsWith('duplicate')).length,
    }
  } finally {
    await app.stop('SIGTERM')
    await receiver.stop()
  }
}
