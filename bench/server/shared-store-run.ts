// The scale-out figures of `npm run bench:server`: two instances of our proxy sharing one real redis-server
// (every request checks the per-IP rate and takes the account-wide upstream slot in Redis), loaded at once
// with half the connections each, beside the single-process run. Then the added latency one request at a
// time with Redis in the path, by docs/budgets.md's definition.
import { startRedisServer } from '#testing/server/redis-server.ts'
import { sequentialLatency, type SequentialCall, type SequentialLatency } from './sequential-latency.ts'
import { load, startTarget } from './targets.ts'

export interface SharedStoreFigures {
  instances: number
  requestsPerSecond: number
  /** The worse of the two instances' percentiles under load. */
  p50Ms: number
  p99Ms: number
  completed: number
  /** Answers other than 2xx and the documented 429s, plus transport errors and timeouts. */
  errors: number
  /** What those errors were: status codes, and `transport` for errors and timeouts. */
  errorKinds: Record<string, number>
  cpuMsPerRequest: number
  sequential: SequentialLatency
}

export interface SharedStoreSetup {
  emulatorPort: number
  path: string
  image: Buffer
  imageHeaders: Record<string, string>
  direct: SequentialCall
  seconds: number
  connections: number
  samples: number
}

export async function measureTwoInstancesWithRedis(setup: SharedStoreSetup): Promise<SharedStoreFigures> {
  const redis = await startRedisServer()
  const targets = await Promise.all(
    [1, 2].map(() => startTarget('ours', setup.emulatorPort, { REDIS_URL: redis.url })),
  )
  try {
    const urls = targets.map((target) => `http://127.0.0.1:${target.port}${setup.path}`)
    await Promise.all(urls.map((url) => load(url, setup.image, setup.imageHeaders, 3, 5)))
    const before = await Promise.all(targets.map((target) => target.snapshot(false)))
    const perInstance = Math.max(1, Math.floor(setup.connections / targets.length))
    const results = await Promise.all(
      urls.map((url) => load(url, setup.image, setup.imageHeaders, setup.seconds, perInstance)),
    )
    const after = await Promise.all(targets.map((target) => target.snapshot(false)))
    const handled = after.reduce((sum, snap, i) => sum + snap.requests - before[i]!.requests, 0)
    const cpuMs = after.reduce((sum, snap, i) => sum + (snap.cpuMicros - before[i]!.cpuMicros) / 1000, 0)
    const errorKinds: Record<string, number> = {}
    const add = (kind: string, count: number) =>
      count > 0 && (errorKinds[kind] = (errorKinds[kind] ?? 0) + count)
    for (const result of results) {
      add('transport', result.errors + result.timeouts)
      for (const [code, stat] of Object.entries(result.statusCodeStats ?? {})) {
        if (!code.startsWith('2') && code !== '429') add(code, stat?.count ?? 0)
      }
    }
    const errors = Object.values(errorKinds).reduce((sum, count) => sum + count, 0)
    const sequential = await sequentialLatency(
      setup.direct,
      { url: urls[0]!, headers: setup.imageHeaders, body: setup.image },
      setup.samples,
    )
    return {
      instances: targets.length,
      requestsPerSecond: results.reduce((sum, result) => sum + result.requests.average, 0),
      p50Ms: Math.max(...results.map((result) => result.latency.p50)),
      p99Ms: Math.max(...results.map((result) => result.latency.p99)),
      completed: results.reduce((sum, result) => sum + result.requests.total, 0),
      errors,
      errorKinds,
      cpuMsPerRequest: handled > 0 ? cpuMs / handled : Number.NaN,
      sequential,
    }
  } finally {
    for (const target of targets) target.child.kill('SIGTERM')
    await redis.close()
  }
}

const kinds = (counts: Record<string, number>) => {
  const entries = Object.entries(counts)
  return entries.length ? ` (${entries.map(([kind, count]) => `${kind}: ${count}`).join(', ')})` : ''
}

export function renderSharedStore(figures: SharedStoreFigures, connections: number): string {
  return (
    `Two instances sharing one Redis (REDIS_URL; each request checks the per-IP rate and takes the upstream ` +
    `slot in Redis), ${connections} connections split between them: ${figures.requestsPerSecond.toFixed(1)} req/s ` +
    `together, p50 ${figures.p50Ms} ms, p99 ${figures.p99Ms} ms (the worse instance), ${figures.completed} done, ` +
    `${figures.errors} errors other than documented 429s${kinds(figures.errorKinds)}, ` +
    `${figures.cpuMsPerRequest.toFixed(3)} CPU ms per request. ` +
    `One request at a time with Redis in the path (${figures.sequential.samples} alternating pairs): direct p50 ` +
    `${figures.sequential.directP50Ms} ms, ours p50 ${figures.sequential.oursP50Ms} ms, added p50 ` +
    `${figures.sequential.addedP50Ms} ms.`
  )
}
