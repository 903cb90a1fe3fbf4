// The reference receiver (`npm run record-receiver`, a child process) refuses what it cannot trust — no or a
// wrong signature, an old timestamp, a record sealed to another key — and takes a repeated delivery once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Webhook } from 'standardwebhooks'
import { freePort, startReceiver, until, type ReceiverProcess } from '#testing/records/receiver-process.ts'
import { freshKeys, queuedRecord, sealedContent, type TestKeys } from '#testing/records/sealed-record.ts'

let keys: TestKeys
let receiver: ReceiverProcess
let url: string
beforeAll(async () => {
  keys = await freshKeys()
  const port = await freePort()
  receiver = await startReceiver({ port, secret: keys.secret, privateJwk: keys.privateJwk })
  url = `http://127.0.0.1:${port}/`
}, 30_000)
afterAll(() => receiver?.stop())

function post(body: string, id: string, options: { secret?: string; at?: Date; signature?: string } = {}) {
  const at = options.at ?? new Date()
  return fetch(url, {
    method: 'POST',
    body,
    headers: {
      'content-type': 'application/json',
      'webhook-id': id,
      'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
      'webhook-signature': options.signature ?? new Webhook(options.secret ?? keys.secret).sign(id, at, body),
    },
  })
}

describe('the reference receiver', () => {
  it('opens a signed record once, and answers a repeat of it without taking it again', async () => {
    const content = sealedContent('KWOK, Received')
    const record = await queuedRecord(keys.publicJwk, content)
    const id = `msg_${record.id}`
    expect((await post(record.body, id)).status).toBe(204)
    expect((await post(record.body, id)).status).toBe(204)
    // Its output reaches us on a pipe of its own: wait for the line about the repeat.
    expect(await until(() => receiver.lines().some((line) => line.startsWith(`duplicate ${id}`)))).toBe(true)
    expect(receiver.opened().filter((seen) => seen === id)).toEqual([id])
    expect(receiver.records().get(record.id)).toEqual(content)
    expect(receiver.lines().join('\n')).not.toContain('KWOK')
  })

  it('refuses a wrong or missing signature and an old timestamp with 400', async () => {
    const record = await queuedRecord(keys.publicJwk, sealedContent('KWOK, Refused'))
    const id = `msg_${record.id}`
    const other = (await freshKeys()).secret
    expect((await post(record.body, id, { secret: other })).status).toBe(400)
    expect((await post(record.body, id, { signature: '' })).status).toBe(400)
    expect((await post(record.body, id, { at: new Date(Date.now() - 10 * 60_000) })).status).toBe(400)
    expect(
      (
        await post(`${record.body} `, id, {
          signature: new Webhook(keys.secret).sign(id, new Date(), record.body),
        })
      ).status,
    ).toBe(400)
    expect(receiver.opened()).not.toContain(id)
  })

  it('refuses with 422 a signed delivery it cannot open', async () => {
    const elsewhere = await freshKeys()
    const record = await queuedRecord(elsewhere.publicJwk, sealedContent('KWOK, Other Key'))
    expect((await post(record.body, `msg_${record.id}`)).status).toBe(422)
    expect((await post('{"type":"something else"}', 'msg_junk')).status).toBe(422)
    expect(receiver.opened()).not.toContain(`msg_${record.id}`)
  })
})
