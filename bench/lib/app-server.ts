// The production app for the browser benches: a Vite build (with its manifest) into a temp folder, and
// the real server (server/node.ts calling an emulator in this process with the demo keys, zero added delay)
// serving that folder.
// The build stays out of dist/, so a bench run never pulls files from under another run's Playwright tests.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'
import { DEMO_SECRET_ID, DEMO_SECRET_KEY } from '#server/emulator/demo-keys.ts'
import { startEmulator } from '#server/emulator/start-emulator.ts'

export const PROJECT_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)))

export interface AppBuild {
  /** Holds dist/ (served from there, as server/node.ts serves ./dist relative to its cwd). */
  root: string
  dist: string
  remove(): void
}

export async function buildApp(): Promise<AppBuild> {
  const root = mkdtempSync(join(tmpdir(), 'hkid-bench-app-'))
  const dist = join(root, 'dist')
  await build({
    root: PROJECT_ROOT,
    configFile: join(PROJECT_ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: dist, emptyOutDir: true, manifest: true },
  })
  return { root, dist, remove: () => rmSync(root, { recursive: true, force: true }) }
}

/** One JSON request-log line of the server (server/http/request-log.ts). */
export interface ServerLogLine {
  path?: string
  status?: number
  ms?: number
  upstreamMs?: number
  bytes?: number
}

export interface AppServer {
  origin: string
  /** Request-log lines printed so far. */
  log: ServerLogLine[]
  stop(): Promise<void>
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

async function waitForHealth(origin: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) throw new Error(`the app server exited (${child.exitCode})`)
    const up = await fetch(`${origin}/api/health`).then(
      (r) => r.ok,
      () => false,
    )
    if (up) return
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error('the app server did not start within 30 s')
}

export async function startAppServer(app: AppBuild): Promise<AppServer> {
  const port = await freePort()
  // The browser's path is measured here, not reading: the specimen answers at once (npm run bench:reader
  // measures the local reader).
  const emulator = await startEmulator({ answer: 'specimen' })
  const origin = `http://127.0.0.1:${port}`
  const child = spawn(join(PROJECT_ROOT, 'node_modules/.bin/tsx'), [join(PROJECT_ROOT, 'server/node.ts')], {
    cwd: app.root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      RATE_PER_IP_PER_MINUTE: '100000',
      TENCENTCLOUD_SECRET_ID: DEMO_SECRET_ID,
      TENCENTCLOUD_SECRET_KEY: DEMO_SECRET_KEY,
      OCR_ENDPOINT: emulator.url,
      ALLOW_ANONYMOUS: '1',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  // A bench that dies halfway must not leave its server behind.
  const killOnExit = () => child.kill()
  process.once('exit', killOnExit)
  const log: ServerLogLine[] = []
  let pending = ''
  child.stdout!.on('data', (chunk: Buffer) => {
    pending += chunk.toString('utf8')
    const lines = pending.split('\n')
    pending = lines.pop() ?? ''
    for (const line of lines) {
      if (!line.startsWith('{')) continue
      try {
        log.push(JSON.parse(line) as ServerLogLine)
      } catch {
        // Not a log line: the server's start-up banner and the like.
      }
    }
  })
  try {
    await waitForHealth(origin, child)
  } catch (error) {
    child.kill()
    await emulator.close()
    throw error
  }
  return {
    origin,
    log,
    stop: async () => {
      await new Promise<void>((done) => {
        process.off('exit', killOnExit)
        if (child.exitCode !== null) return done()
        child.once('exit', () => done())
        child.kill()
      })
      await emulator.close()
    },
  }
}
