// Open hand-off waits capped per token and per client address (issue 25: 800 refilling desk long-polls on one
// token took every connection). In-process through the whole app: the waits past a cap are refused at once with
// 429 RATE_LIMITED and Retry-After while health keeps answering, and every admitted wait is counted down however
// it ends — answered, timed out or abandoned by its client.
import { describe, expect, it } from 'vitest'
import { createApp } from '../app.ts'
import { MemoryStore } from '../store/memory-store.ts'
import { unreachableTencent } from '#testing/server/unreachable-tencent.ts'
import { deviceA, handoffClient } from '#testing/server/desk-handoff-client.ts'
import { MAX_WAITS_PER_ADDRESS, MAX_WAITS_PER_TOKEN } from './open-waits.ts'

function appWith(pollMs: number) {
  let address = '198.51.100.7'
  const app = createApp({
    recognizer: unreachableTencent(),
    maxBodyBytes: 1024 * 1024,
    ratePerIpPerMinute: 100_000,
    clientAddress: () => address,
    logSink: () => {},
    store: new MemoryStore(),
    handoffPollMs: pollMs,
  })
  return { app, client: handoffClient(app), from: (next: string) => (address = next) }
}

const statuses = (responses: Response[]) =>
  responses.reduce<Record<number, number>>(
    (counts, r) => ({ ...counts, [r.status]: (counts[r.status] ?? 0) + 1 }),
    {},
  )

describe('open hand-off waits', () => {
  it('800 waits on one desk token: 4 held, the rest refused at once, health answered meanwhile', async () => {
    const { app, client } = appWith(60_000)
    const start = await client.start()
    const leave = new AbortController()
    const waits = Array.from({ length: 800 }, () =>
      Promise.resolve(
        app.request('/api/handoff/desk-wait', {
          method: 'POST',
          headers: { Authorization: `Bearer ${start.deskToken}` },
          signal: leave.signal,
        }),
      ),
    )
    // A refusal answers at once; an admitted wait holds for its whole minute
    const settled = await Promise.all(
      waits.map((wait) =>
        Promise.race([wait, new Promise<null>((resolve) => setTimeout(resolve, 5_000, null))]),
      ),
    )
    const held = waits.filter((_, i) => settled[i] === null)
    const refused = settled.filter((answer): answer is Response => answer !== null)
    expect(held).toHaveLength(MAX_WAITS_PER_TOKEN)
    expect(statuses(refused)).toEqual({ 429: 800 - MAX_WAITS_PER_TOKEN })
    expect(refused[0]!.headers.get('Retry-After')).toBe('5')
    expect(await client.errorCode(refused[0]!)).toBe('RATE_LIMITED')
    const health = await Promise.all(Array.from({ length: 20 }, () => app.request('/api/health')))
    expect(statuses(health)).toEqual({ 200: 20 })
    // The phone's own wait on the same channel is another token: not crowded out by the desk's
    const phone = Promise.resolve(
      app.request('/api/handoff/phone-wait', {
        method: 'POST',
        headers: { Authorization: `Bearer ${start.phoneToken}` },
        signal: leave.signal,
      }),
    )
    // Abandoned by their client: counted down, so the link works again
    leave.abort()
    await Promise.allSettled([...held, phone])
    expect((await client.open(start, deviceA)).status).toBe(200)
    expect(await client.deskWait(start)).toEqual([{ type: 'opened' }])
  })

  it('800 clients refilling their waits on one token: still 4 held, health answered throughout', async () => {
    const { app, client } = appWith(60_000)
    const start = await client.start()
    const leave = new AbortController()
    let refusals = 0
    let stopped = false
    const refill = async () => {
      // Each client sends its next wait as soon as the last is answered, as an attacker would (no Retry-After)
      while (!stopped) {
        const answer = await app.request('/api/handoff/desk-wait', {
          method: 'POST',
          headers: { Authorization: `Bearer ${start.deskToken}` },
          signal: leave.signal,
        })
        if (answer.status !== 429) return answer.status
        refusals++
      }
      return 'stopped'
    }
    const clients = Array.from({ length: 800 }, refill)
    const probes: number[] = []
    const probeMs: number[] = []
    const until = performance.now() + 1500
    while (performance.now() < until) {
      const sent = performance.now()
      probes.push((await app.request('/api/health')).status)
      probeMs.push(performance.now() - sent)
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    // One thread serves both here: the probes wait for the flood's refusals, but every one is answered
    console.info(
      `${refusals} refusals; ${probes.length} health probes, slowest ${Math.max(...probeMs).toFixed(0)} ms`,
    )
    stopped = true
    // Those still waiting after the flood stopped are the admitted ones: the cap, not more
    const ended = await Promise.all(
      clients.map((done) =>
        Promise.race([done, new Promise((resolve) => setTimeout(resolve, 3_000, 'held'))]),
      ),
    )
    expect(ended.filter((outcome) => outcome === 'held')).toHaveLength(MAX_WAITS_PER_TOKEN)
    expect(refusals).toBeGreaterThan(800)
    expect(probes.length).toBeGreaterThanOrEqual(1)
    expect(new Set(probes)).toEqual(new Set([200]))
    leave.abort()
    await Promise.allSettled(clients)
  })

  it('counts a wait down when it is answered and when it times out', async () => {
    const { app, client } = appWith(100)
    const start = await client.start()
    expect((await client.open(start, deviceA)).status).toBe(200)
    expect(await client.deskWait(start)).toEqual([{ type: 'opened' }])
    expect((await client.send(start, deviceA, new Uint8Array([1, 2, 3]))).status).toBe(202)
    expect((await client.deskWait(start)).map((event) => event.type)).toEqual(['message'])
    for (let i = 0; i < MAX_WAITS_PER_TOKEN; i++) expect(await client.deskWait(start)).toEqual([])
    // Had any of those stayed counted, fewer than the cap would be admitted now
    const together = await Promise.all(
      Array.from({ length: MAX_WAITS_PER_TOKEN }, () =>
        app.request('/api/handoff/desk-wait', {
          method: 'POST',
          headers: { Authorization: `Bearer ${start.deskToken}` },
        }),
      ),
    )
    expect(statuses(together)).toEqual({ 200: MAX_WAITS_PER_TOKEN })
  })

  it('caps one address across tokens', async () => {
    const { app, client, from } = appWith(60_000)
    const starts = await Promise.all(Array.from({ length: MAX_WAITS_PER_ADDRESS + 1 }, () => client.start()))
    const leave = new AbortController()
    const waits = starts.map((start) =>
      Promise.resolve(
        app.request('/api/handoff/desk-wait', {
          method: 'POST',
          headers: { Authorization: `Bearer ${start.deskToken}` },
          signal: leave.signal,
        }),
      ),
    )
    // The admitted waits hold for a minute: the first answer is the one past the cap, whichever wait it was
    const first = await Promise.race([...waits, new Promise((resolve) => setTimeout(resolve, 5000, null))])
    expect((first as Response | null)?.status).toBe(429)
    // Another address is not held back by this one
    from('203.0.113.9')
    const other = await client.start()
    expect((await client.open(other, deviceA)).status).toBe(200)
    expect(await client.deskWait(other)).toEqual([{ type: 'opened' }])
    leave.abort()
    await Promise.allSettled(waits)
  })
})
