// Deliveries per second: a backlog of records, then the time until the reference receiver (its own process)
// has verified each signature, opened each JWE and written each record. The backlog is made the way one
// builds up in production: the receiver is down while records are accepted (each first attempt fails at
// once, its retry waits 5–6 s), the server is stopped, and once every retry is due the receiver and then the
// server start again. Timed from the server's ready line to the last record the receiver opened.
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
  records: number
  /** From the server's ready line to the receiver's last opened record */
  seconds: number
  perSecond: number
  /** Opened, distinct ids; deliveries repeated under an id already handled; records never opened */
  delivered: number
  redelivered: number
  missing: number
  /** Records retried a second time while the backlog was built (it would wait 30 s more): must be 0 */
  retriedTwice: number
}

/** The first retry waits at least 5 s and at most 6 s (20 % jitter): past that, every record is due. */
const FIRST_RETRY_DUE_MS = 6_500
const POSTING_CONCURRENCY = 8

export async function measureDeliveryRate(
  store: RecordStore,
  keys: TestKeys,
  setup: { receiverPort: number; redisUrl: string; dir: string },
  records: number,
): Promise<DeliveryFigures> {
  const bodies = await sealedPosts(keys, records)
  const settings = { store, keys, ...setup, name: `deliver-${store}` }
  const filling = await startRecordApp(settings)
  const pending = [...bodies]
  let refused = 0
  await Promise.all(
    Array.from({ length: POSTING_CONCURRENCY }, async () => {
      for (let body = pending.pop(); body !== undefined; body = pending.pop())
        if ((await postRecord(filling.base, body)).status !== 202) refused += 1
    }),
  )
  const filled = performance.now()
  await filling.stop('SIGTERM')
  if (refused > 0) throw new Error(`${refused} of ${records} records were refused while building the backlog`)
  const retriedTwice = filling.events('record-retry').filter((event) => Number(event.attempt) >= 2).length
  await pause(Math.max(0, FIRST_RETRY_DUE_MS - (performance.now() - filled)))

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
