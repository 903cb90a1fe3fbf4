// Shared by the endpoint's integration tests: the real emulator on loopback, an app wired to it with
// captured log lines, and the emulator's control routes.
import { readFileSync } from 'node:fs'
import { createApp, type AppOptions } from '#server/app.ts'
import { DEMO_SECRET_ID, DEMO_SECRET_KEY } from '#server/emulator/demo-keys.ts'
import type { EmulatorArrival, ScriptedOutcomeInput } from '#server/emulator/outcome-control.ts'
import { startEmulator, type RunningEmulator } from '#server/emulator/start-emulator.ts'
import { tencentRecognizer } from '#server/recognizers/tencent-recognizer.ts'
import type { CrossReader } from '#server/upstream/cross-check.ts'

export const specimenCard = new Uint8Array(
  readFileSync(new URL('../fixtures/files/specimen-card.jpg', import.meta.url)),
)

export interface EmulatorStatsJson {
  calls: number
  signatures: string[]
  arrivals: EmulatorArrival[]
  /** The RequestId of each answer, in order. */
  requestIds: string[]
}

export interface Harness {
  emulator: RunningEmulator
  logs: string[]
  appWith(
    overrides?: Partial<Omit<AppOptions, 'recognizer'>> & {
      /** Set: the Tencent recognizer is cross-checked by this local reading (LOCAL_CROSSCHECK) */
      crossCheck?: CrossReader
      secretKey?: string
      timeoutMs?: number
      endpoint?: string
      /** Wait before each retry; default 10 ms so tests need not sleep */
      backoffMs?: number
    },
  ): ReturnType<typeof createApp>
  next(outcome: ScriptedOutcomeInput): Promise<void>
  stats(): Promise<EmulatorStatsJson>
  reset(): Promise<void>
  close(): Promise<void>
}

export async function startHarness(emulatorRatePerSecond = 1000): Promise<Harness> {
  const emulator = await startEmulator({ port: 0, control: true, rateLimitPerSecond: emulatorRatePerSecond })
  const logs: string[] = []
  const controlUrl = (path: string) => `${emulator.url}/__emulator/${path}`
  return {
    emulator,
    logs,
    appWith({ secretKey, timeoutMs, endpoint, backoffMs, crossCheck, ...overrides } = {}) {
      return createApp({
        recognizer: tencentRecognizer(
          {
            endpoint: endpoint ?? emulator.url,
            secretId: DEMO_SECRET_ID,
            secretKey: secretKey ?? DEMO_SECRET_KEY,
            timeoutMs: timeoutMs ?? 5000,
            backoffMs: () => backoffMs ?? 10,
          },
          crossCheck ? { crossCheck } : {},
        ),
        maxBodyBytes: 5 * 1024 * 1024,
        upstreamRatePerSecond: 1000,
        ratePerIpPerMinute: 100_000,
        logSink: (line) => logs.push(line),
        ...overrides,
      })
    },
    async next(outcome) {
      const response = await fetch(controlUrl('next'), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(outcome),
      })
      if (!response.ok) throw new Error(`emulator refused the outcome: ${response.status}`)
    },
    async stats() {
      return (await (await fetch(controlUrl('stats'))).json()) as EmulatorStatsJson
    },
    async reset() {
      logs.length = 0
      await fetch(controlUrl('reset'), { method: 'POST' })
    },
    close: () => emulator.close(),
  }
}

/** POSTs image bytes the way the browser does. */
export function postImage(
  app: { request: (path: string, init: RequestInit) => Response | Promise<Response> },
  body: BodyInit,
  headers: Record<string, string> = {},
  path = '/api/hkid/recognize',
): Promise<Response> {
  return Promise.resolve(
    app.request(path, { method: 'POST', body, headers: { 'Content-Type': 'image/jpeg', ...headers } }),
  )
}
