// Node entry: validates the environment, chooses the recognizer once (Tencent with keys, optionally cross-checked
// by the local reader; without keys the local reader in this process), opens the shared
// store (Redis when REDIS_URL is set), serves the API and the built app on one port, and prints where to open
// it. Anything an operator can fix stops it with one line naming the setting: no stack, no value.
import { getConnInfo } from '@hono/node-server/conninfo'
import { clientAddressBehindProxies, isTrusted } from './access/trusted-proxies.ts'
import { createApp } from './app.ts'
import { appOptionsFromConfig, recordsFromConfig } from './app-options.ts'
import { loadConfig } from './config.ts'
import { listenNode, readTls, StartupError } from './node-listen.ts'
import { createSite } from './node-site.ts'
import { recognizerForNode } from './recognizers/recognizer-for-node.ts'
import { openStore } from './store/open-store.ts'
import { openRecordDelivery } from './records/open-record-delivery.ts'

/** The longest the port stays closed for the reader's models to load; past it the first card waits for them. */
const READY_WAIT_MS = 60_000

function cannotStart(problems: string[]): never {
  console.error('HKID Capture cannot start; fix these settings:')
  for (const problem of problems) console.error(`  - ${problem}`)
  process.exit(1)
}

async function main() {
  const loaded = loadConfig(process.env)
  if (!loaded.ok) cannotStart(loaded.problems)
  for (const line of loaded.deprecations) console.warn(`HKID Capture: ${line}`)
  const config = loaded.config
  const tls =
    config.HTTPS_CERT_FILE && config.HTTPS_KEY_FILE
      ? readTls(config.HTTPS_CERT_FILE, config.HTTPS_KEY_FILE)
      : undefined

  // Chosen once: the reader's workers (READER_WORKERS, models loaded once in each) start here when anything reads.
  const recognizer = recognizerForNode(config)
  const store = await openStore(config)
  // Record delivery's queue, when a webhook is configured: its events as JSON lines, ids and statuses only.
  const recordQueue = openRecordDelivery(config, (level, event, fields) =>
    console.log(JSON.stringify({ level, msg: event, time: new Date().toISOString(), ...fields })),
  )
  const records = recordsFromConfig(config, recordQueue)
  const api = createApp({
    ...appOptionsFromConfig(config),
    ...(records ? { records } : {}),
    recognizer: recognizer.choice,
    store,
    bodyTimeoutMs: config.REQUEST_TIMEOUT_MS,
    // The socket's peer, or what a trusted proxy (TRUSTED_PROXIES) says the client's address is.
    clientAddress: (c) =>
      clientAddressBehindProxies(
        getConnInfo(c).remote.address,
        c.req.header('X-Forwarded-For'),
        config.TRUSTED_PROXIES,
      ),
  })
  const site = createSite({
    api,
    distDir: './dist',
    recordHostOrigin: config.RECORD_HOST_ORIGIN ?? null,
    allowedHosts: config.ALLOWED_HOSTS,
  })
  // Listen once the reader's models are loaded (a few seconds; READY_WAIT_MS at most): a card that came sooner
  // waited for them inside its own deadline, and the first customer after a restart on a busy machine was told
  // the reader was too slow. Until then the port is closed, so a load balancer or probe sends nobody here.
  await Promise.race([recognizer.ready, new Promise((resolve) => setTimeout(resolve, READY_WAIT_MS).unref())])
  const { server, port } = await listenNode({
    fetch: site.fetch,
    port: config.PORT,
    host: config.HOST,
    ...(tls ? { tls } : {}),
    limits: {
      headersTimeoutMs: config.HEADERS_TIMEOUT_MS,
      requestTimeoutMs: config.REQUEST_TIMEOUT_MS,
      idleTimeoutMs: config.IDLE_TIMEOUT_MS,
      maxConnections: config.MAX_CONNECTIONS,
      perAddress: {
        max: config.MAX_CONNECTIONS_PER_ADDRESS,
        exempt: (address) => isTrusted(config.TRUSTED_PROXIES, address),
      },
    },
  })
  const scheme = tls ? 'https' : 'http'
  const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? 'localhost' : config.HOST
  const shared = store.kind === 'redis' ? ', limits shared in Redis' : ''
  const delivery = recordQueue ? `, records delivered by webhook (queue: ${recordQueue.kind})` : ''
  console.log(
    `HKID Capture is running at ${scheme}://${host}:${port}/  — recognizer: ${recognizer.description}${shared}${delivery}`,
  )

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      server.close()
      // Records not yet delivered stay in the queue's store for the next start.
      const closing = [store.close(), recognizer.close(), ...(recordQueue ? [recordQueue.close()] : [])]
      void Promise.allSettled(closing).finally(() => process.exit(0))
    })
  }
}

main().catch((error: unknown) => {
  if (error instanceof StartupError) cannotStart([`${error.setting}: ${error.message}`])
  // Not a setting: still one line, with the kind of failure, never a stack or a value.
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  cannotStart([`start-up failed (${code ?? (error instanceof Error ? error.name : 'unknown error')})`])
})
