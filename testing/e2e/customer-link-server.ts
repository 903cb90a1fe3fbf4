// A spec's own app for customers' capture links: a token secret of its own, a reading deadline of its own (the
// notes a customer sees are timed against it) and the run's record receiver, so a customer's link can start. Its
// emulator is reset before each test. Call once at a spec's top level: it registers the spec's hooks.
import { mintCaptureToken } from '#server/access/capture-token.ts'
import { recordDeliveryEnv } from './record-delivery-env.ts'
import { startServer, type ServerProcess } from './server-process.ts'
import { test } from './test.ts'

export function customerLinkServer(name: string, readingDeadlineMs: number) {
  const secret = `e2e-${name}-secret-0123456789abcdef`
  let server: ServerProcess | undefined
  const app = (): ServerProcess => {
    if (!server) throw new Error(`${name}: the spec's server has not started`)
    return server
  }
  test.beforeAll(async () => {
    server = await startServer({
      CAPTURE_TOKEN_SECRET: secret,
      UPSTREAM_TIMEOUT_MS: String(readingDeadlineMs),
      ...recordDeliveryEnv('sqlite', name),
    })
  })
  test.afterAll(async () => {
    await server?.stop()
  })
  test.beforeEach(async () => {
    await app().emulator('reset')
  })
  /** A customer's capture link to this app, good for `calls` readings. */
  const link = async (calls = 3) =>
    `${app().base}/#token=${await mintCaptureToken({ secret, calls, lifetimeSeconds: 600, journey: 'customer' })}`
  return { app, link }
}
