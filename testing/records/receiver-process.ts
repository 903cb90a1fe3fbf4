// The reference receiver (scripts/record-receiver.ts) as a real child process for the delivery tests: what it
// printed, one line per signed delivery, tells which webhook-ids it saw and which records it opened.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ENTRY = fileURLToPath(new URL('../../scripts/record-receiver.ts', import.meta.url))

export interface ReceiverOptions {
  port: number
  secret: string
  privateJwk: string
  /** RECEIVER_FAIL_FIRST: answer 503 to this many signed deliveries first */
  failFirst?: number
  /** RECORD_OUT_DIR (where its records and the webhook-ids it handled are kept): given, it outlives the process,
   * so a receiver started again on it is the same receiver restarted; else a fresh one, removed on stop */
  outDir?: string
}

export interface ReceiverProcess {
  /** Every line it printed */
  lines(): string[]
  /** The webhook-ids of the deliveries it opened (duplicates answered 204 again are not counted twice) */
  opened(): string[]
  /** The webhook-id of every signed or rejected delivery, in order, retries included */
  seenIds(): string[]
  /** The records written to RECORD_OUT_DIR, by receipt id */
  records(): Map<string, unknown>
  stop(): Promise<void>
}

export async function startReceiver(options: ReceiverOptions): Promise<ReceiverProcess> {
  const outDir = options.outDir ?? mkdtempSync(join(tmpdir(), 'hkid-receiver-'))
  const removeOutDir = () => {
    if (!options.outDir) rmSync(outDir, { recursive: true, force: true })
  }
  const output: string[] = []
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', ENTRY], {
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PORT: String(options.port),
      RECORD_WEBHOOK_SECRET: options.secret,
      RECORD_PRIVATE_JWK: options.privateJwk,
      RECORD_OUT_DIR: outDir,
      RECEIVER_FAIL_FIRST: String(options.failFirst ?? 0),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let buffered = ''
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`receiver did not start:\n${output.join('\n')}`)), 20_000)
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString()
      const parts = buffered.split('\n')
      buffered = parts.pop()!
      output.push(...parts)
      if (parts.some((line) => line.startsWith('record-receiver listening'))) {
        clearTimeout(timer)
        resolve()
      }
    })
    child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()))
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`receiver exited (${code}):\n${output.join('\n')}`))
    })
  })
  const ids = (pattern: RegExp) => output.flatMap((line) => line.match(pattern)?.[1] ?? [])
  return {
    lines: () => [...output],
    opened: () => ids(/^record \S+ id=(\S+)/),
    seenIds: () => ids(/(msg_\S+?)(?::|\s|$)/),
    records: () =>
      new Map(
        readdirSync(outDir)
          .filter((name) => name.endsWith('.json'))
          .map((name) => [
            name.replace(/\.json$/, ''),
            JSON.parse(readFileSync(join(outDir, name), 'utf8')) as unknown,
          ]),
      ),
    stop: () =>
      new Promise<void>((resolve) => {
        child.removeAllListeners('exit')
        if (child.exitCode !== null || child.signalCode !== null) return resolve(removeOutDir())
        child.once('exit', () => resolve(removeOutDir()))
        child.kill('SIGTERM')
      }),
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })
}

/** Polls `check` until it holds or `ms` pass; says which. */
export async function until(check: () => boolean | Promise<boolean>, ms = 10_000): Promise<boolean> {
  const deadline = performance.now() + ms
  while (performance.now() < deadline) {
    if (await check()) return true
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  return check()
}

/** A queue's log, kept as lines the tests can read and scan. */
export function logLines() {
  const lines: string[] = []
  const log = (level: string, event: string, fields: object) => {
    lines.push(JSON.stringify({ level, event, ...fields }))
  }
  return {
    lines,
    log,
    events: (event: string) => lines.filter((line) => line.includes(`"event":"${event}"`)),
  }
}
