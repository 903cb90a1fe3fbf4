// The Node server (server/node.ts) as a child process a delivery test can kill outright (SIGKILL: no shutdown
// hook runs, as when a machine dies) and start again on the same settings. Its output is kept so a test can
// wait for a log event (`record-retry`) and check that no card field or photo reached the log.
import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const ENTRY = fileURLToPath(new URL('../../server/node.ts', import.meta.url))

export interface AppProcess {
  /** `http://127.0.0.1:<port>`: a new free port on every start */
  base: string
  /** Everything it wrote to stdout and stderr so far */
  output(): string
  /** The JSON log lines whose `msg` is `event` */
  events(event: string): Record<string, unknown>[]
  /** SIGKILL by default (a crash); SIGTERM for a clean stop */
  stop(signal?: NodeJS.Signals): Promise<void>
}

export async function startApp(env: Record<string, string>): Promise<AppProcess> {
  let output = ''
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', ENTRY], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the app did not start:\n${output}`)), 60_000)
    child.stdout!.on('data', () => {
      const match = /running at (http:\/\/[^/\s]+)\//.exec(output)
      if (!match) return
      clearTimeout(timer)
      resolve(match[1]!)
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`the app exited (${code}):\n${output}`))
    })
  })
  const events = (event: string) =>
    output.split('\n').flatMap((line) => {
      if (!line.startsWith('{')) return []
      try {
        const parsed = JSON.parse(line) as Record<string, unknown>
        return parsed.msg === event ? [parsed] : []
      } catch {
        return []
      }
    })
  return {
    base,
    output: () => output,
    events,
    stop: (signal = 'SIGKILL') =>
      new Promise<void>((resolve) => {
        child.removeAllListeners('exit')
        if (child.exitCode !== null || child.signalCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill(signal)
      }),
  }
}
