// The real Node entry (server/node.ts) as a child process, as `npm run serve` runs it: for what only a whole
// process shows — start-up messages, socket timeouts, two instances sharing one Redis, a restart.
import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const ENTRY = fileURLToPath(new URL('../../server/node.ts', import.meta.url))
const EMULATOR_ENTRY = fileURLToPath(new URL('../../server/emulator/node.ts', import.meta.url))

export interface ServerProcess {
  child: ChildProcess
  /** e.g. http://127.0.0.1:40123 (no trailing slash) */
  url: string
  port: number
  output(): string
  stop(): Promise<void>
}

/**
 * Environment for a test server: loopback, any free port, no Tencent keys — the local reader reads in the
 * server's process; a test that needs the emulator's scripted answers gives the demo keys and OCR_ENDPOINT.
 */
export function testServerEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    HOST: '127.0.0.1',
    PORT: '0',
  }
  for (const [name, value] of Object.entries(extra)) {
    if (value === undefined) delete env[name]
    else env[name] = value
  }
  return env
}

/** Runs server/node.ts to its exit and returns what it printed (for start-up failures). */
export function runServerToExit(
  env: NodeJS.ProcessEnv,
  timeoutMs = 20_000,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ENTRY], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`server did not exit within ${timeoutMs} ms:\n${stdout}${stderr}`))
    }, timeoutMs)
    child.on('exit', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  })
}

/** Starts server/node.ts and resolves once it prints where it is running. */
export function startServerProcess(env: NodeJS.ProcessEnv, timeoutMs = 30_000): Promise<ServerProcess> {
  return startProcess(ENTRY, /running at https?:\/\/[^:/]+:(\d+)\//, env, timeoutMs)
}

/** `npm run emulator` as a child process (any free port unless EMULATOR_PORT says), answering the specimen. */
export function startEmulatorProcess(
  env: Record<string, string> = {},
  timeoutMs = 30_000,
): Promise<ServerProcess> {
  return startProcess(
    EMULATOR_ENTRY,
    /listening on https?:\/\/[^:/]+:(\d+)/,
    {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      EMULATOR_PORT: '0',
      EMULATOR_ANSWER: 'specimen',
      ...env,
    },
    timeoutMs,
  )
}

function startProcess(
  entry: string,
  ready: RegExp,
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<ServerProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', entry], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`server did not start within ${timeoutMs} ms:\n${output}`))
    }, timeoutMs)
    const onExit = (code: number | null) => {
      clearTimeout(timer)
      reject(new Error(`server exited (${code}) before it started:\n${output}`))
    }
    child.on('exit', onExit)
    const onOutput = (chunk: Buffer) => {
      output += chunk.toString()
      const match = ready.exec(output)
      if (!match) return
      clearTimeout(timer)
      child.off('exit', onExit)
      const port = Number(match[1])
      resolve({
        child,
        port,
        url: `http://127.0.0.1:${port}`,
        output: () => output,
        stop: () =>
          new Promise((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done()
            child.once('exit', () => done())
            child.kill('SIGTERM')
          }),
      })
    }
    child.stdout!.on('data', onOutput)
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  })
}
