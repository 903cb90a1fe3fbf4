// The benchmark's processes: each target (emulator, our proxy, the SDK proxy) forked with IPC so it can
// report its own CPU and memory, and the load generator.
import { fork, type ChildProcess } from 'node:child_process'
import autocannon from 'autocannon'
import { withAllocatorSettings } from '#server/allocator-env.ts'
import type { TargetKind, TargetSnapshot } from './bench-target.ts'

export interface Target {
  child: ChildProcess
  port: number
  snapshot(gc: boolean): Promise<TargetSnapshot>
}

export function startTarget(
  kind: TargetKind,
  upstreamPort = 0,
  extraEnv: Record<string, string> = {},
): Promise<Target> {
  const child = fork(new URL('./bench-target.ts', import.meta.url).pathname, [kind, String(upstreamPort)], {
    execArgv: ['--import', 'tsx', '--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    // Production's environment for our proxy (what server/launch-node.ts adds); the peers keep their defaults.
    env: { ...(kind === 'ours' ? withAllocatorSettings(process.env) : process.env), ...extraEnv },
  })
  const snapshot = (gc: boolean) =>
    new Promise<TargetSnapshot>((resolve) => {
      const onMessage = (message: TargetSnapshot) => {
        if (message.type !== 'snapshot') return
        child.off('message', onMessage)
        resolve(message)
      }
      child.on('message', onMessage)
      child.send({ type: 'snapshot', gc })
    })
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${kind} exited early (${code})`)))
    child.on('message', (message: { type: string; port?: number }) => {
      if (message.type === 'ready') resolve({ child, port: message.port!, snapshot })
    })
  })
}

export function load(
  url: string,
  body: Buffer,
  headers: Record<string, string>,
  seconds: number,
  connections: number,
) {
  return autocannon({ url, method: 'POST', body, headers, connections, duration: seconds, timeout: 30 })
}
