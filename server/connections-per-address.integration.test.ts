// The per-address connection cap against the real process, over raw TCP from two loopback addresses: one
// client holding its share cannot open more, another client still gets in, and the first is served again once
// it lets go. A trusted proxy's address is not capped (node-connections.integration.test.ts runs behind one).
import { connect, type Socket } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServerProcess, testServerEnv, type ServerProcess } from '#testing/server/server-process.ts'

let server: ServerProcess

beforeAll(async () => {
  server = await startServerProcess(
    testServerEnv({ MAX_CONNECTIONS: '20', MAX_CONNECTIONS_PER_ADDRESS: '3', IDLE_TIMEOUT_MS: '30000' }),
  )
}, 40_000)
afterAll(() => server?.stop())

interface Held {
  socket: Socket
  closed: Promise<void>
}

function openFrom(localAddress: string): Promise<Held> {
  return new Promise((resolve, reject) => {
    const socket = connect({ port: server.port, host: '127.0.0.1', localAddress })
    const closed = new Promise<void>((done) => socket.on('close', () => done()))
    socket.once('connect', () => resolve({ socket, closed }))
    socket.once('error', reject)
  })
}

/** A health request on a fresh connection from that address: its status, or 0 when the server hung up. */
function healthFrom(localAddress: string): Promise<number> {
  return new Promise((resolve) => {
    const socket = connect({ port: server.port, host: '127.0.0.1', localAddress })
    let received = ''
    socket.on('data', (chunk) => (received += chunk.toString()))
    socket.on('error', () => undefined)
    socket.on('close', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(received)?.[1] ?? 0)))
    socket.once('connect', () =>
      socket.write('GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n'),
    )
  })
}

describe('MAX_CONNECTIONS_PER_ADDRESS', () => {
  it('stops one address at its share while another is served, and serves it again once it lets go', async () => {
    const held = await Promise.all([1, 2, 3].map(() => openFrom('127.0.0.2')))
    expect(await healthFrom('127.0.0.2')).toBe(0)
    expect(await healthFrom('127.0.0.3')).toBe(200)
    for (const conn of held) conn.socket.destroy()
    await Promise.all(held.map((conn) => conn.closed))
    // The server sees the hang-ups a moment after the client does.
    await expect.poll(() => healthFrom('127.0.0.2'), { timeout: 5000 }).toBe(200)
  })
})
