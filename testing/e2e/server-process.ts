// A server of our own for a spec that needs what the shared one cannot give: its own settings (a short
// hand-off TTL), its output (to search the logs), and its memory (a heap snapshot on SIGUSR2, written by
// Node itself, after a full garbage collection). The app calls an emulator of its own (its own process, control
// routes on) with the demo keys, so a spec can script the answer.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DEMO_SECRET_ID, DEMO_SECRET_KEY } from '#server/emulator/demo-keys.ts'
import { HeapSnapshot } from './heap-snapshot.ts'

export interface ServerProcess {
  base: string
  /** Everything the app wrote to stdout and stderr so far. */
  output(): string
  /** The app's heap (or the emulator's) now: Node writes it on SIGUSR2; resolves once the file is complete. */
  heapSnapshot(of?: 'app' | 'emulator'): Promise<HeapSnapshot>
  /** The emulator's control route. */
  emulator(path: 'next' | 'reset', body?: unknown): Promise<void>
  stop(): Promise<void>
}

interface Watched {
  child: ChildProcess
  dir: string
  output(): string
}

/** Runs `entry` with heap snapshots on SIGUSR2, resolved once its output matches `ready`. */
async function spawnWatched(
  entry: string,
  env: NodeJS.ProcessEnv,
  ready: RegExp,
): Promise<Watched & { url: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'hkid-heap-'))
  let output = ''
  const child: ChildProcess = spawn(
    process.execPath,
    ['--heapsnapshot-signal=SIGUSR2', `--diagnostic-dir=${dir}`, '--import', 'tsx', entry],
    { env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const url = await new Promise<string>((resolve, reject) => {
    const check = () => {
      const match = ready.exec(output)
      if (match) resolve(match[1]!)
    }
    child.stdout!.on('data', check)
    child.once('exit', (code) => reject(new Error(`${entry} exited with ${code}:\n${output}`)))
  })
  return { child, dir, url, output: () => output }
}

async function heapSnapshotOf({ child, dir }: Watched): Promise<HeapSnapshot> {
  const before = new Set(readdirSync(dir))
  child.kill('SIGUSR2')
  for (let waited = 0; waited < 120_000; waited += 250) {
    await new Promise((resolve) => setTimeout(resolve, 250))
    const file = readdirSync(dir).find((name) => !before.has(name) && name.endsWith('.heapsnapshot'))
    if (!file) continue
    try {
      const snapshot = new HeapSnapshot(JSON.parse(readFileSync(join(dir, file), 'utf8')))
      rmSync(join(dir, file))
      return snapshot
    } catch {
      // Still being written.
    }
  }
  throw new Error('heap snapshot never completed')
}

async function stopWatched({ child, dir }: Watched): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    await exited
  }
  rmSync(dir, { recursive: true, force: true })
}

/** Both on free ports. */
export async function startServer(env: Record<string, string>): Promise<ServerProcess> {
  // The same card every time, as the shared server answers.
  const emulator = await spawnWatched(
    'server/emulator/node.ts',
    { EMULATOR_PORT: '0', EMULATOR_CONTROL: '1', EMULATOR_ANSWER: 'specimen' },
    /listening on (http:\/\/[^\s/]+)/,
  )
  let app: Watched & { url: string }
  try {
    app = await spawnWatched(
      'server/node.ts',
      {
        HOST: '127.0.0.1',
        PORT: '0',
        TENCENTCLOUD_SECRET_ID: DEMO_SECRET_ID,
        TENCENTCLOUD_SECRET_KEY: DEMO_SECRET_KEY,
        OCR_ENDPOINT: emulator.url,
        ALLOW_ANONYMOUS: '1',
        RATE_PER_IP_PER_MINUTE: '1000',
        ...env,
      },
      /running at (http:\/\/[^/\s]+)\//,
    )
  } catch (error) {
    await stopWatched(emulator)
    throw error
  }
  return {
    base: app.url,
    output: () => app.output(),
    heapSnapshot: (of = 'app') => heapSnapshotOf(of === 'app' ? app : emulator),
    async emulator(path, body) {
      const response = await fetch(`${emulator.url}/__emulator/${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      })
      if (!response.ok) throw new Error(`emulator control refused: ${response.status}`)
    },
    async stop() {
      await Promise.all([stopWatched(app), stopWatched(emulator)])
    },
  }
}
