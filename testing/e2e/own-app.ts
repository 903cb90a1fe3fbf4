// An app and reference receiver of a spec's own (for settings the run's shared apps cannot have): the app reads
// through the run's emulator with the demo keys and delivers sealed records to the receiver; both are stopped
// after each test and the app's record stores live in a folder of the spec's, removed after it.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from '@playwright/test'
import { DEMO_SECRET_ID, DEMO_SECRET_KEY } from '#server/emulator/demo-keys.ts'
import { E2E_EMULATOR_PORT } from './ports.ts'
import { startApp, type AppProcess } from '#testing/records/app-process.ts'
import { startReceiver, type ReceiverProcess } from '#testing/records/receiver-process.ts'
import {
  TEST_RECORD_PRIVATE_JWK,
  TEST_RECORD_PUBLIC_JWK,
  TEST_RECORD_WEBHOOK_SECRET,
} from '#testing/records/test-record-keys.ts'

export interface OwnApps {
  /** What runs now (set by `app` and `receiver`); stopped and cleared after each test. */
  running: { app?: AppProcess; receiver?: ReceiverProcess }
  /** Env of an app delivering to a receiver on `receiverPort`, capture links signed with `tokenSecret`. */
  appEnv: (options: { tokenSecret: string; receiverPort: number; store: string }) => Record<string, string>
  /** Starts an app (replacing `running.app`) with this env. */
  app: (env: Record<string, string>) => Promise<AppProcess>
  /** Starts a receiver on `port` (replacing `running.receiver`) that checks signatures with `secret`. */
  receiver: (port: number, secret?: string) => Promise<ReceiverProcess>
}

/** Registers the hooks of the calling spec file (`name` names its temporary folder). */
export function ownApps(name: string): OwnApps {
  let storeDir = ''
  const running: OwnApps['running'] = {}
  test.beforeAll(() => {
    storeDir = mkdtempSync(join(tmpdir(), `hkid-${name}-`))
  })
  test.afterEach(async () => {
    await running.app?.stop('SIGTERM')
    await running.receiver?.stop()
    delete running.app
    delete running.receiver
  })
  test.afterAll(() => rmSync(storeDir, { recursive: true, force: true }))

  return {
    running,
    appEnv: ({ tokenSecret, receiverPort, store }) => ({
      CAPTURE_TOKEN_SECRET: tokenSecret,
      TENCENTCLOUD_SECRET_ID: DEMO_SECRET_ID,
      TENCENTCLOUD_SECRET_KEY: DEMO_SECRET_KEY,
      OCR_ENDPOINT: `http://127.0.0.1:${E2E_EMULATOR_PORT}`,
      RATE_PER_IP_PER_MINUTE: '1000',
      // Room for a reading on a busy shared machine, as the run's own apps have.
      UPSTREAM_TIMEOUT_MS: process.env.E2E_UPSTREAM_TIMEOUT_MS ?? '20000',
      RECORD_WEBHOOK_URL: `http://127.0.0.1:${receiverPort}/webhook`,
      RECORD_WEBHOOK_SECRET: TEST_RECORD_WEBHOOK_SECRET,
      RECORD_PUBLIC_JWK: JSON.stringify(TEST_RECORD_PUBLIC_JWK),
      RECORD_STORE_PATH: join(storeDir, `${store}.sqlite`),
    }),
    app: async (env) => (running.app = await startApp(env)),
    receiver: async (port, secret = TEST_RECORD_WEBHOOK_SECRET) =>
      (running.receiver = await startReceiver({
        port,
        secret,
        privateJwk: JSON.stringify(TEST_RECORD_PRIVATE_JWK),
      })),
  }
}
