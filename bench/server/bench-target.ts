// One process of the server benchmark, started by run-server-bench.ts with IPC: the emulator, our proxy,
// or the SDK proxy. It reports its own CPU time, RSS and request count when asked, so the figures are the
// process's own and not the load generator's.
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import type { Hono } from 'hono'
import { createApp } from '#server/app.ts'
import { DEMO_SECRET_ID, DEMO_SECRET_KEY } from '#server/emulator/demo-keys.ts'
import { createEmulatorApp } from '#server/emulator/emulator-app.ts'
import { RedisStore } from '#server/store/redis-store.ts'
import { createSdkProxyApp } from './sdk-proxy-app.ts'
import { tencentRecognizer } from '#server/recognizers/tencent-recognizer.ts'

export type TargetKind = 'emulator' | 'ours' | 'sdk'
export type TargetRequest = { type: 'snapshot'; gc: boolean }
export interface TargetSnapshot {
  type: 'snapshot'
  cpuMicros: number
  rssBytes: number
  heapUsedBytes: number
  /** Memory outside the JS heap that V8 knows of: Buffers and ArrayBuffers (request bodies, pools). */
  externalBytes: number
  /** The part of external that is ArrayBuffer memory (bodies, pools). */
  arrayBufferBytes: number
  /** Live handles by kind (TCPSocketWrap, Timeout…): a socket or timer leak shows as a count that grows. */
  resources: Record<string, number>
  requests: number
}

const kind = process.argv[2] as TargetKind
const upstreamPort = Number(process.argv[3] ?? 0)
const upstreamUrl = `http://127.0.0.1:${upstreamPort}`
const MAX_BODY = 5 * 1024 * 1024

function appFor(): Hono {
  if (kind === 'emulator') {
    // Its rate limit raised and image analysis off: the upstream must not be what is measured.
    return createEmulatorApp({
      secretId: DEMO_SECRET_ID,
      secretKey: DEMO_SECRET_KEY,
      rateLimitPerSecond: 1_000_000,
      analyzeImages: false,
    })
  }
  if (kind === 'sdk') {
    return createSdkProxyApp({
      upstreamPort,
      secretId: DEMO_SECRET_ID,
      secretKey: DEMO_SECRET_KEY,
      maxBodyBytes: MAX_BODY,
    })
  }
  return createApp({
    recognizer: tencentRecognizer({
      endpoint: upstreamUrl,
      secretId: DEMO_SECRET_ID,
      secretKey: DEMO_SECRET_KEY,
      timeoutMs: 10_000,
    }),
    maxBodyBytes: MAX_BODY,
    upstreamRatePerSecond: 1_000_000,
    upstreamQueueMax: 10_000,
    ratePerIpPerMinute: 100_000_000,
    // Set by the scale-out run: budgets and limits in Redis, as with REDIS_URL in production.
    ...(process.env.REDIS_URL ? { store: new RedisStore({ url: process.env.REDIS_URL }) } : {}),
    // Set by the Redis fault runs: capture links (budgets) and the hand-off, signed alike by every instance.
    ...(process.env.CAPTURE_TOKEN_SECRET
      ? { captureTokenSecret: process.env.CAPTURE_TOKEN_SECRET, ratePerTokenPerMinute: 1_000_000 }
      : {}),
    // The log line is built as in production; only where it goes differs.
    logSink: () => undefined,
  }) as unknown as Hono
}

let requests = 0
const app = appFor()
serve(
  {
    fetch: (request: Request, env: unknown) => {
      requests++
      return app.fetch(request, env)
    },
    port: 0,
    hostname: '127.0.0.1',
  },
  (info: AddressInfo) => process.send?.({ type: 'ready', port: info.port }),
)

function resourceCounts(): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const kind of process.getActiveResourcesInfo()) counts[kind] = (counts[kind] ?? 0) + 1
  return counts
}

const gc = (globalThis as { gc?: () => void }).gc

process.on('message', async (message: TargetRequest) => {
  if (message.type !== 'snapshot') return
  if (message.gc && gc) {
    // V8 frees ArrayBuffer memory in a sweeper task after the collection: let it run, then collect again.
    gc()
    await new Promise((resolve) => setTimeout(resolve, 250))
    gc()
  }
  const cpu = process.cpuUsage()
  const memory = process.memoryUsage()
  const snapshot: TargetSnapshot = {
    type: 'snapshot',
    cpuMicros: cpu.user + cpu.system,
    rssBytes: memory.rss,
    heapUsedBytes: memory.heapUsed,
    externalBytes: memory.external,
    arrayBufferBytes: memory.arrayBuffers,
    resources: resourceCounts(),
    requests,
  }
  process.send?.(snapshot)
})
process.on('disconnect', () => process.exit(0))
