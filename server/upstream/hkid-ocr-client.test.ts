// Outcome classification with a stubbed transport: the thing under test is how a failure is classified.
import { describe, expect, it } from 'vitest'
import { DEMO_SECRET_ID, DEMO_SECRET_KEY } from '../emulator/demo-keys.ts'
import { callHkidCardOcr, type UpstreamConfig } from './hkid-ocr-client.ts'

const image = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])

/** Answers 200 with headers at once, sends the start of a JSON body, then stalls until the signal aborts. */
const stallingBody: UpstreamConfig['fetch'] = (_url, init) => {
  const signal = init?.signal ?? undefined
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"Response":{"IdNum":'))
      signal?.addEventListener('abort', () => controller.error(signal.reason), { once: true })
    },
  })
  return Promise.resolve(new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } }))
}

const config = (fetchStub: UpstreamConfig['fetch']): UpstreamConfig => ({
  endpoint: 'https://ocr.example.test',
  secretId: DEMO_SECRET_ID,
  secretKey: DEMO_SECRET_KEY,
  timeoutMs: 150,
  ...(fetchStub ? { fetch: fetchStub } : {}),
})

describe('callHkidCardOcr classification', () => {
  it('a deadline that fires while the body is read is a timeout, not a malformed answer', async () => {
    const outcome = await callHkidCardOcr(config(stallingBody), { image, returnHeadImage: false })
    expect(outcome).toEqual({ kind: 'timeout', attempts: 1, sent: true })
  })

  it.each([{ Code: 5 }, {}, null, { Code: null, Message: 'x' }])(
    'an error envelope without a string Code (%j) is malformed, never an empty result',
    async (error) => {
      const envelope: UpstreamConfig['fetch'] = () =>
        Promise.resolve(Response.json({ Response: { Error: error, RequestId: 'r-1' } }))
      const outcome = await callHkidCardOcr(config(envelope), { image, returnHeadImage: false })
      expect(outcome).toEqual({ kind: 'malformed', attempts: 1, sent: true })
    },
  )

  it('a body that is complete but not JSON, within the deadline, stays malformed', async () => {
    const notJson: UpstreamConfig['fetch'] = () =>
      Promise.resolve(new Response('<html>oops', { status: 200 }))
    const outcome = await callHkidCardOcr(config(notJson), { image, returnHeadImage: false })
    expect(outcome).toEqual({ kind: 'malformed', attempts: 1, sent: true })
  })

  it('a reply longer than the cap is cut off as reply-too-large, declared or streamed', async () => {
    const declared: UpstreamConfig['fetch'] = () =>
      Promise.resolve(new Response('{}', { status: 200, headers: { 'Content-Length': String(50 << 20) } }))
    const streamed: UpstreamConfig['fetch'] = () =>
      Promise.resolve(new Response(new Uint8Array(2048).fill(0x20), { status: 200 }))
    for (const fetchStub of [declared, streamed]) {
      const outcome = await callHkidCardOcr(
        { ...config(fetchStub), maxReplyBytes: 1024 },
        { image, returnHeadImage: false },
      )
      expect(outcome).toMatchObject({ kind: 'reply-too-large', sent: true })
    }
  })

  it('a caller that goes away is client-closed, and a call that never left is not sent', async () => {
    const controller = new AbortController()
    controller.abort()
    const outcome = await callHkidCardOcr(
      config(stallingBody),
      { image, returnHeadImage: false },
      controller.signal,
    )
    expect(outcome).toEqual({ kind: 'client-closed', attempts: 1, sent: false })
  })

  it('sanitises the upstream code and request id before anyone sees them', async () => {
    const hostile: UpstreamConfig['fetch'] = () =>
      Promise.resolve(
        Response.json({
          Response: { Error: { Code: 'X\n{"level":"fake"}', Message: 'm' }, RequestId: 'r'.repeat(100_000) },
        }),
      )
    const outcome = await callHkidCardOcr(config(hostile), { image, returnHeadImage: false })
    expect(outcome).toEqual({ kind: 'api-error', upstreamCode: 'unrecognised-code', attempts: 1, sent: true })
  })
})
