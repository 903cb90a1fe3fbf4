// The reference receiver (`npm run record-receiver`, a child process) refuses what it cannot trust — no or a
// wrong signature, an old timestamp, a record sealed to another key — and takes a repeated delivery once, even
// when the repeat reaches it after a restart.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
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

function post(
  body: string,
  id: string,
  options: { secret?: string; at?: Date; signature?: string; to?: string } = {},
) {
  const at = options.at ?? new Date()
  return fetch(options.to ?? url, {
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

  it('takes a record once across a restart: the new process answers its redelivery 204 and does not take it', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'hkid-receiver-restart-'))
    const started = async () => {
      const port = await freePort()
      const process = await startReceiver({ port, secret: keys.secret, privateJwk: keys.privateJwk, outDir })
      return { process, to: `http://127.0.0.1:${port}/` }
    }
    try {
      const content = sealedContent('KWOK, Restarted')
      const record = await queuedRecord(keys.publicJwk, content)
      const id = `msg_${record.id}`
      const before = await started()
      expect((await post(record.body, id, { to: before.to })).status).toBe(204)
      expect(await until(() => before.process.opened().includes(id))).toBe(true)
      await before.process.stop()

      const after = await started()
      try {
        expect((await post(record.body, id, { to: after.to })).status).toBe(204)
        expect(
          await until(() => after.process.lines().some((line) => line.startsWith(`duplicate ${id}`))),
        ).toBe(true)
        expect(after.process.opened()).toEqual([])
        expect(after.process.records().get(record.id)).toEqual(content)
        // A record it has not seen is still taken after the restart.
        const next = await queuedRecord(keys.publicJwk, sealedContent('KWOK, Next'))
        expect((await post(next.body, `msg_${next.id}`, { to: after.to })).status).toBe(204)
        expect(after.process.opened()).toEqual([`msg_${next.id}`])
      } finally {
        await after.process.stop()
      }
    } finally {
      rmSync(outDir, { recursive: true, force: true })
    }
  }, 60_000)

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
