// One delivery attempt against a real HTTP server: the exact body, Standard Webhooks headers the standard's
// own library verifies, the same id on every attempt, and every way an attempt can fail said as a retry.
import { createServer, type IncomingMessage, type Server } from 'node:http'
import { randomBytes } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { Webhook } from 'standardwebhooks'
import { createWebhookSender } from './webhook-sender.ts'
import { freePort } from '#testing/records/receiver-process.ts'

const secret = `whsec_${randomBytes(32).toString('base64')}`
const servers: Server[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))))
})

interface Seen {
  headers: IncomingMessage['headers']
  body: string
  url: string
}

async function serve(answer: (seen: Seen, response: import('node:http').ServerResponse) => void) {
  const seen: Seen[] = []
  const server = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk: Buffer) => (body += chunk.toString()))
    request.on('end', () => {
      const one = { headers: request.headers, body, url: request.url ?? '' }
      seen.push(one)
      answer(one, response)
    })
  })
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  return { seen, url: `http://127.0.0.1:${port}/hook` }
}

const body = JSON.stringify({
  type: 'hkid.record.confirmed',
  timestamp: '2026-12-07T10:00:00.000Z',
  data: {},
})

describe('a delivery attempt', () => {
  it('posts the exact body, signed; the id stays, the timestamp is the attempt’s', async () => {
    const { seen, url } = await serve((_, response) => response.writeHead(204).end())
    let clock = Date.now()
    const send = createWebhookSender({ url, secret, nowMs: () => clock })

    expect(await send({ id: 'rec_one', body })).toEqual({ kind: 'delivered', status: 204 })
    clock += 61_000
    expect(await send({ id: 'rec_one', body })).toEqual({ kind: 'delivered', status: 204 })

    expect(seen.map((one) => one.body)).toEqual([body, body])
    expect(seen.map((one) => one.headers['webhook-id'])).toEqual(['msg_rec_one', 'msg_rec_one'])
    expect(seen[0]!.headers['content-type']).toBe('application/json')
    const [first, second] = seen.map((one) => Number(one.headers['webhook-timestamp']))
    expect(second! - first!).toBe(61)
    // What a receiver does: the standard's library verifies the first (recent) one.
    const headers = Object.fromEntries(
      ['webhook-id', 'webhook-timestamp', 'webhook-signature'].map((name) => [
        name,
        String(seen[0]!.headers[name]),
      ]),
    )
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body))
    expect(() => new Webhook(`whsec_${randomBytes(32).toString('base64')}`).verify(body, headers)).toThrow()
  })

  it('says retry for any answer but a 2xx, with the status, and honours Retry-After', async () => {
    const statuses = [400, 404, 410, 500, 503]
    for (const status of statuses) {
      const { url } = await serve((_, response) =>
        response.writeHead(status, { 'retry-after': '7' }).end('no'),
      )
      expect(await createWebhookSender({ url, secret })({ id: 'rec_x', body })).toEqual({
        kind: 'retry',
        status,
        reason: 'status',
        retryAfterMs: 7000,
      })
    }
  })

  it('does not follow a redirect', async () => {
    const target = await serve((_, response) => response.writeHead(204).end())
    const { url } = await serve((_, response) => response.writeHead(307, { location: target.url }).end())
    expect(await createWebhookSender({ url, secret })({ id: 'rec_x', body })).toMatchObject({
      kind: 'retry',
      status: 307,
    })
    expect(target.seen).toEqual([])
  })

  it('gives up an attempt at its deadline, and on a refused connection', async () => {
    const { url } = await serve(() => undefined) // never answers
    expect(await createWebhookSender({ url, secret, timeoutMs: 200 })({ id: 'rec_x', body })).toEqual({
      kind: 'retry',
      status: null,
      reason: 'timeout',
    })
    const closed = `http://127.0.0.1:${await freePort()}/hook`
    expect(await createWebhookSender({ url: closed, secret })({ id: 'rec_x', body })).toEqual({
      kind: 'retry',
      status: null,
      reason: 'network',
    })
  })
})
