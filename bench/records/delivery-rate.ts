// Deliveries per second: a backlog of records, then the time until the reference receiver (its own process)
// has verified each signature, opened each JWE and written each record. The backlog builds up as in an
// outage: the receiver is down while records are accepted, so each first attempt fails at once. That filling
// instance waits 60 s before a retry (RECORD_RETRY_STEPS_MS under NODE_ENV=test: the 5 s default would retry,
// then wait 30 s and 2 min, while a busy machine is still posting); it is stopped, and once every retry is due
// the receiver and a server with production's settings start. Timed from that server's ready line to the last
// record the receiver opened.
import type { TestKeys } from '#testing/records/sealed-record.ts'
import { startReceiver } from '#testing/records/receiver-process.ts'
import {
  pause,
  postRecord,
  sealedPosts,
  startRecordApp,
  until,
  type RecordStore,
} from './record-bench-kit.ts'

export interface DeliveryFigures {
  store: RecordStore
  /** Records accepted into the backlog (202) */
  records: number
  /** Posts answered otherwise while the backlog was built, by status (503: the store's deadline passed) */
  refusedByStatus: Record<string, number>
  /** From the server's ready line to the receiver's last opened record */
  seconds: number
  perSecond: number
  /** Opened, distinct ids; deliveries repeated under an id already handled; records never opened */
  delivered: number
  redelivered: number
  missing: number
  /** Second attempts while the backlog was built (a slow machine posting for over a minute): harmless, as the
   * wait after the filling instance stops covers the latest; reported */
  retriedTwice: number
}

/** The filling instance's only wait, and when the last record's retry is due (20 % jitter at most). */
const FILLING_RETRY_MS = 60_000
const FIRST_RETRY_DUE_MS = FILLING_RETRY_MS * 1.2 + 500
const POSTING_CONCURRENCY = 4

export async function measureDeliveryRate(
  store: RecordStore,
  keys: TestKeys,
  setup: { receiverPort: number; redisUrl: string; dir: string },
  posts: number,
): Promise<DeliveryFigures> {
  const bodies = await sealedPosts(keys, posts)
  const settings = { store, keys, ...setup, name: `deliver-${store}` }
  const filling = await startRecordApp(settings, {
    NODE_ENV: 'test',
    RECORD_RETRY_STEPS_MS: String(FILLING_RETRY_MS),
  })
  const pending = [...bodies]
  const refusedByStatus: Record<string, number> = {}
  await Promise.all(
    Array.from({ length: POSTING_CONCURRENCY }, async () => {
      for (let body = pending.pop(); body !== undefined; body = pending.pop()) {
        const { status } = await postRecord(filling.base, body)
        if (status !== 202) refusedByStatus[status] = (refusedByStatus[status] ?? 0) + 1
      }
    }),
  )
  const records = posts - Object.values(refusedByStatus).reduce((sum, count) => sum + count, 0)
  await filling.stop('SIGTERM')
  const retriedTwice = filling.events('record-retry').filter((event) => Number(event.attempt) >= 2).length
  // Stopped, it attempts nothing more: every record's next attempt is due within one jittered wait of now.
  await pause(FIRST_RETRY_DUE_MS)

  const receiver = await startReceiver({
    port: setup.receiverPort,
    secret: keys.secret,
    privateJwk: keys.privateJwk,
  })
  try {
    const app = await startRecordApp(settings)
    const ready = performance.now()
    try {
      await until(() => receiver.opened().length >= records, 180_000)
      const seconds = (performance.now() - ready) / 1000
      const opened = receiver.opened()
      return {
        store,
        records,
        refusedByStatus,
        seconds,
        perSecond: opened.length / seconds,
        delivered: new Set(opened).size,
        redelivered: receiver.lines().filter((line) => line.startsWith('duplicate')).length,
        missing: records - new Set(opened).size,
        retriedTwice,
      }
    } finally {
      await app.stop('SIGTERM')
    }
  } finally {
    await receiver.stop()
  }
}
