// POST /api/records through the whole app: a recognition (the local recognizer, its reader stood in for) gives a
// ticket, the browser's JWE is made with jose, and the route either queues exactly one record or refuses with a
// documented code and queues nothing. The queue is the route's collaborator here; it is tested on its own.
import { calculateJwkThumbprint, compactDecrypt, generateKeyPair } from 'jose'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { recordErrorSchema } from '#src/hkid/api-errors.ts'
import { recordAcceptedSchema, recordWebhookSchema } from '#src/hkid/record-delivery-contract.ts'
import { recognizeResultSchema } from '#src/hkid/recognize-contract.ts'
import { createApp, type AppOptions } from '../app.ts'
import { localRecognizer } from '../recognizers/local-recognizer.ts'
import { RecordTickets } from '../records/record-ticket.ts'
import { postImage, specimenCard } from '#testing/server/endpoint-harness.ts'
import { fakeLocalReader } from '#testing/server/fake-local-reader.ts'
import {
  businessKeys,
  CUSTOMER_ROUTING,
  postRecord,
  recognizedAndSealed,
  recordsOptions,
  seal,
  StandInRecordQueue,
  WEBHOOK_SECRET,
  type BusinessKeys,
} from '#testing/records/record-post-harness.ts'

let keys: BusinessKeys
let queue: StandInRecordQueue
let logs: string[]

beforeAll(async () => {
  keys = await businessKeys()
})
beforeEach(() => {
  queue = new StandInRecordQueue()
  logs = []
})

function appWith(overrides: Partial<AppOptions> = {}) {
  return createApp({
    recognizer: localRecognizer(fakeLocalReader(), { timeoutMs: 5000 }),
    maxBodyBytes: 5 * 1024 * 1024,
    ratePerIpPerMinute: 1000,
    logSink: (line) => logs.push(line),
    records: recordsOptions(queue, keys),
    ...overrides,
  })
}

async function refusal(response: Response) {
  return { status: response.status, code: recordErrorSchema.parse(await response.json()).error.code }
}

describe('POST /api/records', () => {
  it('queues a good post once and answers 202 with a receipt; the webhook body carries the JWE untouched', async () => {
    const app = appWith()
    const { result, content, post } = await recognizedAndSealed(app, keys)
    expect(result.ticket).toEqual(expect.any(String))

    const response = await postRecord(app, post)
    expect(response.status).toBe(202)
    const { receipt } = recordAcceptedSchema.parse(await response.json())
    expect(receipt.reference).toMatch(/^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/)

    expect(queue.accepted).toHaveLength(1)
    const [queued] = queue.accepted
    expect(queued).toMatchObject({ id: receipt.id, ticketId: result.requestId })
    const webhook = recordWebhookSchema.parse(JSON.parse(queued!.body))
    expect(webhook.data).toEqual({
      receipt,
      requestId: result.requestId,
      routing: CUSTOMER_ROUTING,
      jwe: post.jwe,
    })
    const opened = await compactDecrypt(webhook.data.jwe, keys.privateKey)
    expect(JSON.parse(new TextDecoder().decode(opened.plaintext))).toEqual(content)
  })

  it('logs the receipt id and never the ticket, the JWE or the card', async () => {
    const app = appWith()
    const { result, post } = await recognizedAndSealed(app, keys)
    logs.length = 0
    const { receipt } = recordAcceptedSchema.parse(await (await postRecord(app, post)).json())
    const line = logs.find((entry) => entry.includes('/api/records'))
    expect(JSON.parse(line ?? '{}')).toMatchObject({ status: 202, receipt: receipt.id })
    const all = logs.join('\n')
    for (const secret of [post.ticket, post.jwe.slice(0, 40), result.card.idNum, result.card.enName]) {
      expect(all).not.toContain(secret)
    }
  })

  it('refuses a replayed ticket with 409 and queues nothing more', async () => {
    const app = appWith()
    const { post } = await recognizedAndSealed(app, keys)
    expect((await postRecord(app, post)).status).toBe(202)
    const again = { ...post, jwe: await seal({ other: 'record' }, keys.publicKey) }
    expect(await refusal(await postRecord(app, again))).toEqual({ status: 409, code: 'RECORD_TICKET_USED' })
    expect(queue.accepted).toHaveLength(1)
  })

  it('answers the same post again with the same receipt and stores it once: a retry after a lost 202', async () => {
    const app = appWith()
    const { post } = await recognizedAndSealed(app, keys)
    const first = await postRecord(app, post)
    const again = await postRecord(app, post)
    expect([first.status, again.status]).toEqual([202, 202])
    const [a, b] = [await first.json(), await again.json()] as {
      receipt: { id: string; reference: string }
    }[]
    expect(b?.receipt.id).toBe(a?.receipt.id)
    expect(b?.receipt.reference).toBe(a?.receipt.reference)
    expect(queue.accepted).toHaveLength(1)
  })

  it('refuses a missing, forged or expired ticket with 403', async () => {
    const app = appWith()
    const { result, post } = await recognizedAndSealed(app, keys)
    const forged = await new RecordTickets(WEBHOOK_SECRET.replace('cmVj', 'eHl6')).issue({
      requestId: result.requestId,
    })
    const expired = await new RecordTickets(WEBHOOK_SECRET).issue({
      requestId: result.requestId,
      nowSeconds: Math.floor(Date.now() / 1000) - 3 * 60 * 60,
    })
    const { ticket: _, ...withoutTicket } = post
    for (const body of [withoutTicket, { ...post, ticket: forged }, { ...post, ticket: expired }]) {
      expect(await refusal(await postRecord(app, body))).toEqual({
        status: 403,
        code: 'RECORD_TICKET_INVALID',
      })
    }
    expect(queue.accepted).toEqual([])
  })

  it('refuses what is not sealed to the business key as we accept it: 400 naming the part, queuing nothing', async () => {
    const app = appWith()
    const { content, post } = await recognizedAndSealed(app, keys)
    const rsa = await generateKeyPair('RSA-OAEP', { extractable: true })
    const cases: Array<[string, unknown, RegExp]> = [
      ['plain JSON record in jwe', { ...post, jwe: JSON.stringify(content) }, /jwe is not a compact JWE/],
      ['RSA-OAEP', { ...post, jwe: await seal(content, rsa.publicKey, { alg: 'RSA-OAEP' }) }, /alg must be/],
      [
        'A128CBC-HS256',
        { ...post, jwe: await seal(content, keys.publicKey, { enc: 'A128CBC-HS256' }) },
        /enc must/,
      ],
      [
        'another kid',
        { ...post, jwe: await seal(content, keys.publicKey, { kid: 'someone-else' }) },
        /another key/,
      ],
      ['routing with personal data', { ...post, routing: { ...CUSTOMER_ROUTING, name: 'CHAN' } }, /routing/],
      ['a member too many', { ...post, extra: 1 }, /ticket, jwe and routing/],
      ['not JSON', '{"ticket": ', /not JSON/],
    ]
    for (const [what, body, message] of cases) {
      const response = await postRecord(app, body)
      const parsed = recordErrorSchema.parse(await response.json())
      expect([what, response.status, parsed.error.code]).toEqual([what, 400, 'RECORD_MALFORMED'])
      expect(parsed.error.message).toMatch(message)
      expect(parsed.error.message).not.toContain(post.ticket)
    }
    expect(queue.accepted).toEqual([])
  })

  it('takes a seal that names no kid, or the key by its thumbprint', async () => {
    const app = appWith()
    const { content, post } = await recognizedAndSealed(app, keys)
    const jwe = await seal(content, keys.publicKey, { kid: null })
    expect((await postRecord(app, { ...post, jwe })).status).toBe(202)
    const second = await recognizedAndSealed(app, keys)
    const thumbprint = await calculateJwkThumbprint(keys.publicJwk)
    const byThumbprint = await seal(content, keys.publicKey, { kid: thumbprint })
    expect((await postRecord(app, { ...second.post, jwe: byThumbprint })).status).toBe(202)
  })

  it('refuses a wrong content type with 415 before reading the body', async () => {
    const app = appWith()
    const { post } = await recognizedAndSealed(app, keys)
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    ]) {
      const response = await postRecord(app, post, { 'Content-Type': type })
      const { error } = recordErrorSchema.parse(await response.json())
      expect([response.status, error.code, error.message]).toEqual([
        415,
        'UNSUPPORTED_TYPE',
        'Send the record as application/json.',
      ])
    }
    expect(queue.accepted).toEqual([])
  })

  it('refuses an oversize body with 413 without reading all of it', async () => {
    const app = appWith({ records: recordsOptions(queue, keys, 64 * 1024) })
    let pulled = 0
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 16 * 1024
        controller.enqueue(new Uint8Array(16 * 1024).fill(0x20))
      },
    })
    const response = await app.request('/api/records', {
      method: 'POST',
      body: endless,
      headers: { 'Content-Type': 'application/json' },
      duplex: 'half',
    } as RequestInit)
    expect(await refusal(response)).toEqual({ status: 413, code: 'RECORD_TOO_LARGE' })
    expect(pulled).toBeLessThan(64 * 1024 + 4 * 16 * 1024)
    const declared = await postRecord(app, '{}', { 'Content-Length': String(10 * 1024 * 1024) })
    expect(declared.status).toBe(413)
    expect(queue.accepted).toEqual([])
  })

  it('answers 503 with Retry-After while the queue’s store is down, and accepts the same post once it is back', async () => {
    const app = appWith()
    const { post } = await recognizedAndSealed(app, keys)
    queue.down = true
    const response = await postRecord(app, post)
    expect(response.headers.get('Retry-After')).toBe('5')
    expect(await refusal(response)).toEqual({ status: 503, code: 'TEMPORARILY_UNAVAILABLE' })
    queue.down = false
    expect((await postRecord(app, post)).status).toBe(202)
    expect(queue.accepted).toHaveLength(1)
  })

  it('rate-limits posts per client address with Retry-After', async () => {
    const app = appWith({ ratePerIpPerMinute: 3 })
    const { post } = await recognizedAndSealed(app, keys)
    const statuses = []
    for (let index = 0; index < 4; index++) statuses.push((await postRecord(app, post)).status)
    // 1 recognition, then 202 and the same post twice more (the same receipt), and the fourth post of the
    // minute is one too many.
    expect(statuses).toEqual([202, 202, 202, 429])
    const limited = await postRecord(app, post)
    expect(limited.headers.get('Retry-After')).toMatch(/^\d+$/)
  })

  it('answers 405 to another method', async () => {
    const response = await appWith().request('/api/records', { method: 'GET' })
    expect(await refusal(response)).toEqual({ status: 405, code: 'METHOD_NOT_ALLOWED' })
  })
})

describe('with record delivery off', () => {
  it('answers RECORD_DELIVERY_OFF, gives no ticket, no key to the browser and no records health', async () => {
    const app = appWith({ records: undefined })
    const recognized = recognizeResultSchema.parse(await (await postImage(app, specimenCard)).json())
    expect(recognized.ticket).toBeUndefined()
    const response = await postRecord(app, { ticket: 'x', jwe: 'a.b.c.d.e', routing: CUSTOMER_ROUTING })
    expect(await refusal(response)).toEqual({ status: 404, code: 'RECORD_DELIVERY_OFF' })
    expect(await (await app.request('/api/client-config')).json()).toMatchObject({ recordWebhook: null })
    expect(await (await app.request('/api/health')).json()).not.toHaveProperty('records')
  })

  it('gives the browser the public key and reports the queue in /api/health when on', async () => {
    const app = appWith()
    const { post } = await recognizedAndSealed(app, keys)
    await postRecord(app, post)
    expect(await (await app.request('/api/client-config')).json()).toMatchObject({
      recordWebhook: { publicJwk: keys.publicJwk },
    })
    expect(await (await app.request('/api/health')).json()).toMatchObject({
      records: { store: 'ok', waiting: 1, undeliverable: 0 },
    })
  })
})
