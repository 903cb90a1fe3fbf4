// Where the journey reads under READ_ON, and what it does when the device cannot: the device reader (another
// module's, with its own tests) is stood in for; the choice, the ticket, the fallbacks and the errors are real.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { SPECIMEN_FIELDS } from '#testing/cards/specimen-fields.ts'
import type { DeviceReadingOutcome } from '#src/device-reader/device-reader-client.ts'
import { forgetClientConfig } from '#src/session/client-config.ts'
import { readerProgressShown } from '../lib/device-reader-progress.ts'
import { releaseDeviceReaderIfLoaded } from '../lib/device-reader-loader.ts'
import { readCardWith } from './read-on-device.ts'
import { RecognizeError } from './recognize-card.ts'

const device = vi.hoisted(() => ({
  support: { ok: true } as { ok: true } | { ok: false; reason: 'no-simd' },
  prepare: (_progress?: (loaded: number, total: number) => void): Promise<void> => Promise.resolve(),
  outcome: { kind: 'failed', reason: 'runtime' } as DeviceReadingOutcome,
  reads: 0,
}))
vi.mock('#src/device-reader/device-reader-client.ts', () => ({
  deviceReaderSupport: () => device.support,
  prepareDeviceReader: (progress?: (loaded: number, total: number) => void) => device.prepare(progress),
  readOnDevice: () => {
    device.reads++
    return Promise.resolve(device.outcome)
  },
  releaseDeviceReader: () => undefined,
}))

const image = new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type: 'image/jpeg' })
const CARD: DeviceReadingOutcome = {
  kind: 'card',
  result: { card: SPECIMEN_FIELDS, warnings: [], warningsChecked: [-9102], portraits: {} },
}
const SERVER_ANSWER = { requestId: 'server-1', card: SPECIMEN_FIELDS, warnings: [], portraits: {} }

/** The server as the browser meets it: recognize and device-reading answers, every call noted. */
function server(
  deviceReading: { status: number; body: unknown } = {
    status: 200,
    body: { requestId: 'dev-1', ticket: 't.1' },
  },
) {
  const calls: { path: string; body: unknown }[] = []
  vi.stubGlobal('fetch', (url: string, init: RequestInit = {}) => {
    const path = new URL(url, 'http://app').pathname
    calls.push({ path, body: init.body })
    const reply = (status: number, body: unknown) =>
      Promise.resolve(
        new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }),
      )
    if (path === '/api/client-config')
      return reply(200, { recordHostOrigin: null, recognizeDeadlineMs: 30_000, recordWebhook: null })
    if (path === '/api/hkid/recognize') return reply(200, SERVER_ANSWER)
    return reply(deviceReading.status, deviceReading.body)
  })
  return calls
}

async function failure(call: Promise<unknown>) {
  const error = await call.then(
    () => null,
    (thrown: unknown) => thrown,
  )
  expect(error).toBeInstanceOf(RecognizeError)
  return (error as RecognizeError).code
}

beforeEach(() => {
  vi.stubGlobal('navigator', { onLine: true })
  forgetClientConfig()
  releaseDeviceReaderIfLoaded()
  device.support = { ok: true }
  device.prepare = () => Promise.resolve()
  device.outcome = CARD
  device.reads = 0
})
afterEach(() => vi.unstubAllGlobals())

describe('READ_ON=device', () => {
  it('reads here, then asks the server for the ticket with an empty body: the photo is never posted', async () => {
    const calls = server()
    const result = await readCardWith('device', { image })
    expect(result).toMatchObject({
      requestId: 'dev-1',
      ticket: 't.1',
      readOn: 'device',
      card: SPECIMEN_FIELDS,
    })
    expect(calls).toEqual([{ path: '/api/hkid/device-reading', body: '{}' }])
  })

  it('says plainly when the reader cannot be had, and sends nothing', async () => {
    const calls = server()
    device.prepare = () => Promise.reject(new Error('download'))
    expect(await failure(readCardWith('device', { image }))).toBe('DEVICE_READER_UNAVAILABLE')
    device.prepare = () => Promise.resolve()
    device.outcome = { kind: 'failed', reason: 'memory' }
    expect(await failure(readCardWith('device', { image }))).toBe('DEVICE_READER_UNAVAILABLE')
    expect(calls).toEqual([])
  })

  it('answers a photo with no card as the server would, spending no call', async () => {
    const calls = server()
    device.outcome = { kind: 'no-card', code: 'NOT_HKID' }
    expect(await failure(readCardWith('device', { image }))).toBe('NOT_HKID')
    expect(calls).toEqual([])
  })

  it('passes on the server’s refusal of the ticket (a spent link)', async () => {
    server({ status: 401, body: { error: { code: 'UNAUTHORIZED', message: 'No.', requestId: 'r' } } })
    expect(await failure(readCardWith('device', { image }))).toBe('UNAUTHORIZED')
  })

  it('lets the server read when it has since been set to READ_ON=server', async () => {
    const calls = server({ status: 404, body: { error: { code: 'DEVICE_READING_OFF', message: 'Off.' } } })
    const result = await readCardWith('device', { image })
    expect(result).toMatchObject({ requestId: 'server-1', readOn: 'server' })
    expect(calls.map((call) => call.path)).toContain('/api/hkid/recognize')
  })

  it('shows the download’s progress only while a reading waits for it', async () => {
    server()
    let finish!: () => void
    device.prepare = (progress) => {
      progress?.(40, 100)
      return new Promise((resolve) => (finish = resolve))
    }
    const reading = readCardWith('device', { image })
    await vi.waitFor(() => expect(readerProgressShown()).toEqual({ loadedBytes: 40, totalBytes: 100 }))
    finish()
    await reading
    expect(readerProgressShown()).toBeNull()
  })
})

describe('READ_ON=auto', () => {
  it('reads on the server where the browser cannot read here, without trying', async () => {
    server()
    device.support = { ok: false, reason: 'no-simd' }
    expect(await readCardWith('auto', { image })).toMatchObject({ requestId: 'server-1', readOn: 'server' })
    expect(device.reads).toBe(0)
  })

  it('falls back to the server, silently, when the download or the reading fails', async () => {
    server()
    device.prepare = () => Promise.reject(new Error('download'))
    expect(await readCardWith('auto', { image })).toMatchObject({ readOn: 'server' })
    device.prepare = () => Promise.resolve()
    device.outcome = { kind: 'failed', reason: 'runtime' }
    expect(await readCardWith('auto', { image })).toMatchObject({ readOn: 'server' })
  })

  it('falls back to the server when the reader is not ready in time', async () => {
    vi.useFakeTimers()
    try {
      server()
      device.prepare = () => new Promise(() => undefined)
      const reading = readCardWith('auto', { image })
      await vi.advanceTimersByTimeAsync(15_000)
      expect(await reading).toMatchObject({ readOn: 'server' })
    } finally {
      vi.useRealTimers()
    }
  })

  it('reads here when it can', async () => {
    server()
    expect(await readCardWith('auto', { image })).toMatchObject({ readOn: 'device', requestId: 'dev-1' })
  })
})
