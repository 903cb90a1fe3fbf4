// A server process for the crash test: opens the embedded record queue, accepts the records it is given
// (RECORDS: JSON of QueuedRecord[]), says so, and hangs until it is killed — the test then kills it (SIGKILL)
// and proves a new process delivers what this one answered "accepted" for.
import { openRecordQueue } from '#server/records/open-record-queue.ts'
import type { QueuedRecord } from '#server/records/record-queue.ts'

const env = process.env
const queue = openRecordQueue({
  redisKeyPrefix: 'unused:',
  sqlitePath: env.SQLITE_PATH!,
  webhookUrl: env.WEBHOOK_URL!,
  webhookSecret: env.WEBHOOK_SECRET!,
  log: () => undefined,
  retryScheduleMs: [60_000],
})
for (const record of JSON.parse(env.RECORDS!) as QueuedRecord[]) {
  console.log(`${record.id} ${await queue.accept(record)}`)
}
console.log('all accepted')
setInterval(() => undefined, 60_000)
