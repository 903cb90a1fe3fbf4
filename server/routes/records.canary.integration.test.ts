// The canary through record delivery: a card with a known number and name is recognized (the emulator answers it),
// sealed and posted, accepted, replayed and refused. No log line holds the card, the photo, the ticket, the JWE
// or a secret, and what the queue stores holds the card only as ciphertext.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mintCaptureToken } from '../access/capture-token.ts'
import { specimenCard, startHarness, type Harness } from '#testing/server/endpoint-harness.ts'
import {
  businessKeys,
  postRecord,
  recognizedAndSealed,
  recordsOptions,
  seal,
  sealedContentFor,
  StandInRecordQueue,
  WEBHOOK_SECRET,
} from '#testing/records/record-post-harness.ts'

const CANARY_ID = 'Z987654(3)'
const CANARY_NAME = 'CANARYBIRD, Tweety'
const SECRET = 'records-canary-token-secret-0123456789'

let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(() => h.close())

describe('record delivery’s logs and queue', () => {
  it('never hold a card field, the photo, the ticket, the JWE or a secret in clear', async () => {
    const keys = await businessKeys()
    const queue = new StandInRecordQueue()
    const app = h.appWith({ captureTokenSecret: SECRET, records: recordsOptions(queue, keys) })
    const token = await mintCaptureToken({ secret: SECRET, lifetimeSeconds: 600, calls: 5 })
    const auth = { Authorization: `Bearer ${token}` }
    await h.next({ card: { IdNum: CANARY_ID, EnName: CANARY_NAME } })
    const { result, post } = await recognizedAndSealed(app, keys, auth)
    const { jwe } = post
    expect(result.card).toMatchObject({ idNum: CANARY_ID, enName: CANARY_NAME })
    expect((await postRecord(app, post, auth)).status).toBe(202)
    expect((await postRecord(app, post, auth)).status).toBe(202)
    const another = { ...post, jwe: await seal(sealedContentFor(result, specimenCard), keys.publicKey) }
    expect((await postRecord(app, another, auth)).status).toBe(409)
    expect((await postRecord(app, { ...post, jwe: JSON.stringify(result) }, auth)).status).toBe(400)
    expect((await postRecord(app, { ...post, ticket: `${post.ticket}x` }, auth)).status).toBe(403)

    const recordLines = h.logs.filter((line) => line.includes('/api/records'))
    expect(recordLines).toHaveLength(5)
    const photo = Buffer.from(specimenCard).toString('base64')
    const canaries = [
      CANARY_ID,
      'Z987654',
      CANARY_NAME,
      token,
      post.ticket,
      post.ticket.split('.')[1]!,
      jwe.split('.')[3]!.slice(0, 40),
      WEBHOOK_SECRET,
      WEBHOOK_SECRET.slice('whsec_'.length),
      keys.publicJwk.x,
    ]
    for (const line of h.logs) {
      for (const canary of canaries) expect(line).not.toContain(canary)
      for (let i = 0; i + 40 < photo.length; i += 4000) expect(line).not.toContain(photo.slice(i, i + 40))
    }
    const stored = queue.accepted.map((record) => record.body).join('\n')
    expect(stored).toContain(jwe)
    for (const clear of [CANARY_ID, 'Z987654', CANARY_NAME, 'CANARYBIRD', photo.slice(1000, 1040), token]) {
      expect(stored).not.toContain(clear)
    }
  })
})
