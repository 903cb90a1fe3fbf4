// A real redis-server (Debian's package) for the tests that need one: its own free port, a temp dir, and by
// default the configuration the product requires (an append-only file, no eviction), so the start-up check
// passes; a test of that check passes its own. Missing redis-server is a failure with the fix in the
// message, never a skipped test.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface RedisServer {
  url: string
  port: number
  /** Stops Redis (SIGKILL: an outage); start() brings it back on the same port, with what it had persisted. */
  stop(): Promise<void>
  /** Freezes the process (SIGSTOP): connections stay open and nothing answers — a stall, not a crash. */
  pause(): void
  /** Thaws it (SIGCONT): the commands it held are answered. */
  resume(): void
  start(): Promise<void>
  close(): Promise<void>
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })
}

function assertInstalled(): void {
  const found = spawnSync('redis-server', ['--version'], { encoding: 'utf8' })
  if (found.error || found.status !== 0) {
    throw new Error(
      'redis-server is required by this test and was not found. Install it (Debian: `apt-get install redis-server`; ' +
        '.ci/run does) — the shared-store tests never skip.',
    )
  }
}

/** What the product requires (docs/operations.md): spends survive a restart, and nothing is evicted. */
export const DURABLE_REDIS_ARGS: readonly string[] = [
  '--save',
  '',
  '--appendonly',
  'yes',
  '--maxmemory-policy',
  'noeviction',
]

/** `config`: redis-server arguments in place of DURABLE_REDIS_ARGS (e.g. no persistence, LRU eviction). */
export async function startRedisServer(config: readonly string[] = DURABLE_REDIS_ARGS): Promise<RedisServer> {
  assertInstalled()
  const port = await freePort()
  const dir = mkdtempSync(join(tmpdir(), 'hkid-redis-'))
  let child: ChildProcess | null = null

  const start = () =>
    new Promise<void>((resolve, reject) => {
      const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, ...config]
      const proc = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] })
      child = proc
      let output = ''
      const timer = setTimeout(() => reject(new Error(`redis-server did not start:\n${output}`)), 10_000)
      proc.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString()
        if (output.includes('Ready to accept connections')) {
          clearTimeout(timer)
          resolve()
        }
      })
      proc.once('exit', (code) => {
        clearTimeout(timer)
        reject(new Error(`redis-server exited (${code}):\n${output}`))
      })
    })
  const stop = () =>
    new Promise<void>((resolve) => {
      const proc = child
      child = null
      if (!proc || proc.exitCode !== null) return resolve()
      proc.removeAllListeners('exit')
      proc.once('exit', () => resolve())
      proc.kill('SIGKILL')
    })

  const signal = (name: NodeJS.Signals) => {
    if (!child || child.exitCode !== null) throw new Error('redis-server is not running')
    child.kill(name)
  }

  await start()
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop,
    start,
    pause: () => signal('SIGSTOP'),
    resume: () => signal('SIGCONT'),
    close: async () => {
      await stop()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
