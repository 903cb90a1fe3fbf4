// The Node entry's socket limits, over raw TCP against the real process: idle connections are closed, a
// slow upload gets 408 within the configured time, slow headers get Node's 408, the connection cap holds,
// and X-Forwarded-For counts only from a trusted proxy. Times are asserted relative to the configured
// ones, with generous room: the bound is "closes at about the setting", not "by some absolute time".
import { connect, type Socket } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServerProcess, testServerEnv, type ServerProcess } from '#testing/server/server-process.ts'

const LIMIT_MS = 1000
let server: ServerProcess

beforeAll(async () => {
  server = await startServerProcess(
    testServerEnv({
      HEADERS_TIMEOUT_MS: String(LIMIT_MS),
      REQUEST_TIMEOUT_MS: String(LIMIT_MS),
      IDLE_TIMEOUT_MS: String(LIMIT_MS),
      MAX_CONNECTIONS: '6',
      RATE_PER_IP_PER_MINUTE: '2',
      TRUSTED_PROXIES: 'loopback',
    }),
  )
}, 40_000)
afterAll(() => server?.stop())

interface Watched {
  socket: Socket
  received: () => string
  closed: Promise<number>
}

function open(): Promise<Watched> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const socket = connect(server.port, '127.0.0.1')
    let received = ''
    socket.on('data', (chunk) => (received += chunk.toString()))
    const closed = new Promise<number>((done) => socket.on('close', () => done(performance.now() - started)))
    socket.once('connect', () => resolve({ socket, received: () => received, closed }))
    socket.once('error', reject)
  })
}

describe('connection limits', () => {
  it('closes a connection that never sends a request', async () => {
    const idle = await open()
    const after = await idle.closed
    expect(after).toBeGreaterThanOrEqual(LIMIT_MS * 0.9)
    expect(after).toBeLessThan(LIMIT_MS * 5)
  })

  it('closes a kept-alive connection that stays idle after its request', async () => {
    const conn = await open()
    conn.socket.write('GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n')
    const after = await conn.closed
    expect(conn.received()).toMatch(/^HTTP\/1\.1 200/)
    expect(after).toBeLessThan(LIMIT_MS * 5)
  })

  it('answers a slow upload with 408 REQUEST_TIMEOUT at the configured time, and closes it', async () => {
    const conn = await open()
    conn.socket.write(
      'POST /api/hkid/recognize HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: image/jpeg\r\n' +
        'X-Forwarded-For: 203.0.113.50\r\nContent-Length: 100000\r\n\r\n\xff\xd8',
    )
    const trickle = setInterval(() => conn.socket.writable && conn.socket.write('x'), 100)
    const after = await conn.closed
    clearInterval(trickle)
    expect(conn.received()).toMatch(/^HTTP\/1\.1 408/)
    expect(conn.received()).toContain('"code":"REQUEST_TIMEOUT"')
    expect(after).toBeGreaterThanOrEqual(LIMIT_MS * 0.9)
    expect(after).toBeLessThan(LIMIT_MS * 5)
  })

  it('answers headers that never finish with 408', async () => {
    const conn = await open()
    conn.socket.write('GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n')
    const after = await conn.closed
    expect(conn.received()).toMatch(/^HTTP\/1\.1 408/)
    expect(after).toBeLessThan(LIMIT_MS * 5)
  })

  it('refuses connections past MAX_CONNECTIONS and serves again once they close', async () => {
    const held = await Promise.all(Array.from({ length: 6 }, () => open()))
    const extra = await open()
    await extra.closed
    expect(extra.received()).toBe('')
    for (const conn of held) conn.socket.destroy()
    await Promise.all(held.map((conn) => conn.closed))
    const response = await fetch(`${server.url}/api/health`)
    expect(response.status).toBe(200)
  })

  it('takes the client address from X-Forwarded-For only because loopback is a trusted proxy', async () => {
    const post = (forwardedFor: string) =>
      fetch(`${server.url}/api/hkid/recognize`, {
        method: 'POST',
        headers: { 'Content-Type': 'text/plain', 'X-Forwarded-For': forwardedFor },
        body: 'x',
      }).then((response) => response.status)
    // Two a minute per client: the third from one client is limited, another client is not.
    expect([await post('198.51.100.1'), await post('198.51.100.1'), await post('198.51.100.1')]).toEqual([
      415, 415, 429,
    ])
    expect(await post('198.51.100.2')).toBe(415)
  })
})
