// The local reader is reached in-process: a card recognized through the app with no Tencent keys opens no client
// socket — no loopback HTTP, no signature. The same watch sees the Tencent recognizer's call to the emulator open
// one, so the zero is a measurement, not a watch that sees nothing. (The reader's worker reads files, not sockets.)
import { subscribe, unsubscribe } from 'node:diagnostics_channel'
import { Socket } from 'node:net'
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '#server/app.ts'
import { appOptionsFromConfig } from '#server/app-options.ts'
import { loadConfig, type ServerConfig } from '#server/config.ts'
import { DEMO_SECRET_ID, DEMO_SECRET_KEY } from '#server/emulator/demo-keys.ts'
import { SPECIMEN_CARD } from '#server/emulator/specimen-card.ts'
import { startEmulator, type RunningEmulator } from '#server/emulator/start-emulator.ts'
import { recognizeResultSchema } from '#src/hkid/recognize-contract.ts'
import { fixtures } from '#testing/fixtures/fixture-files.ts'
import { recognizerForNode, type NodeRecognizer } from './recognizer-for-node.ts'

const card = new Uint8Array(readFileSync(fixtures.cardScene))
// Model loading and inference on a shared 2-core machine
const SLOW = 180_000

function configOf(env: Record<string, string>): ServerConfig {
  const loaded = loadConfig(env)
  if (!loaded.ok) throw new Error(loaded.problems.join('; '))
  return loaded.config
}

/** Client sockets opened in this thread while `during` runs, seen twice: the net channel and Socket#connect. */
async function clientSocketsDuring<T>(during: () => Promise<T>): Promise<{ value: T; sockets: number }> {
  let published = 0
  let connects = 0
  const onSocket = () => published++
  const connect = Socket.prototype.connect
  subscribe('net.client.socket', onSocket)
  Socket.prototype.connect = function (this: Socket, ...args: unknown[]) {
    connects++
    return (connect as (...a: unknown[]) => Socket).apply(this, args)
  } as typeof connect
  try {
    const value = await during()
    expect(published).toBe(connects)
    return { value, sockets: published }
  } finally {
    Socket.prototype.connect = connect
    unsubscribe('net.client.socket', onSocket)
  }
}

function post(app: ReturnType<typeof createApp>): Promise<Response> {
  return Promise.resolve(
    app.request('/api/hkid/recognize', {
      method: 'POST',
      body: card,
      headers: { 'Content-Type': 'image/jpeg' },
    }),
  )
}

describe('the recognizer chosen from the configuration', () => {
  let local: NodeRecognizer
  let emulator: RunningEmulator
  beforeAll(async () => {
    emulator = await startEmulator({ answer: 'specimen' })
  })
  afterAll(async () => {
    await local?.close()
    await emulator?.close()
  })

  it(
    'with no keys reads the card in this process: the holder’s fields, and no socket opened',
    async () => {
      // Room for the models to load on a busy machine: this is about the path, not the time.
      const config = configOf({ UPSTREAM_TIMEOUT_MS: '60000' })
      local = recognizerForNode(config)
      const app = createApp({ ...appOptionsFromConfig(config), recognizer: local.choice, logSink: () => {} })
      expect(await (await app.request('/api/health')).json()).toEqual({ ok: true, upstream: 'local-reader' })
      const { value: response, sockets } = await clientSocketsDuring(() => post(app))
      expect(response.status).toBe(200)
      const result = recognizeResultSchema.parse(await response.json())
      expect(result.card.idNum).toBe(SPECIMEN_CARD.IdNum)
      expect(result.reading?.reader).toBe('local')
      expect(sockets).toBe(0)
    },
    SLOW,
  )

  it('with keys calls the upstream over HTTP: the same watch sees its socket (the control)', async () => {
    const config = configOf({
      TENCENTCLOUD_SECRET_ID: DEMO_SECRET_ID,
      TENCENTCLOUD_SECRET_KEY: DEMO_SECRET_KEY,
      OCR_ENDPOINT: emulator.url,
      ALLOW_ANONYMOUS: '1',
    })
    const tencent = recognizerForNode(config)
    const app = createApp({ ...appOptionsFromConfig(config), recognizer: tencent.choice, logSink: () => {} })
    expect(await (await app.request('/api/health')).json()).toEqual({ ok: true, upstream: 'tencent' })
    const { value: response, sockets } = await clientSocketsDuring(() => post(app))
    expect(response.status).toBe(200)
    expect(sockets).toBeGreaterThanOrEqual(1)
    await tencent.close()
  })
})
