// The desk hanging up after the relay took the phone's message, before the answer went out: the message goes back
// for the desk's next wait (issue 25), in the memory relay; server/store/redis-relay-hang-up.integration.test.ts
// runs the same scenario on Redis.
import { it } from 'vitest'
import { MemoryStore } from '../store/memory-store.ts'
import { deskHangsUpMidAnswer } from '#testing/server/desk-hang-up-scenario.ts'

it('gives the message back when the desk leaves after it was taken (memory relay)', async () => {
  await deskHangsUpMidAnswer(new MemoryStore())
})
