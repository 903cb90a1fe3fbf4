// A hostile or broken upstream through the whole app over real sockets: a 50 MB reply is cut off (502) with
// only the cap's worth read and memory flat, and a huge RequestId never reaches a log line or the browser.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiErrorSchema } from '#src/hkid/api-errors.ts'
import { createApp } from '../app.ts'
import { DEMO_SECRET_ID, DEMO_SECRET_KEY } from '../emulator/demo-keys.ts'
import { postImage, specimenCard } from '#testing/server/endpoint-harness.ts'
import { tencentRecognizer } from '#server/recognizers/tencent-recognizer.ts'

const REPLY_BYTES = 50 * 1024 * 1024
let server: Server
let endpoint: string
let reply: (response: import('node:http').ServerResponse) => void
/** Bytes the fake upstream managed to hand to its socket before we hung up on it. */
let written = 0

beforeAll(async () => {
  server = createServer((request, response) => {
    request.resume()
    request.on('end', () => reply(response))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise((resolve) => server.close(resolve)))

function appWith(logs: string[]) {
  return createApp({
    recognizer: tencentRecognizer({
      endpoint,
      secretId: DEMO_SECRET_ID,
      secretKey: DEMO_SECRET_KEY,
      timeoutMs: 20_000,
    }),
    maxBodyBytes: 5 * 1024 * 1024,
    logSink: (line) => logs.push(line),
  })
}

/** Streams `total` bytes of one JSON string, with no Content-Length, as fast as the reader takes them. */
function streamHugeJson(total: number) {
  return (response: import('node:http').ServerResponse) => {
    written = 0
    response.writeHead(200, { 'Content-Type': 'application/json' })
    const chunk = Buffer.alloc(64 * 1024, 0x41)
    response.write('{"Response":{"RequestId":"')
    const pump = () => {
      while (written < total && !response.destroyed) {
        written += chunk.length
        if (!response.write(chunk)) return void response.once('drain', pump)
      }
      if (!response.destroyed) response.end('"}}')
    }
    response.on('close', () => undefined)
    pump()
  }
}

describe('the upstream reply cap', () => {
  it('answers 502 to a 50 MB reply, reading only about the cap, with memory flat', async () => {
    const logs: string[] = []
    reply = streamHugeJson(REPLY_BYTES)
    const app = appWith(logs)
    globalThis.gc?.()
    const rssBefore = process.memoryUsage().rss
    let rssPeak = rssBefore
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 5)
    const response = await postImage(app, specimenCard)
    clearInterval(sampler)
    expect(response.status).toBe(502)
    expect(apiErrorSchema.parse(await response.json()).error.code).toBe('UPSTREAM_ERROR')
    expect(JSON.parse(logs[0]!)).toMatchObject({ status: 502, upstreamCode: 'reply-too-large' })
    // Cut off near the 4 MB cap (plus what the sockets buffer), nowhere near 50 MB.
    expect(written).toBeLessThan(REPLY_BYTES / 4)
    // Buffering the whole reply costs ≥ 100 MB (chunks, then the joined copy); the cap keeps it to a few.
    expect((rssPeak - rssBefore) / 2 ** 20).toBeLessThan(48)
  })

  it('keeps a 3 MB RequestId out of the log line and the answer', async () => {
    const logs: string[] = []
    reply = (response) =>
      response.end(
        JSON.stringify({
          Response: { Error: { Code: 'FailedOperation.NoHKIDCard' }, RequestId: 'x'.repeat(3 << 20) },
        }),
      )
    const response = await postImage(appWith(logs), specimenCard)
    expect(response.status).toBe(422)
    const body = apiErrorSchema.parse(await response.json())
    expect(body.error.requestId).toMatch(/^[0-9a-f-]{36}$/)
    expect(logs[0]!.length).toBeLessThan(1000)
    expect(JSON.parse(logs[0]!)).toMatchObject({ upstreamCode: 'FailedOperation.NoHKIDCard' })
  })
})
