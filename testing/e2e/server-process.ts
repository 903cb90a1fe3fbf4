// A server of our own for a spec that needs what the shared one cannot give: its own settings (a short
// hand-off TTL), its output (to search the logs), and its memory (a heap snapshot on SIGUSR2, written by
// Node itself, after a full garbage collection).
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { HeapSnapshot } from './heap-snapshot.ts'

export interface ServerProcess {
  base: string
  /** Everything the server wrote to stdout and stderr so far. */
  output(): string
  /** The server's heap now: Node writes it on SIGUSR2; resolves once the file is complete. */
  heapSnapshot(): Promise<HeapSnapshot>
  /** The embedded emulator's control route (EMULATOR_CONTROL=1). */
  emulator(path: 'next' | 'reset', body?: unknown): Promise<void>
  stop(): Promise<void>
}

export async function startServer(
  env: Record<string, string>,
  ports: { app: number; emulator: number },
): Promise<ServerProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'hkid-heap-'))
  let output = ''
  const child: ChildProcess = spawn(
    process.execPath,
    ['--heapsnapshot-signal=SIGUSR2', `--diagnostic-dir=${dir}`, '--import', 'tsx', 'server/node.ts'],
    {
      env: {
        PATH: process.env.PATH,
        HOST: '127.0.0.1',
        PORT: String(ports.app),
        EMULATOR_PORT: String(ports.emulator),
        EMULATOR_CONTROL: '1',
        RATE_PER_IP_PER_MINUTE: '1000',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const base = await new Promise<string>((resolve, reject) => {
    const check = () => {
      const match = /running at (http:\/\/[^/\s]+)\//.exec(output)
      if (match) resolve(match[1]!)
    }
    child.stdout!.on('data', check)
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)))
  })
  let taken = 0
  return {
    base,
    output: () => output,
    async heapSnapshot() {
      const before = new Set(readdirSync(dir))
      child.kill('SIGUSR2')
      taken++
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
      throw new Error(`heap snapshot ${taken} never completed`)
    },
    async emulator(path, body) {
      const response = await fetch(`http://127.0.0.1:${ports.emulator}/__emulator/${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      })
      if (!response.ok) throw new Error(`emulator control refused: ${response.status}`)
    },
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
