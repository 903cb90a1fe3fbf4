// The desk hanging up after the Redis relay took the phone's message (GETDEL done), before the answer went out:
// the message is put back in Redis for the desk's next wait (testing/server/desk-hang-up-scenario.ts).
import { afterAll, beforeAll, it } from 'vitest'
import { RedisStore } from './redis-store.ts'
import { deskHangsUpMidAnswer } from '#testing/server/desk-hang-up-scenario.ts'
import { startRedisServer, type RedisServer } from '#testing/server/redis-server.ts'

let redis: RedisServer
let store: RedisStore | undefined
beforeAll(async () => {
  redis = await startRedisServer()
}, 30_000)
afterAll(async () => {
  await store?.close()
  await redis?.close()
})

it('gives the message back when the desk leaves after it was taken (Redis relay)', async () => {
  store = new RedisStore({ url: redis.url, keyPrefix: 'hang-up:' })
  await deskHangsUpMidAnswer(store)
})
