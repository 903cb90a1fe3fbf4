// Cloudflare Workers entry: the same Hono app as on Node, configured from the Worker's bindings.
// Static files come from Workers assets; this entry answers only /api/*. With a SHARED_STATE Durable Object
// binding, budgets, rates and the upstream window hold across every isolate and location; without one they
// are per isolate (a warning says so once).
import { createApp } from './app.ts'
import { appOptionsFromConfig, upstreamFromConfig } from './app-options.ts'
import { tencentRecognizer } from './recognizers/tencent-recognizer.ts'
import { loadConfig, usesTencent } from './config.ts'
import { allowedHostsOnly } from './http/allowed-hosts.ts'
import { apiError } from './http/api-error.ts'
import { securityHeaders } from './http/security-headers.ts'
import { DurableObjectStore, type StateNamespace } from './store/durable-object-store.ts'
import { Hono } from 'hono'

export { SharedStateObject } from './store/shared-state-object.ts'

type Bindings = Record<string, unknown>

let cached: { key: Bindings; app: Hono } | undefined

function stateNamespace(env: Bindings): StateNamespace | null {
  const binding = env.SHARED_STATE as Partial<StateNamespace> | undefined
  return typeof binding?.idFromName === 'function' && typeof binding.get === 'function'
    ? (binding as StateNamespace)
    : null
}

function appFor(env: Bindings): Hono {
  if (cached?.key === env) return cached.app
  const strings = Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  )
  const loaded = loadConfig(strings)
  if (loaded.ok) for (const line of loaded.deprecations) console.warn(`HKID Capture: ${line}`)
  const root = new Hono()
  // First, so every answer carries them, the Host check's 421 included.
  root.use(
    '*',
    securityHeaders({ recordHostOrigin: loaded.ok ? (loaded.config.RECORD_HOST_ORIGIN ?? null) : null }),
  )
  // Workers' own host names (workers.dev, routes) are not known here: the check runs only when configured.
  if (loaded.ok && loaded.config.ALLOWED_HOSTS.length > 0)
    root.use('*', allowedHostsOnly(loaded.config.ALLOWED_HOSTS))
  // Workers run no local reader (Tencent keys, or an emulator's endpoint and demo keys in tests, are required)
  // and no durable record queue (no SQLite file, no BullMQ): a configured webhook cannot be honoured here.
  const problems = !loaded.ok
    ? loaded.problems
    : [
        ...(usesTencent(loaded.config) ? [] : ['TENCENTCLOUD_SECRET_ID/KEY: required on Workers']),
        ...(loaded.config.RECORD_WEBHOOK_URL
          ? ['RECORD_WEBHOOK_URL: record delivery by webhook needs the Node server (docs/record-delivery.md)']
          : []),
      ]
  if (!loaded.ok || problems.length > 0) {
    console.error('HKID Capture cannot start; fix these settings:', problems)
    root.all('*', (c) => apiError(c, 'SERVICE_UNAVAILABLE'))
  } else {
    const config = loaded.config
    if (config.LOCAL_CROSSCHECK) {
      console.warn(
        'LOCAL_CROSSCHECK: the local reader needs Node (worker threads, onnxruntime-node); ignored here',
      )
    }
    const namespace = stateNamespace(env)
    if (!namespace) {
      console.warn(
        'SHARED_STATE: no Durable Object binding; budgets and rates are per isolate (docs/shared-state.md)',
      )
    }
    root.route(
      '/',
      createApp({
        ...appOptionsFromConfig(config),
        recognizer: tencentRecognizer(upstreamFromConfig(config)),
        ...(namespace ? { store: new DurableObjectStore(namespace) } : {}),
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
