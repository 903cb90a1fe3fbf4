import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createNodeHttpFetch } from './node-http-fetch'

type Handler = (request: IncomingMessage, response: ServerResponse, body: Buffer) => void
let handler: Handler
let server: Server
let base: string
const seen: { remotePort: number | undefined; body: Buffer; headers: IncomingMessage['headers'] }[] = []

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const body = Buffer.concat(chunks)
      seen.push({ remotePort: request.socket.remotePort, body, headers: request.headers })
      handler(request, response, body)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
})
afterAll(() => new Promise((resolve) => server.close(resolve)))
beforeEach(() => {
  seen.length = 0
  handler = (_request, response) => response.end('{"ok":true}')
})

const nodeFetch = createNodeHttpFetch()!

describe('createNodeHttpFetch', () => {
  it('exists on Node', () => expect(nodeFetch).not.toBeNull())

  it('sends the exact bytes and headers, and answers a Response with status and JSON', async () => {
    handler = (_request, response) => {
      response.writeHead(400, { 'Content-Type': 'application/json' })
      response.end('{"Response":{"Error":{"Code":"X"}}}')
    }
    const body = new Uint8Array(300_000).map((_, i) => i % 251)
    const response = await nodeFetch(new URL(base), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-TC-Action': 'HKIDCardOCR' },
      body,
    })
    expect(response.status).toBe(400)
    expect(response.headers.get('content-type')).toBe('application/json')
    expect(await response.json()).toEqual({ Response: { Error: { Code: 'X' } } })
    expect(seen[0]!.body.equals(Buffer.from(body))).toBe(true)
    expect(seen[0]!.headers['x-tc-action']).toBe('HKIDCardOCR')
    expect(seen[0]!.headers['content-length']).toBe('300000')
  })

  it('keeps the connection alive across calls', async () => {
    for (let i = 0; i < 4; i++) {
      const response = await nodeFetch(new URL(base), { method: 'POST', body: new Uint8Array([i]) })
      expect(await response.json()).toEqual({ ok: true })
    }
    expect(new Set(seen.map((call) => call.remotePort)).size).toBe(1)
  })

  it('rejects when the signal aborts while waiting for the answer', async () => {
    handler = () => undefined // never answers
    const call = nodeFetch(new URL(base), {
      method: 'POST',
      body: new Uint8Array([1]),
      signal: AbortSignal.timeout(100),
    })
    await expect(call).rejects.toThrow()
  })

  it('rejects (does not crash) on a status a Response cannot carry', async () => {
    handler = (_request, response) => {
      response.writeHead(204)
      response.end()
    }
    const ok = await nodeFetch(new URL(base), { method: 'POST', body: new Uint8Array([1]) })
    expect(ok.status).toBe(204)
    handler = (request) => request.socket.end('HTTP/1.1 999 Odd\r\nContent-Length: 2\r\n\r\nhi')
    await expect(nodeFetch(new URL(base), { method: 'POST', body: new Uint8Array([1]) })).rejects.toThrow()
  })

  it('rejects a connection refused, and anything but http(s) or byte bodies', async () => {
    await expect(nodeFetch(new URL('http://127.0.0.1:1/'), { method: 'POST' })).rejects.toThrow()
    await expect(nodeFetch(new URL('ftp://127.0.0.1/'), { method: 'POST' })).rejects.toThrow(TypeError)
    await expect(nodeFetch(new URL(base), { method: 'POST', body: 'text' })).rejects.toThrow(TypeError)
  })
})
