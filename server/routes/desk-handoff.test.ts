// The hand-off relay through the whole app, in-process: one sealed message from the phone to the desk, one
// word back, each end only with its own token, and nothing left behind once delivered.
import { describe, expect, it } from 'vitest'
import { createApp, type AppOptions } from '../app.ts'
import { MemoryStore } from '../store/memory-store.ts'
import { RELAY_MAX_BYTES, StoreUnavailableError } from '../store/shared-store.ts'
import { deviceA, deviceB, handoffClient } from '#testing/server/desk-handoff-client.ts'
import { handoffOpenSchema } from '#src/hkid/desk-handoff-contract.ts'
import { unreachableTencent } from '#testing/server/unreachable-tencent.ts'

let clock = 1_800_000_000_000

function appWith(overrides: Partial<AppOptions> = {}) {
  const logs: string[] = []
  const store = new MemoryStore()
  const app = createApp({
    recognizer: unreachableTencent(),
    maxBodyBytes: 1024 * 1024,
    ratePerIpPerMinute: 1000,
    clientAddress: () => '198.51.100.7',
    logSink: (line) => logs.push(line),
    store,
    handoffPollMs: 150,
    nowMs: () => clock,
    ...overrides,
  })
  return { app, logs, relay: store.relay, client: handoffClient(app) }
}

const sealed = Uint8Array.from({ length: 300 }, (_, i) => (i * 37) % 256)

describe('/api/handoff', () => {
  it('says "try again shortly" (503 TEMPORARILY_UNAVAILABLE, Retry-After) when the relay cannot be reached', async () => {
    const { client, relay } = appWith()
    const start = await client.start()
    relay.claim = () => Promise.reject(new StoreUnavailableError('down'))
    const response = await client.open(start, deviceA)
    expect(response.status).toBe(503)
    expect(response.headers.get('retry-after')).toBe('5')
    expect(await client.errorCode(response)).toBe('TEMPORARILY_UNAVAILABLE')
  })

  it('tells a client over the start rate when to come back (429 RATE_LIMITED with Retry-After)', async () => {
    const { app } = appWith({ ratePerIpPerMinute: 2 })
    const start = () => app.request('/api/handoff/start', { method: 'POST' })
    expect((await start()).status).toBe(201)
    expect((await start()).status).toBe(201)
    const refused = await start()
    expect(refused.status).toBe(429)
    const seconds = Number(refused.headers.get('retry-after'))
    expect(seconds).toBeGreaterThanOrEqual(1)
    expect(seconds).toBeLessThanOrEqual(60)
  })

  it('answers another method on a hand-off route with 405 METHOD_NOT_ALLOWED, an unknown path with 404', async () => {
    const { app, client } = appWith()
    for (const step of ['start', 'open', 'message', 'desk-wait', 'reply', 'phone-wait']) {
      const response = await app.request(`/api/handoff/${step}`, { method: 'GET' })
      expect(response.status, step).toBe(405)
      expect(await client.errorCode(response)).toBe('METHOD_NOT_ALLOWED')
    }
    expect((await app.request('/api/handoff/nothing', { method: 'GET' })).status).toBe(404)
  })

  it('relays the phone’s message to the desk once, tells the desk the phone opened it, and the reply back', async () => {
    const { client, relay } = appWith()
    const start = await client.start()
    expect(Date.parse(start.expiresAt) - clock).toBe(600_000)
    expect(await client.deskWait(start)).toEqual([])

    expect((await client.open(start, deviceA)).status).toBe(200)
    expect((await client.send(start, deviceA, sealed)).status).toBe(202)
    const events = await client.deskWait(start)
    expect(events.map((event) => event.type)).toEqual(['opened', 'message'])
    const message = events.find((event) => event.type === 'message')
    expect(message && Buffer.from(message.data, 'base64')).toEqual(Buffer.from(sealed))

    // Delivered once: gone from the relay, and the channel takes no second message.
    expect(await client.deskWait(start)).toEqual([])
    const again = await client.send(start, deviceA, sealed)
    expect([again.status, await client.errorCode(again)]).toEqual([409, 'HANDOFF_USED'])

    expect((await client.reply(start, 'received')).status).toBe(204)
    expect(await client.phoneWait(start)).toEqual([{ type: 'received' }])
    expect(await client.phoneWait(start)).toEqual([])
    relay.close()
  })

  it('hands a message to a desk already waiting, without storing it', async () => {
    const { client } = appWith({ handoffPollMs: 10_000 })
    const start = await client.start()
    await client.open(start, deviceA)
    await client.deskWait(start)
    const waiting = client.deskWait(start)
    expect((await client.send(start, deviceA, sealed)).status).toBe(202)
    expect((await waiting).map((event) => event.type)).toEqual(['message'])
  })

  it('turns a second phone away, tells the desk, and lets only the first send', async () => {
    const { client } = appWith()
    const start = await client.start()
    expect((await client.open(start, deviceA)).status).toBe(200)
    expect((await client.open(start, deviceA)).status).toBe(200)
    const second = await client.open(start, deviceB)
    expect([second.status, await client.errorCode(second)]).toEqual([409, 'HANDOFF_IN_USE'])
    expect((await client.deskWait(start)).map((event) => event.type)).toEqual(['opened', 'refused'])
    expect((await client.send(start, deviceB, sealed)).status).toBe(409)
    expect((await client.send(start, deviceA, sealed)).status).toBe(202)
  })

  it('gives the phone its token for the channel named in its link, only to the first device, never for an unknown one', async () => {
    const { client } = appWith()
    const start = await client.start()
    const opened = await client.open(start, deviceA)
    expect(opened.status).toBe(200)
    expect(handoffOpenSchema.parse(await opened.json()).phoneToken).toBe(start.phoneToken)
    // The same phone again (an answer lost on the way) gets it again; another phone gets nothing.
    expect(handoffOpenSchema.parse(await (await client.open(start, deviceA)).json()).phoneToken).toBe(
      start.phoneToken,
    )
    const second = await client.open(start, deviceB)
    expect(second.status).toBe(409)
    expect(JSON.stringify(await second.json())).not.toContain(start.phoneToken)
    const unknown = await client.open({ channel: 'AAAAAAAAAAAAAAAAAAAAAA' }, deviceA)
    expect([unknown.status, await client.errorCode(unknown)]).toEqual([410, 'HANDOFF_EXPIRED'])
    const noChannel = await client.post('open', { device: deviceA })
    expect(noChannel.status).toBe(400)
  })

  it('tells the phone when the desk stopped waiting', async () => {
    const { client } = appWith()
    const start = await client.start()
    await client.open(start, deviceA)
    expect((await client.reply(start, 'closed')).status).toBe(204)
    expect(await client.phoneWait(start)).toEqual([{ type: 'closed' }])
  })

  it('keeps each end to its own side: the phone cannot receive, the desk cannot send', async () => {
    const { client } = appWith()
    const start = await client.start()
    const asDesk = await client.post('desk-wait', { token: start.phoneToken })
    expect([asDesk.status, await client.errorCode(asDesk)]).toEqual([401, 'UNAUTHORIZED'])
    expect((await client.post('reply', { token: start.phoneToken, body: '"closed"' })).status).toBe(401)
    expect((await client.post('desk-wait')).status).toBe(401)
    // Another hand-off's desk token opens only its own channel.
    const other = await client.start()
    await client.open(start, deviceA)
    await client.send(start, deviceA, sealed)
    expect(await client.deskWait(other)).toEqual([])
  })

  it('refuses oversized, empty, mistyped and device-less messages', async () => {
    const { client } = appWith()
    const start = await client.start()
    await client.open(start, deviceA)
    const big = await client.send(start, deviceA, new Uint8Array(RELAY_MAX_BYTES + 1))
    expect([big.status, await client.errorCode(big)]).toEqual([413, 'HANDOFF_TOO_LARGE'])
    expect((await client.send(start, deviceA, new Uint8Array(0))).status).toBe(400)
    const typed = await client.post('message', {
      token: start.phoneToken,
      device: deviceA,
      body: sealed,
      headers: { 'Content-Type': 'text/plain' },
    })
    expect(typed.status).toBe(400)
    const deviceless = await client.post('open', { headers: { 'X-Handoff-Channel': start.channel } })
    expect(deviceless.status).toBe(400)
    // None of those spent the channel's one message.
    expect((await client.send(start, deviceA, sealed)).status).toBe(202)
  })

  it('answers 410 HANDOFF_EXPIRED at both ends once its time is up', async () => {
    const { client } = appWith({ handoffTtlSeconds: 120 })
    const start = await client.start()
    clock += 121_000
    const open = await client.open(start, deviceA)
    expect([open.status, await client.errorCode(open)]).toEqual([410, 'HANDOFF_EXPIRED'])
    const wait = await client.post('desk-wait', { token: start.deskToken })
    expect([wait.status, await client.errorCode(wait)]).toEqual([410, 'HANDOFF_EXPIRED'])
  })

  it('logs requests without the channel, tokens, device or message', async () => {
    const { client, logs } = appWith()
    const start = await client.start()
    await client.open(start, deviceA)
    await client.send(start, deviceA, sealed)
    await client.deskWait(start)
    expect(logs.length).toBeGreaterThanOrEqual(4)
    const message = Buffer.from(sealed).toString('base64')
    for (const line of logs) {
      for (const secret of [start.channel, start.phoneToken, start.deskToken, deviceA, message.slice(0, 24)])
        expect(line).not.toContain(secret)
    }
    expect(JSON.parse(logs[2]!)).toMatchObject({ path: '/api/handoff/message', status: 202, bytes: 300 })
  })
})

describe('/api/handoff/reply reads one word, not the whole body', () => {
  it('refuses a 1 MB reply as too large, and the phone hears nothing', async () => {
    const { client } = appWith()
    const start = await client.start()
    const response = await client.post('reply', {
      token: start.deskToken,
      body: JSON.stringify('x'.repeat(1024 * 1024)),
      headers: { 'Content-Type': 'application/json' },
    })
    expect(response.status).toBe(413)
    expect(await client.errorCode(response)).toBe('HANDOFF_TOO_LARGE')
    expect(await client.phoneWait(start)).toEqual([])
  })

  it('stops reading an endless body with no length soon after the cap', async () => {
    const { client } = appWith()
    const start = await client.start()
    const chunk = new Uint8Array(64 * 1024).fill(0x20)
    let pulled = 0
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += chunk.byteLength
        // 10 MB at most, so a route that reads it all still ends: the assertion below tells the two apart.
        if (pulled > 10 * 1024 * 1024) controller.close()
        else controller.enqueue(chunk)
      },
    })
    const response = await client.post('reply', {
      token: start.deskToken,
      body: endless,
      headers: { 'Content-Type': 'application/json' },
      duplex: 'half',
    } as RequestInit)
    expect(response.status).toBe(413)
    expect(pulled).toBeLessThan(1024 * 1024)
  })

  it('still takes the word itself', async () => {
    const { client } = appWith()
    const start = await client.start()
    expect((await client.reply(start, 'closed')).status).toBe(204)
    expect(await client.phoneWait(start)).toEqual([{ type: 'closed' }])
  })
})
