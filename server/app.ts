// The endpoint as a Hono app with no listen(): Node, edge runtimes and tests all call `app.fetch`.
import { Hono } from 'hono'
import type { Health } from '../src/hkid/recognize-contract.ts'
import type { AppEnv } from './app-env.ts'
import { apiErrorBody } from './http/api-error.ts'
import { stdoutSink, writeRequestLog, type LogSink } from './http/request-log.ts'
import { recognizeRoute } from './routes/recognize.ts'
import type { UpstreamConfig } from './upstream/hkid-ocr-client.ts'

export interface AppOptions {
  upstream: UpstreamConfig
  upstreamKind: Health['upstream']
  maxBodyBytes: number
  logSink?: LogSink
}

export function createApp(options: AppOptions) {
  const logSink = options.logSink ?? stdoutSink
  const app = new Hono<AppEnv>()

  app.use('/api/*', async (c, next) => {
    const started = performance.now()
    c.set('log', { requestId: crypto.randomUUID(), method: c.req.method, path: c.req.path })
    await next()
    c.header('Cache-Control', 'no-store')
    const log = c.get('log')
    writeRequestLog(logSink, { ...log, status: c.res.status, ms: Math.round(performance.now() - started) })
  })

  app.get('/api/health', (c) => c.json({ ok: true, upstream: options.upstreamKind } satisfies Health))
  app.route('/api/hkid/recognize', recognizeRoute(options))
  app.all('/api/*', (c) => c.json(apiErrorBody('NOT_FOUND', c.get('log').requestId), 404))

  app.onError((_error, c) => {
    const log = c.get('log') as AppEnv['Variables']['log'] | undefined
    if (log) log.code = 'INTERNAL_ERROR'
    return c.json(apiErrorBody('INTERNAL_ERROR', log?.requestId), 500)
  })
  return app
}
