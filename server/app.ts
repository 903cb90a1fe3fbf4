// The endpoint as a Hono app with no listen(): Node, edge runtimes and tests all call `app.fetch`.
import { Hono, type Context } from 'hono'
import { DEFAULT_READING_DEADLINE_MS, DEFAULT_RECOGNIZE_DEADLINE_MS } from '#src/hkid/recognize-deadline.ts'
import { DEFAULT_PICS_SETTINGS, type PicsSettings } from '#src/hkid/pics.ts'
import type { ReadOn } from '#src/hkid/client-config.ts'
import type { Health } from '#src/hkid/recognize-contract.ts'
import type { AppEnv } from './app-env.ts'
import { accessControl } from './access/access-control.ts'
import { apiError } from './http/api-error.ts'
import { corsAllowlist } from './http/cors.ts'
import { stdoutSink, writeRequestLog, writeServerEvent, type LogSink } from './http/request-log.ts'
import { clientConfigRoute } from './routes/client-config.ts'
import { handoffRoute } from './routes/desk-handoff.ts'
import { deviceReadingAllowed, deviceReadingRoute } from './routes/device-reading.ts'
import { clientClosed, recognizeRoute } from './routes/recognize.ts'
import { recordsRoute, type RecordDelivery } from './routes/records.ts'
import type { RecordQueue, RecordQueueHealth } from './records/record-queue.ts'
import { RecordTickets } from './records/record-ticket.ts'
import { acceptedKids } from './records/seal-header.ts'
import { FailPolicyStore } from './store/fail-policy.ts'
import { MemoryStore } from './store/memory-store.ts'
import type { SharedStore } from './store/shared-store.ts'
import type { RecognizerChoice } from './recognizers/recognizer.ts'
import { UpstreamLimiter } from './upstream/upstream-limiter.ts'
import type { RecordPublicJwk } from '#src/hkid/record-delivery-contract.ts'

/** Record delivery by webhook (docs/record-delivery.md): the durable queue and what the route checks with. */
export interface RecordsOptions {
  /** Opened by the entry (open-record-queue.ts), which also closes it: the app does not. */
  queue: RecordQueue
  /** RECORD_PUBLIC_JWK: given to the browser to seal to; seals naming another kid are refused */
  publicJwk: RecordPublicJwk
  /** RECORD_WEBHOOK_SECRET: tickets are signed with a key derived from it */
  webhookSecret: string
  /** RECORD_MAX_BYTES */
  maxBytes: number
}

/** A queue whose health cannot be read is reported degraded, never as a failed health check. */
async function recordsHealth(queue: RecordQueue): Promise<RecordQueueHealth> {
  try {
    return await queue.health()
  } catch {
    return { store: 'degraded', waiting: 0, undeliverable: 0 }
  }
}

export interface AppOptions {
  /** Tencent (signed HTTP, optionally cross-checked) or the local reader in-process: chosen once, at start-up */
  recognizer: RecognizerChoice
  maxBodyBytes: number
  logSink?: LogSink
  /** Upstream calls per second for this process (default 5) and how many may wait (default 20). */
  upstreamRatePerSecond?: number
  upstreamQueueMax?: number
  /** Set → recognize calls need a capture token signed with it. */
  captureTokenSecret?: string
  ratePerIpPerMinute?: number
  ratePerTokenPerMinute?: number
  /** Origins allowed to call the API from a browser; empty (the default) → none. */
  allowedOrigins?: readonly string[]
  /** The caller's IP as the runtime knows it (socket address on Node, CF-Connecting-IP on Workers). */
  clientAddress?: (c: Context<AppEnv>) => string | undefined
  /** The one origin the browser may post verified records to (RECORD_HOST_ORIGIN) */
  recordHostOrigin?: string | null
  /** Budgets, rates, the upstream window and the hand-off relay: shared across instances with Redis or a
   *  Durable Object. Default: this process's memory. The app does not close it; its owner does. */
  store?: SharedStore
  /** The whole image must arrive within this long, else 408 REQUEST_TIMEOUT (default 30 s). */
  bodyTimeoutMs?: number
  /** How long a desk → phone hand-off lives (default 600 s), and how long one wait is held (default 25 s). */
  handoffTtlSeconds?: number
  handoffPollMs?: number
  /** How long the browser waits for a recognition before it gives up (default 30 s: app-options.ts) */
  recognizeDeadlineMs?: number
  /** The recognizer's own deadline (UPSTREAM_TIMEOUT_MS), told to the browser for its waiting notes */
  readingDeadlineMs?: number
  /** Set → POST /api/records accepts sealed records and recognitions carry tickets; unset → RECORD_DELIVERY_OFF. */
  records?: RecordsOptions
  /** The collection statement a customer agrees to (PICS_* settings); default: the default wording */
  pics?: PicsSettings
  /** READ_ON: server (default), device or auto; off the server, readings get their ticket from /device-ticket */
  readOn?: ReadOn
  nowMs?: () => number
}

export function createApp(options: AppOptions) {
  const logSink = options.logSink ?? stdoutSink
  const store = new FailPolicyStore(
    options.store ?? new MemoryStore(options.nowMs ? { now: options.nowMs } : {}),
    (event) => writeServerEvent(logSink, event === 'store-unavailable' ? 'warn' : 'info', event),
    options.nowMs,
  )
  const limiter = new UpstreamLimiter(
    options.upstreamRatePerSecond ?? 5,
    options.upstreamQueueMax ?? 20,
    store,
    options.nowMs,
  )
  const recognizer = options.recognizer({ limiter })
  const clientAddress = options.clientAddress ?? ((c: Context<AppEnv>) => c.req.header('CF-Connecting-IP'))
  const app = new Hono<AppEnv>()
  const records = options.records
  const delivery: RecordDelivery | null = records
    ? {
        queue: records.queue,
        tickets: new RecordTickets(records.webhookSecret),
        kids: acceptedKids(records.publicJwk),
        maxBytes: records.maxBytes,
      }
    : null

  app.use('/api/*', async (c, next) => {
    const started = performance.now()
    c.set('log', { requestId: crypto.randomUUID(), method: c.req.method, path: c.req.path })
    await next()
    c.header('Cache-Control', 'no-store')
    const log = c.get('log')
    // Every line says how many bytes a request declared; \`bytes\` stays what a route really read (none when
    // it refused the body unread), so the log can prove both that nothing large came and that nothing was read.
    log.declaredBytes = Number(c.req.header('Content-Length') ?? 0) || 0
    writeRequestLog(logSink, { ...log, status: c.res.status, ms: Math.round(performance.now() - started) })
  })
  app.use('/api/*', corsAllowlist(options.allowedOrigins ?? []))

  // A shared store's state is reported, not folded into `ok`: one Redis stalled must not take every
  // instance out of a load balancer, which would refuse the calls that need no capture link too.
  app.get('/api/health', async (c) =>
    c.json({
      ok: true,
      upstream: recognizer.kind,
      ...(recognizer.crossCheck ? { crossCheck: true } : {}),
      ...(store.kind === 'memory' ? {} : { store: await store.health() }),
      ...(records ? { records: await recordsHealth(records.queue) } : {}),
    } satisfies Health),
  )
  app.route(
    '/api/client-config',
    clientConfigRoute({
      recordHostOrigin: options.recordHostOrigin ?? null,
      recognizeDeadlineMs: options.recognizeDeadlineMs ?? DEFAULT_RECOGNIZE_DEADLINE_MS,
      readingDeadlineMs: options.readingDeadlineMs ?? DEFAULT_READING_DEADLINE_MS,
      recordWebhook: records ? { publicJwk: records.publicJwk } : null,
      pics: options.pics ?? DEFAULT_PICS_SETTINGS,
      readOn: options.readOn ?? 'server',
    }),
  )
  // One access control for both ways a card is read: a device reading spends and counts as a server one does.
  const readingAccess = accessControl({
    ...(options.captureTokenSecret ? { tokenSecret: options.captureTokenSecret } : {}),
    perIpPerMinute: options.ratePerIpPerMinute ?? 30,
    perTokenPerMinute: options.ratePerTokenPerMinute ?? 10,
    clientAddress,
    store,
    ...(options.nowMs ? { nowMs: options.nowMs } : {}),
  })
  app.post('/api/hkid/recognize', readingAccess)
  app.post('/api/hkid/device-reading', deviceReadingAllowed(options.readOn ?? 'server'), readingAccess)
  app.route(
    '/api/hkid/device-reading',
    deviceReadingRoute({
      tickets: delivery?.tickets,
      bodyTimeoutMs: options.bodyTimeoutMs ?? 30_000,
    }),
  )
  app.route(
    '/api/hkid/recognize',
    recognizeRoute({
      recognizer,
      maxBodyBytes: options.maxBodyBytes,
      clientAddress,
      ...(options.bodyTimeoutMs ? { bodyTimeoutMs: options.bodyTimeoutMs } : {}),
      ...(delivery ? { tickets: delivery.tickets } : {}),
    }),
  )
  app.route(
    '/api/records',
    recordsRoute({
      delivery,
      ...(options.captureTokenSecret ? { captureTokenSecret: options.captureTokenSecret } : {}),
      store,
      perIpPerMinute: options.ratePerIpPerMinute ?? 30,
      clientAddress,
      bodyTimeoutMs: options.bodyTimeoutMs ?? 30_000,
      nowMs: options.nowMs ?? Date.now,
    }),
  )
  app.route(
    '/api/handoff',
    handoffRoute({
      store,
      ...(options.captureTokenSecret ? { captureTokenSecret: options.captureTokenSecret } : {}),
      ttlSeconds: options.handoffTtlSeconds ?? 600,
      pollMs: options.handoffPollMs ?? 25_000,
      startsPerIpPerMinute: options.ratePerIpPerMinute ?? 30,
      clientAddress,
      nowMs: options.nowMs ?? Date.now,
    }),
  )
  app.all('/api/*', (c) => apiError(c, 'NOT_FOUND', { requestId: c.get('log').requestId }))

  app.onError((_error, c) => {
    const log = c.get('log') as AppEnv['Variables']['log'] | undefined
    // Whatever failed after the client left failed because it left: not a server fault.
    if (log && c.req.raw.signal.aborted) return clientClosed(c)
    if (log) log.code = 'INTERNAL_ERROR'
    return apiError(c, 'INTERNAL_ERROR', { requestId: log?.requestId })
  })
  return app
}
