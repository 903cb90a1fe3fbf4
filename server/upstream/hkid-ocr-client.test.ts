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
    expect(outcome).toEqual({ kind: 'timeout', attempts: 1 })
  })

  it.each([{ Code: 5 }, {}, null, { Code: null, Message: 'x' }])(
    'an error envelope without a string Code (%j) is malformed, never an empty result',
    async (error) => {
      const envelope: UpstreamConfig['fetch'] = () =>
        Promise.resolve(Response.json({ Response: { Error: error, RequestId: 'r-1' } }))
      const outcome = await callHkidCardOcr(config(envelope), { image, returnHeadImage: false })
      expect(outcome).toEqual({ kind: 'malformed', attempts: 1 })
    },
  )

  it('a body that is complete but not JSON, within the deadline, stays malformed', async () => {
    const notJson: UpstreamConfig['fetch'] = () =>
      Promise.resolve(new Response('<html>oops', { status: 200 }))
    const outcome = await callHkidCardOcr(config(notJson), { image, returnHeadImage: false })
    expect(outcome).toEqual({ kind: 'malformed', attempts: 1 })
  })
})
