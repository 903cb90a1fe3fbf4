// What the app does when its Redis cannot be reached at all (a real client, a port nobody listens on):
// rates are still enforced, by this instance alone, and the outage is logged once, not per request.
import { createServer } from 'node:net'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createApp } from '../app.ts'
import { RedisStore } from './redis-store.ts'
import { unreachableTencent } from '#testing/server/unreachable-tencent.ts'

let store: RedisStore
let deadPort = 0

beforeAll(async () => {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  deadPort = (probe.address() as { port: number }).port
  await new Promise((resolve) => probe.close(resolve))
  store = new RedisStore({ url: `redis://127.0.0.1:${deadPort}`, commandTimeoutMs: 200 })
})
afterAll(() => store.close())

it('keeps the per-IP rate in memory while Redis is down, and logs the outage once', async () => {
  const logs: string[] = []
  const app = createApp({
    recognizer: unreachableTencent(),
    maxBodyBytes: 1024,
    ratePerIpPerMinute: 2,
    store,
    clientAddress: () => '192.0.2.44',
    logSink: (line) => logs.push(line),
  })
  const statuses: number[] = []
  for (let i = 0; i < 4; i++) {
    const response = await app.request('/api/hkid/recognize', { method: 'POST', body: 'not an image' })
    statuses.push(response.status)
  }
  expect(statuses).toEqual([415, 415, 429, 429])
  const outages = logs.filter((line) => line.includes('"msg":"store-unavailable"'))
  expect(outages).toHaveLength(1)
})
