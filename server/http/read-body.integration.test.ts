import { EventEmitter } from 'node:events'
import type { AddressInfo } from 'node:net'
import { serve, type ServerType } from '@hono/node-server'
import fc from 'fast-check'
import { Hono } from 'hono'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readBodyWithLimit } from './read-body'

/** Just enough of Node's IncomingMessage: chunks are pushed by the test. */
class FakeIncoming extends EventEmitter {
  readableDidRead = false
  readableEnded = false
  paused = false
  pause() {
    this.paused = true
    return this
  }
}

const bytesOf = (...values: number[][]) => values.map((value) => new Uint8Array(value))
const noBody = new Request('http://x/', { method: 'POST' })

describe('readBodyWithLimit, Node fast path (env.incoming)', () => {
  it('joins the chunks in order, into the memory it is given', async () => {
    const incoming = new FakeIncoming()
    const target = new Uint8Array(16)
    const read = readBodyWithLimit(noBody, 100, incoming, (size) => target.subarray(0, size))
    for (const chunk of bytesOf([1, 2], [3], [4, 5, 6])) incoming.emit('data', chunk)
    incoming.emit('end')
    const result = await read
    expect(result).toEqual({ ok: true, bytes: new Uint8Array([1, 2, 3, 4, 5, 6]) })
    expect(result.ok && result.bytes.buffer).toBe(target.buffer)
    expect(incoming.listenerCount('data')).toBe(0)
  })

  it('cuts a body off as soon as it grows past the limit, and stops reading', async () => {
    const incoming = new FakeIncoming()
    const read = readBodyWithLimit(noBody, 4, incoming)
    incoming.emit('data', new Uint8Array(3))
    incoming.emit('data', new Uint8Array(2))
    expect(await read).toEqual({ ok: false, reason: 'too-large' })
    expect(incoming.paused).toBe(true)
    expect(incoming.listenerCount('data')).toBe(0)
  })

  it('an empty body is empty; a declared length over the limit is refused unread', async () => {
    const incoming = new FakeIncoming()
    const read = readBodyWithLimit(noBody, 4, incoming)
    incoming.emit('end')
    expect(await read).toEqual({ ok: true, bytes: new Uint8Array(0) })
    const declared = new Request('http://x/', { method: 'POST', headers: { 'Content-Length': '5' } })
    const untouched = new FakeIncoming()
    expect(await readBodyWithLimit(declared, 4, untouched)).toEqual({ ok: false, reason: 'too-large' })
    expect(untouched.listenerCount('data')).toBe(0)
  })

  it('says so when the client goes away mid-body', async () => {
    const incoming = new FakeIncoming()
    const read = readBodyWithLimit(noBody, 100, incoming)
    incoming.emit('data', new Uint8Array(3))
    incoming.emit('close')
    expect(await read).toEqual({ ok: false, reason: 'client-closed' })
  })

  it('gives up on a body that has not all arrived in time, and stops reading it', async () => {
    const incoming = new FakeIncoming()
    const read = readBodyWithLimit(noBody, 100, incoming, undefined, 50)
    incoming.emit('data', new Uint8Array(3))
    expect(await read).toEqual({ ok: false, reason: 'timeout' })
    expect(incoming.paused).toBe(true)
    expect(incoming.listenerCount('data')).toBe(0)
  })

  it('gives up in time on the Web stream path too', async () => {
    const stalled = new Request('http://x/', {
      method: 'POST',
      body: new ReadableStream({ start: (controller) => controller.enqueue(new Uint8Array(2)) }),
      duplex: 'half',
    } as RequestInit)
    expect(await readBodyWithLimit(stalled, 100, undefined, undefined, 50)).toEqual({
      ok: false,
      reason: 'timeout',
    })
  })

  it('falls back to the Web stream when the Node stream was already read or is not one', async () => {
    const request = new Request('http://x/', { method: 'POST', body: new Uint8Array([7, 8]) })
    const used = Object.assign(new FakeIncoming(), { readableDidRead: true })
    expect(await readBodyWithLimit(request, 100, used)).toEqual({ ok: true, bytes: new Uint8Array([7, 8]) })
    const again = new Request('http://x/', { method: 'POST', body: new Uint8Array([9]) })
    expect(await readBodyWithLimit(again, 100, { on: 1 })).toEqual({ ok: true, bytes: new Uint8Array([9]) })
  })
})

describe('readBodyWithLimit over a real @hono/node-server: both paths read the same bytes', () => {
  const LIMIT = 200_000
  let server: ServerType
  let base: string
  beforeAll(async () => {
    const app = new Hono()
    const answer = (result: Awaited<ReturnType<typeof readBodyWithLimit>>) =>
      result.ok ? { ok: true, bytes: Buffer.from(result.bytes).toString('base64') } : result
    app.post('/node', async (c) => {
      const incoming = (c.env as { incoming?: unknown }).incoming
      return c.json(answer(await readBodyWithLimit(c.req.raw, LIMIT, incoming)))
    })
    app.post('/web', async (c) => c.json(answer(await readBodyWithLimit(c.req.raw, LIMIT))))
    await new Promise<void>((resolve) => {
      server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
        base = `http://127.0.0.1:${info.port}`
        resolve()
      })
    })
  })
  afterAll(() => new Promise((resolve) => server.close(resolve)))

  const post = async (path: string, chunks: Uint8Array[]) => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(chunk)
        controller.close()
      },
    })
    const init = { method: 'POST', body, duplex: 'half' } as RequestInit
    return (await fetch(`${base}${path}`, init)).json()
  }

  it('random chunked bodies, under and over the limit', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.uint8Array({ maxLength: 60_000 }), { maxLength: 6 }), async (chunks) => {
        const node = await post('/node', chunks)
        expect(node).toEqual(await post('/web', chunks))
        const size = chunks.reduce((sum, chunk) => sum + chunk.length, 0)
        expect(node).toEqual(
          size > LIMIT
            ? { ok: false, reason: 'too-large' }
            : { ok: true, bytes: Buffer.concat(chunks).toString('base64') },
        )
      }),
      { numRuns: 25 },
    )
  })
})
