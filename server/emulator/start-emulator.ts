// Embeds the emulator over loopback HTTP, for the main server (no Tencent keys) and for tests,
// so callers exercise the same network path and signing as against Tencent itself.
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { DEMO_SECRET_ID, DEMO_SECRET_KEY } from './demo-keys.ts'
import { createEmulatorApp } from './emulator-app.ts'
import { warmUpTask } from './analyze-card-task.ts'
import { sharedWorkerPool } from '#server/image/worker-pool.ts'

export interface StartEmulatorOptions {
  /** 0 (the default) picks a free port. */
  port?: number
  /** Defaults to 127.0.0.1 so the emulator is never reachable from other machines by accident. */
  host?: string
  control?: boolean
  rateLimitPerSecond?: number
  /** false answers the specimen without image analysis (load benchmarks). */
  analyzeImages?: boolean
  /** Default to the public demo keys. */
  secretId?: string
  secretKey?: string
  sessionToken?: string
}

export interface RunningEmulator {
  /** e.g. http://127.0.0.1:9401 (no trailing slash) */
  url: string
  port: number
  close(): Promise<void>
}

export async function startEmulator(options: StartEmulatorOptions = {}): Promise<RunningEmulator> {
  // The analysis worker starts with the emulator, not on the first image (which it would slow down).
  if (options.analyzeImages !== false) await sharedWorkerPool().run(warmUpTask, new Uint8Array(0), undefined)
  const host = options.host ?? '127.0.0.1'
  const app = createEmulatorApp({
    secretId: options.secretId ?? DEMO_SECRET_ID,
    secretKey: options.secretKey ?? DEMO_SECRET_KEY,
    sessionToken: options.sessionToken,
    control: options.control ?? false,
    rateLimitPerSecond: options.rateLimitPerSecond,
    ...(options.analyzeImages === undefined ? {} : { analyzeImages: options.analyzeImages }),
  })
  return new Promise((resolve, reject) => {
    // The plain HTTP/1 server is what serve() creates without createServer options.
    const server = serve(
      { fetch: app.fetch, port: options.port ?? 0, hostname: host },
      (info: AddressInfo) => {
        server.off('error', reject)
        const urlHost = host.includes(':') ? `[${host}]` : host
        resolve({
          url: `http://${urlHost}:${info.port}`,
          port: info.port,
          close: () =>
            new Promise<void>((done, fail) => {
              server.close((error) => (error ? fail(error) : done()))
              // Keep-alive sockets from fetch would otherwise hold close() open.
              server.closeAllConnections()
            }),
        })
      },
    ) as Server
    server.once('error', reject)
  })
}
