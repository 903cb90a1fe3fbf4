// POST /api/records over a real @hono/node-server, where the body is read from the socket itself: a good post
// is queued, and an endless one is answered 413 while the client is still sending — never buffered to its end.
import { request } from 'node:http'
import type { AddressInfo } from 'node:net'
import { serve, type ServerType } from '@hono/node-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { recordAcceptedSchema } from '#src/hkid/record-delivery-contract.ts'
import { createApp } from '../app.ts'
import { localRecognizer } from '../recognizers/local-recognizer.ts'
import { fakeLocalReader } from '#testing/server/fake-local-reader.ts'
import {
  businessKeys,
  recognizedAndSealed,
  recordsOptions,
  StandInRecordQueue,
} from '#testing/records/record-post-harness.ts'

const MAX_BYTES = 2 * 1024 * 1024
const queue = new StandInRecordQueue()
let server: ServerType
let base: string

beforeAll(async () => {
  const keys = await businessKeys()
  const app = createApp({
    recognizer: localRecognizer(fakeLocalReader(), { timeoutMs: 5000 }),
    maxBodyBytes: 5 * 1024 * 1024,
    logSink: () => undefined,
    records: recordsOptions(queue, keys, MAX_BYTES),
  })
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      base = `http://127.0.0.1:${info.port}`
      resolve()
    })
  })
  // The recognition over the socket too, as the browser makes it.
  const overHttp = { request: (path: string, init: RequestInit) => fetch(`${base}${path}`, init) }
  good = (await recognizedAndSealed(overHttp, keys)).post
})
afterAll(() => new Promise((resolve) => server.close(resolve)))
let good: unknown

/** Sends JSON-looking chunks for as long as no answer has come; resolves with the answer's status. */
function postEndlessly(): Promise<{ status: number; connection: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}/api/records`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
    })
    let answered = false
    req.on('response', (response) => {
      answered = true
      response.resume()
      resolve({ status: response.statusCode ?? 0, connection: response.headers.connection })
      req.destroy()
    })
    req.on('error', (error) => (answered ? undefined : reject(error)))
    const chunk = Buffer.alloc(16 * 1024, 0x20)
    const send = () => {
      if (answered || req.destroyed) return
      if (req.write(chunk)) setImmediate(send)
      else req.once('drain', send)
    }
    req.write('{"ticket":"')
    send()
  })
}

describe('POST /api/records on Node', () => {
  it('queues a good post read from the socket', async () => {
    const response = await fetch(`${base}/api/records`, {
      method: 'POST',
      body: JSON.stringify(good),
      headers: { 'Content-Type': 'application/json' },
    })
    expect(response.status).toBe(202)
    recordAcceptedSchema.parse(await response.json())
    expect(queue.accepted).toHaveLength(1)
  })

  it('answers an endless body 413 and closes the connection, while the client is still sending', async () => {
    expect(await postEndlessly()).toEqual({ status: 413, connection: 'close' })
    expect(queue.accepted).toHaveLength(1)
  })
})
