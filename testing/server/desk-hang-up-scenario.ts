// The desk hanging up exactly after the relay took the phone's message and before the answer went out: the wait
// is made to lose its client right there (the relay's own wait is wrapped to abort the desk's request once it
// has taken the message). The message must come back for the desk's next wait. Run against each relay.
import { expect } from 'vitest'
import { createApp } from '#server/app.ts'
import { unreachableTencent } from '#testing/server/unreachable-tencent.ts'
import type { SharedStore } from '#server/store/shared-store.ts'
import { deskEventsSchema } from '#src/hkid/desk-handoff-contract.ts'
import { deviceA, handoffClient } from './desk-handoff-client.ts'

export async function deskHangsUpMidAnswer(store: SharedStore): Promise<void> {
  const lines: string[] = []
  const app = createApp({
    recognizer: unreachableTencent(),
    maxBodyBytes: 1024,
    ratePerIpPerMinute: 10_000,
    clientAddress: () => '198.51.100.9',
    logSink: (line) => lines.push(line),
    store,
    handoffPollMs: 5_000,
  })
  const client = handoffClient(app)
  const start = await client.start()
  expect((await client.open(start, deviceA)).status).toBe(200)
  expect(await client.deskWait(start)).toEqual([{ type: 'opened' }])

  const leave = new AbortController()
  const relay = store.relay
  const waitAndTake = relay.waitAndTake.bind(relay)
  relay.waitAndTake = async (channel, options) => {
    const taken = await waitAndTake(channel, options)
    // The desk's connection closes right after the message was taken for it
    if (taken && channel.endsWith('-m')) leave.abort()
    return taken
  }
  const sealed = Uint8Array.from({ length: 300 }, (_, i) => (i * 31) % 256)
  const waiting = app.request('/api/handoff/desk-wait', {
    method: 'POST',
    headers: { Authorization: `Bearer ${start.deskToken}` },
    signal: leave.signal,
  })
  await new Promise((resolve) => setTimeout(resolve, 100))
  expect((await client.send(start, deviceA, sealed)).status).toBe(202)
  expect((await waiting).status).toBe(499)
  relay.waitAndTake = waitAndTake

  // The desk's next wait gets the message the closed one took
  const events = deskEventsSchema.parse(
    await (
      await app.request('/api/handoff/desk-wait', {
        method: 'POST',
        headers: { Authorization: `Bearer ${start.deskToken}` },
      })
    ).json(),
  ).events
  expect(events).toEqual([{ type: 'message', data: Buffer.from(sealed).toString('base64') }])
  // and the phone's resend is still refused: one message a channel
  expect(await client.errorCode(await client.send(start, deviceA, sealed))).toBe('HANDOFF_USED')
  expect(lines.some((line) => line.includes('"status":499'))).toBe(true)
}
