// Node entry: validates the environment, starts the built-in emulator when no Tencent keys are set,
// serves the API and the built app on one port, and prints where to open it.
import { readFileSync } from 'node:fs'
import { createServer as createHttpsServer } from 'node:https'
import { serve } from '@hono/node-server'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'
import { getConnInfo } from '@hono/node-server/conninfo'
import { createApp } from './app.ts'
import { appOptionsFromConfig, upstreamFromConfig } from './app-options.ts'
import { loadConfig, usesTencent } from './config.ts'
import { DEMO_SECRET_ID, DEMO_SECRET_KEY } from './emulator/demo-keys.ts'
import { startEmulator } from './emulator/start-emulator.ts'
import { securityHeaders } from './http/security-headers.ts'
import type { UpstreamConfig } from './upstream/hkid-ocr-client.ts'

const loaded = loadConfig(process.env)
if (!loaded.ok) {
  console.error('HKID Capture cannot start; fix these settings:')
  for (const problem of loaded.problems) console.error(`  - ${problem}`)
  process.exit(1)
}
const config = loaded.config

let upstream: UpstreamConfig
if (usesTencent(config)) {
  upstream = upstreamFromConfig(config)
} else {
  const emulator = await startEmulator({ port: config.EMULATOR_PORT, control: config.EMULATOR_CONTROL })
  upstream = {
    endpoint: emulator.url,
    secretId: DEMO_SECRET_ID,
    secretKey: DEMO_SECRET_KEY,
    timeoutMs: config.UPSTREAM_TIMEOUT_MS,
  }
}

const root = new Hono()
root.use('*', securityHeaders({ handoffOrigin: config.HANDOFF_ORIGIN ?? null }))
root.route(
  '/',
  createApp({
    ...appOptionsFromConfig(config, upstream),
    // The socket's peer: X-Forwarded-For is not trusted, since any client can write it.
    clientAddress: (c) => getConnInfo(c).remote.address,
  }),
)
root.use('/assets/*', async (c, next) => {
  await next()
  if (c.res.ok) c.header('Cache-Control', 'public, max-age=31536000, immutable')
})
root.use('*', serveStatic({ root: './dist' }))
root.get('*', serveStatic({ path: './dist/index.html' }))

const tls = config.HTTPS_CERT_FILE && config.HTTPS_KEY_FILE
const server = serve(
  {
    fetch: root.fetch,
    port: config.PORT,
    hostname: config.HOST,
    ...(tls
      ? {
          createServer: createHttpsServer,
          serverOptions: {
            cert: readFileSync(config.HTTPS_CERT_FILE!),
            key: readFileSync(config.HTTPS_KEY_FILE!),
          },
        }
      : {}),
  },
  (info) => {
    const scheme = tls ? 'https' : 'http'
    const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? 'localhost' : config.HOST
    const recognizer = usesTencent(config) ? 'Tencent Cloud' : 'built-in emulator (demo)'
    console.log(`HKID Capture is running at ${scheme}://${host}:${info.port}/  — recognizer: ${recognizer}`)
  },
)

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close()
    process.exit(0)
  })
}
