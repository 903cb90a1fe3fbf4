// The Redis fault figures of `npm run bench:server`, each against two instances of our proxy sharing one real
// redis-server:
// - a stall: one-call capture links spent under load while Redis is frozen (SIGSTOP) for 10 s — the slowest
//   answer, and how many links answered 200 and then worked again (a spend forgotten);
// - the hand-off across instances with Redis 60 ms away each way (a TCP proxy): the desk waits on one
//   instance, the phone opens and sends on the other 0–200 ms later — how many accepted messages were lost.
import { mintCaptureToken } from '#server/access/capture-token.ts'
import { startLatencyProxy } from '#testing/server/latency-proxy.ts'
import { startRedisServer } from '#testing/server/redis-server.ts'
import { startTarget, type Target } from './targets.ts'

const SECRET = 'bench-redis-fault-secret-0123456789abcdef'

export interface StallFigures {
  clients: number
  seconds: number
  stallSeconds: number
  requests: number
  byStatus: Record<string, number>
  slowestMs: number
  slowerThan3s: number
  /** Links answered 200 whose second use was not refused: spends Redis forgot. */
  forgotten: number
}

export interface HandoffFigures {
  tries: number
  accepted: number
  lost: number
  delayMs: number
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const stopAll = (targets: Target[]) => targets.forEach((target) => target.child.kill('SIGTERM'))

async function recognize(
  port: number,
  token: string,
  image: Uint8Array<ArrayBuffer>,
): Promise<{ status: number; ms: number }> {
  const started = performance.now()
  const response = await fetch(`http://127.0.0.1:${port}/api/hkid/recognize?portraits=0`, {
    method: 'POST',
    headers: { 'Content-Type': 'image/jpeg', Authorization: `Bearer ${token}` },
    body: image,
  })
  await response.arrayBuffer()
  return { status: response.status, ms: performance.now() - started }
}

export async function measureRedisStall(
  emulatorPort: number,
  image: Buffer,
  { clients = 8, seconds = 20, stallSeconds = 10 } = {},
): Promise<StallFigures> {
  const redis = await startRedisServer()
  const env = { REDIS_URL: redis.url, CAPTURE_TOKEN_SECRET: SECRET }
  const targets = await Promise.all([1, 2].map(() => startTarget('ours', emulatorPort, env)))
  const body = new Uint8Array(image)
  const served: string[] = []
  const byStatus: Record<string, number> = {}
  let slowestMs = 0
  let slowerThan3s = 0
  let requests = 0
  try {
    const end = performance.now() + seconds * 1000
    const stall = (async () => {
      await pause(((seconds - stallSeconds) / 2) * 1000)
      redis.pause()
      await pause(stallSeconds * 1000)
      redis.resume()
    })()
    await Promise.all(
      Array.from({ length: clients }, async (_, client) => {
        while (performance.now() < end) {
          const token = await mintCaptureToken({ secret: SECRET, lifetimeSeconds: 600, calls: 1 })
          const { status, ms } = await recognize(targets[client % 2]!.port, token, body)
          requests++
          byStatus[status] = (byStatus[status] ?? 0) + 1
          slowestMs = Math.max(slowestMs, ms)
          if (ms > 3000) slowerThan3s++
          if (status === 200) served.push(token)
          // A refusal (503) says Retry-After: 5; a load generator keeps knocking, a little slower.
          if (status === 503) await pause(100)
        }
      }),
    )
    await stall
    await pause(2000)
    // Every link that was served once must be refused now, on either instance.
    let forgotten = 0
    for (const [i, token] of served.entries()) {
      const again = await recognize(targets[(i + 1) % 2]!.port, token, body)
      if (again.status !== 401) forgotten++
    }
    return { clients, seconds, stallSeconds, requests, byStatus, slowestMs, slowerThan3s, forgotten }
  } finally {
    redis.resume()
    stopAll(targets)
    await redis.close()
  }
}

export async function measureHandoffAcrossInstances(
  emulatorPort: number,
  { tries = 30, delayMs = 60 } = {},
): Promise<HandoffFigures> {
  const redis = await startRedisServer()
  const proxy = await startLatencyProxy(redis.port, delayMs)
  const env = { REDIS_URL: proxy.url, CAPTURE_TOKEN_SECRET: SECRET }
  const [desk, phone] = await Promise.all([1, 2].map(() => startTarget('ours', emulatorPort, env)))
  const post = (target: Target, path: string, token: string, init: RequestInit = {}) =>
    fetch(`http://127.0.0.1:${target.port}/api/handoff/${path}`, {
      method: 'POST',
      ...init,
      headers: { Authorization: `Bearer ${token}`, ...(init.headers as Record<string, string>) },
    })
  let accepted = 0
  let lost = 0
  try {
    for (let i = 0; i < tries; i++) {
      const deskLink = await mintCaptureToken({ secret: SECRET, lifetimeSeconds: 600, calls: 1 })
      const start = (await (await post(desk!, 'start', deskLink)).json()) as {
        deskToken: string
        phoneToken: string
      }
      const received = (async () => {
        // The desk keeps waiting, as its page does; each wait is held 25 s at most (the default).
        for (let wait = 0; wait < 2; wait++) {
          const answer = (await (await post(desk!, 'desk-wait', start.deskToken)).json()) as {
            events: { type: string }[]
          }
          if (answer.events.some((event) => event.type === 'message')) return true
        }
        return false
      })()
      await pause(600)
      const device = { 'X-Handoff-Device': 'bench-phone-device' }
      const opened = post(phone!, 'open', start.phoneToken, { headers: device })
      await pause(Math.round((200 * i) / Math.max(1, tries - 1)))
      const sent = await post(phone!, 'message', start.phoneToken, {
        headers: { ...device, 'Content-Type': 'application/octet-stream' },
        body: new Uint8Array([i, 1, 2, 3]),
      })
      await (await opened).arrayBuffer()
      if (sent.status !== 202) continue
      accepted++
      if (!(await received)) lost++
    }
    return { tries, accepted, lost, delayMs }
  } finally {
    stopAll([desk!, phone!])
    await proxy.close()
    await redis.close()
  }
}

export function renderRedisFaults(stall: StallFigures, handoff: HandoffFigures): string {
  const statuses = Object.entries(stall.byStatus)
    .map(([status, count]) => `${status}: ${count}`)
    .join(', ')
  return (
    `Redis frozen (SIGSTOP) for ${stall.stallSeconds} s of a ${stall.seconds} s run, ${stall.clients} clients on two ` +
    `instances, each request a new one-call capture link: ${stall.requests} requests (${statuses}), slowest ` +
    `${Math.round(stall.slowestMs)} ms, ${stall.slowerThan3s} slower than 3 s, ${stall.forgotten} spent calls ` +
    `forgotten (links served once that worked again).\n\n` +
    `Hand-off across two instances, Redis ${handoff.delayMs} ms away each way, the phone sending 0–200 ms after ` +
    `opening: ${handoff.accepted} of ${handoff.tries} messages accepted, ${handoff.lost} lost.`
  )
}
