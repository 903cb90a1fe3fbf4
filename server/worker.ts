// Cloudflare Workers entry: the same Hono app as on Node, configured from the Worker's bindings.
// Static files come from Workers assets; this entry answers only /api/*. Limits here are per isolate.
import { createApp } from './app.ts'
import { appOptionsFromConfig, upstreamFromConfig } from './app-options.ts'
import { loadConfig, usesTencent } from './config.ts'
import { apiErrorBody } from './http/api-error.ts'
import { securityHeaders } from './http/security-headers.ts'
import { Hono } from 'hono'

type Bindings = Record<string, unknown>

let cached: { key: Bindings; app: Hono } | undefined

function appFor(env: Bindings): Hono {
  if (cached?.key === env) return cached.app
  const strings = Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  )
  const loaded = loadConfig(strings)
  const root = new Hono()
  root.use('*', securityHeaders({ handoffOrigin: loaded.ok ? (loaded.config.HANDOFF_ORIGIN ?? null) : null }))
  if (!loaded.ok || !usesTencent(loaded.config)) {
    // Workers have no embedded emulator: keys (or an emulator's endpoint and demo keys) are required.
    console.error(
      'HKID Capture cannot start; fix these settings:',
      loaded.ok ? ['TENCENTCLOUD_SECRET_ID/KEY: required on Workers'] : loaded.problems,
    )
    root.all('*', (c) => c.json(apiErrorBody('SERVICE_UNAVAILABLE'), 503))
  } else {
    const config = loaded.config
    root.route(
      '/',
      createApp({
        ...appOptionsFromConfig(config, upstreamFromConfig(config)),
        clientAddress: (c) => c.req.header('CF-Connecting-IP'),
      }),
    )
  }
  cached = { key: env, app: root }
  return root
}

export default {
  fetch(request: Request, env: Bindings, ctx: unknown): Response | Promise<Response> {
    return appFor(env).fetch(request, env, ctx as never)
  },
}
