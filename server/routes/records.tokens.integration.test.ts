// Record tickets end to end with capture links required: the emulator stands in for Tencent over TC3-signed HTTP
// (the local recognizer's tickets are in records.integration.test.ts). A recognition's ticket is accepted with
// the token that recognized, or — after a desk hand-off — with the desk link the phone's token came from; never
// with another token, nor without one.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { recordErrorSchema } from '#src/hkid/api-errors.ts'
import { recordAcceptedSchema, recordWebhookSchema } from '#src/hkid/record-delivery-contract.ts'
import { mintCaptureToken } from '../access/capture-token.ts'
import { SPECIMEN_CARD } from '../emulator/specimen-card.ts'
import { postImage, specimenCard, startHarness, type Harness } from '#testing/server/endpoint-harness.ts'
import { handoffClient } from '#testing/server/desk-handoff-client.ts'
import {
  businessKeys,
  postRecord,
  recognizedAndSealed,
  recordsOptions,
  StandInRecordQueue,
  type BusinessKeys,
} from '#testing/records/record-post-harness.ts'

const secret = 'records-capture-token-secret-0123456789'
let h: Harness
let keys: BusinessKeys
let queue: StandInRecordQueue

beforeAll(async () => {
  h = await startHarness()
  keys = await businessKeys()
})
afterAll(() => h.close())
beforeEach(async () => {
  queue = new StandInRecordQueue()
  await h.reset()
})

const appWith = () => h.appWith({ captureTokenSecret: secret, records: recordsOptions(queue, keys) })
const link = (journey: 'operator' | 'customer' = 'customer', lifetimeSeconds = 1800) =>
  mintCaptureToken({ secret, lifetimeSeconds, calls: 5, journey })
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` })

async function codeOf(response: Response) {
  return [response.status, recordErrorSchema.parse(await response.json()).error.code]
}

describe('tickets of the Tencent recognizer with capture links required', () => {
  it('are accepted with the token that recognized: the card read by Tencent reaches the queue sealed', async () => {
    const app = appWith()
    const token = await link()
    const { result, post } = await recognizedAndSealed(app, keys, bearer(token))
    expect(result.card.idNum).toBe(SPECIMEN_CARD.IdNum)
    const response = await postRecord(app, post, bearer(token))
    expect(response.status).toBe(202)
    const { receipt } = recordAcceptedSchema.parse(await response.json())
    const webhook = recordWebhookSchema.parse(JSON.parse(queue.accepted[0]?.body ?? '{}'))
    expect(webhook.data).toMatchObject({ receipt, requestId: result.requestId })
    // The server queues ciphertext only: the number on the card is nowhere in what it stores.
    expect(queue.accepted[0]?.body).not.toContain(SPECIMEN_CARD.IdNum)
  })

  it('are refused with 401 when no token comes with the post, and 403 with another valid token', async () => {
    const app = appWith()
    const { post } = await recognizedAndSealed(app, keys, bearer(await link()))
    expect(await codeOf(await postRecord(app, post))).toEqual([401, 'UNAUTHORIZED'])
    expect(await codeOf(await postRecord(app, post, bearer('not.a-token')))).toEqual([401, 'UNAUTHORIZED'])
    const other = await link()
    expect(await codeOf(await postRecord(app, post, bearer(other)))).toEqual([403, 'RECORD_TICKET_INVALID'])
    expect(queue.accepted).toEqual([])
  })

  it('outlive the capture link that recognized: a review may end after the link has', async () => {
    const token = await link('customer', 30 * 60)
    const { post } = await recognizedAndSealed(appWith(), keys, bearer(token))
    // The same server 90 minutes on: the 30-minute link has expired, the 2-hour ticket has not.
    const later = h.appWith({
      captureTokenSecret: secret,
      records: recordsOptions(queue, keys),
      nowMs: () => Date.now() + 90 * 60 * 1000,
    })
    expect((await postImage(later, specimenCard, bearer(token))).status).toBe(401)
    expect((await postRecord(later, post, bearer(token))).status).toBe(202)
    const muchLater = h.appWith({
      captureTokenSecret: secret,
      records: recordsOptions(queue, keys),
      nowMs: () => Date.now() + 121 * 60 * 1000,
    })
    const other = await link()
    const { post: another } = await recognizedAndSealed(appWith(), keys, bearer(other))
    expect(await codeOf(await postRecord(muchLater, another, bearer(other)))).toEqual([
      403,
      'RECORD_TICKET_INVALID',
    ])
  })

  it('after a desk hand-off, are accepted with the desk link the phone’s token came from, or the phone’s own', async () => {
    const app = appWith()
    const client = handoffClient(app)
    const desk = await link('operator')
    const first = await client.start(desk)
    const fromPhone = await recognizedAndSealed(app, keys, bearer(first.phoneToken))
    // The hand-off's own desk-end token opens the relay, nothing else.
    const relayToken = await postRecord(app, fromPhone.post, bearer(first.deskToken))
    expect(relayToken.status).toBe(401)
    expect((await postRecord(app, fromPhone.post, bearer(desk))).status).toBe(202)

    const second = await client.start(desk)
    const again = await recognizedAndSealed(app, keys, bearer(second.phoneToken))
    expect((await postRecord(app, again.post, bearer(second.phoneToken))).status).toBe(202)
    const unrelatedDesk = await link('operator')
    const third = await client.start(desk)
    const once = await recognizedAndSealed(app, keys, bearer(third.phoneToken))
    expect(await codeOf(await postRecord(app, once.post, bearer(unrelatedDesk)))).toEqual([
      403,
      'RECORD_TICKET_INVALID',
    ])
    expect(queue.accepted).toHaveLength(2)
  })
})
