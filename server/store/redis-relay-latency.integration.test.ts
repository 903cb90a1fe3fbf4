// Hand-off delivery across two instances when Redis is slow to reach (60 ms each way, through a proxy): the
// desk waits on one app; the phone opens on the other while it waits, and sends 0–200 ms after opening.
// Every message the phone was told was accepted (202) reaches the desk — none taken and then dropped
// because the desk's wait had already answered with "opened".
import { afterAll, beforeAll, expect, it } from 'vitest'
import { mintCaptureToken } from '../access/capture-token.ts'
import { createApp } from '../app.ts'
import { RedisStore } from './redis-store.ts'
import { unreachableTencent } from '#testing/server/unreachable-tencent.ts'
import { deviceA, handoffClient } from '#testing/server/desk-handoff-client.ts'
import { startLatencyProxy, type LatencyProxy } from '#testing/server/latency-proxy.ts'
import { startRedisServer, type RedisServer } from '#testing/server/redis-server.ts'

const TRIES = 30
/** Both instances sign hand-off tokens with one secret, as a deployment's instances do. */
const SECRET = 'latency-test-secret-0123456789abcdef'
let redis: RedisServer
let proxy: LatencyProxy
const stores: RedisStore[] = []

function instance() {
  const store = new RedisStore({ url: proxy.url, keyPrefix: 'latency:', commandTimeoutMs: 2000 })
  stores.push(store)
  const app = createApp({
    recognizer: unreachableTencent(),
    maxBodyBytes: 1024,
    ratePerIpPerMinute: 10_000,
    clientAddress: () => '198.51.100.9',
    logSink: () => undefined,
    store,
    captureTokenSecret: SECRET,
    handoffPollMs: 1500,
  })
  return handoffClient(app)
}

beforeAll(async () => {
  redis = await startRedisServer()
  proxy = await startLatencyProxy(redis.port, 60)
}, 30_000)
afterAll(async () => {
  await Promise.all(stores.map((store) => store.close()))
  await proxy?.close()
  await redis?.close()
})

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

it('loses no message when the phone sends 0–200 ms after opening, on the other instance', async () => {
  const [desk, phone] = [instance(), instance()]
  let accepted = 0
  let delivered = 0
  for (let i = 0; i < TRIES; i++) {
    // A desk link of its own each time: one link may start only a few hand-offs a minute.
    const start = await desk.start(await mintCaptureToken({ secret: SECRET, lifetimeSeconds: 600, calls: 1 }))
    const sealed = Uint8Array.from([i, 1, 2, 3])
    const gapMs = Math.round((200 * i) / (TRIES - 1))
    // The desk keeps waiting, as its page does, until it has the message or the phone's send was refused.
    const received = (async () => {
      for (let wait = 0; wait < 3; wait++) {
        const events = await desk.deskWait(start)
        const message = events.find((event) => event.type === 'message')
        if (message) return message
      }
      return null
    })()
    // The desk is waiting (subscribed) when the phone opens and, gapMs later, sends: the "opened" and the
    // message reach the desk's one wait close together, the hardest case for a wait over several slots.
    await pause(600)
    const opened = phone.open(start, deviceA)
    await pause(gapMs)
    const sent = await phone.send(start, deviceA, sealed)
    expect((await opened).status).toBe(200)
    if (sent.status === 202) accepted++
    if (await received) delivered++
  }
  expect(accepted).toBe(TRIES)
  expect(delivered).toBe(accepted)
}, 200_000)
