// Who may start a hand-off when capture links are required, and what the phone's token may spend: its own
// small budget and the desk link's, so minting phone links never adds recognitions. Against the emulator.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { mintCaptureToken } from '../access/capture-token.ts'
import { HANDOFF_PHONE_CALLS } from '../access/desk-handoff-tokens.ts'
import { postImage, specimenCard, startHarness, type Harness } from '#testing/server/endpoint-harness.ts'
import { deviceA, handoffClient } from '#testing/server/desk-handoff-client.ts'

const secret = 'handoff-access-secret-0123456789abcdef'
let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(() => h.close())
beforeEach(() => h.reset())

const deskLink = (calls: number, journey?: 'operator' | 'customer', lifetimeSeconds = 1800) =>
  mintCaptureToken({ secret, lifetimeSeconds, calls, ...(journey ? { journey } : {}) })

async function recognizeWith(app: ReturnType<Harness['appWith']>, token: string) {
  const response = await postImage(app, specimenCard, { Authorization: `Bearer ${token}` })
  await response.arrayBuffer()
  return response.status
}

describe('hand-off access with CAPTURE_TOKEN_SECRET', () => {
  it('starts only for a valid desk link: not without one, not for a customer’s link or a phone’s token', async () => {
    const app = h.appWith({ captureTokenSecret: secret })
    const client = handoffClient(app)
    const none = await client.post('start')
    expect([none.status, await client.errorCode(none)]).toEqual([401, 'UNAUTHORIZED'])
    expect((await client.post('start', { token: 'forged.token' })).status).toBe(401)
    expect((await client.post('start', { token: await deskLink(5, 'customer') })).status).toBe(401)
    const start = await client.start(await deskLink(5, 'operator'))
    expect((await client.post('start', { token: start.phoneToken })).status).toBe(401)
    expect((await client.post('start', { token: start.deskToken })).status).toBe(401)
    expect(h.logs.map((line) => JSON.parse(line).denied).filter(Boolean)).toEqual([
      'no-token',
      'malformed',
      'not-a-desk-link',
      'not-a-desk-link',
      'bad-signature',
    ])
  })

  it('never outlives the desk link it came from', async () => {
    const client = handoffClient(h.appWith({ captureTokenSecret: secret }))
    const start = await client.start(await deskLink(5, undefined, 120))
    expect(Date.parse(start.expiresAt) - Date.now()).toBeLessThanOrEqual(120_000)
    const ending = await client.post('start', { token: await deskLink(5, undefined, 20) })
    expect([ending.status, await client.errorCode(ending)]).toEqual([410, 'HANDOFF_EXPIRED'])
  })

  it('lets the phone recognize on the desk link’s budget, and the desk’s token not at all', async () => {
    const app = h.appWith({ captureTokenSecret: secret })
    const client = handoffClient(app)
    const desk = await deskLink(2)
    const start = await client.start(desk)
    expect(await recognizeWith(app, start.deskToken)).toBe(401)
    expect(await recognizeWith(app, start.phoneToken)).toBe(200)
    expect(await recognizeWith(app, desk)).toBe(200)
    // The desk link's two calls are gone, whoever spent them; the phone's own five do not add any.
    expect(HANDOFF_PHONE_CALLS).toBeGreaterThan(2)
    expect(await recognizeWith(app, start.phoneToken)).toBe(401)
    expect(h.logs.map((line) => JSON.parse(line).denied).filter(Boolean)).toEqual([
      'bad-signature',
      'budget-spent',
    ])
  })

  it('spends the phone’s own budget too: a generous desk link still stops the phone at its five', async () => {
    const app = h.appWith({ captureTokenSecret: secret, ratePerTokenPerMinute: 100 })
    const start = await handoffClient(app).start(await deskLink(50))
    const statuses = []
    for (let i = 0; i <= HANDOFF_PHONE_CALLS; i++) statuses.push(await recognizeWith(app, start.phoneToken))
    expect(statuses).toEqual([...Array<number>(HANDOFF_PHONE_CALLS).fill(200), 401])
  })

  it('relays with the tokens it minted, across the same secret', async () => {
    const client = handoffClient(h.appWith({ captureTokenSecret: secret }))
    const start = await client.start(await deskLink(5))
    expect((await client.open(start, deviceA)).status).toBe(200)
    // Another app (another process) with the same secret accepts the same tokens. (Its channels live in the
    // shared store, which these two apps do not share: the phone's message is what crosses here.)
    const other = handoffClient(h.appWith({ captureTokenSecret: secret }))
    expect((await other.send(start, deviceA, new Uint8Array([1, 2, 3]))).status).toBe(202)
  })
})
