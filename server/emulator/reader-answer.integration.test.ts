// The emulator's answer switch: in 'local-reader' mode it answers with what the reader read (here a stand-in:
// these tests are about the emulator around the reader), keeping Tencent's protocol, errors and fault injection.
import { beforeEach, describe, expect, it } from 'vitest'
import { ImageLimitError } from '#server/image/image-header.ts'
import { PoolBusyError } from '#server/image/worker-pool.ts'
import { encodeJpeg } from '#server/image/encode-jpeg.ts'
import { drawSyntheticCard } from '#testing/cards/synthetic-card.ts'
import {
  fakeLocalReader,
  NO_CARD_ANSWER,
  READER_ANSWER,
  type FakeLocalReader,
} from '#testing/server/fake-local-reader.ts'
import { signedCall, toBase64 } from '#testing/server/signed-call.ts'
import { DEMO_SECRET_ID, DEMO_SECRET_KEY } from './demo-keys.ts'
import { createEmulatorApp, type EmulatorApp } from './emulator-app.ts'
import { SPECIMEN_CARD } from './specimen-card.ts'

const URL = 'http://emulator.test'
const image = encodeJpeg(drawSyntheticCard(400))
const body = { ImageBase64: toBase64(image), ReturnHeadImage: true }

function emulator(reader: FakeLocalReader | undefined, answer?: 'local-reader' | 'specimen'): EmulatorApp {
  return createEmulatorApp({
    secretId: DEMO_SECRET_ID,
    secretKey: DEMO_SECRET_KEY,
    control: true,
    rateLimitPerSecond: 1000,
    ...(answer ? { answer } : {}),
    ...(reader ? { reader } : {}),
  })
}

const call = (app: EmulatorApp) => signedCall(URL, { body, fetcher: (url, init) => app.request(url, init) })

const control = (app: EmulatorApp, path: string, json?: unknown) =>
  app.request(`${URL}/__emulator/${path}`, {
    method: json === undefined ? 'GET' : 'POST',
    ...(json === undefined
      ? {}
      : { body: JSON.stringify(json), headers: { 'Content-Type': 'application/json' } }),
  })

let reader: FakeLocalReader
beforeEach(() => {
  reader = fakeLocalReader()
})

describe('answering with the local reader', () => {
  it('sends the reader’s fields, warnings and LocalReading on in Tencent’s shape, with its own RequestId', async () => {
    const app = emulator(reader, 'local-reader')
    const answer = await call(app)
    expect(answer.errorCode).toBeUndefined()
    const {
      HeadImage: _h,
      SmallHeadImage: _s,
      LocalReading,
      ...fields
    } = READER_ANSWER as Record<string, unknown>
    expect(answer.response).toMatchObject({ ...fields, LocalReading })
    expect(answer.response?.RequestId).toMatch(/^[0-9a-f-]{36}$/)
    // The image the endpoint sent, decoded from base64, is what the reader was given.
    expect(reader.reads).toEqual([
      { bytes: image.byteLength, options: expect.objectContaining({ portraits: true }) },
    ])
  })

  it('answers Tencent’s NoHKIDCard when the reader finds no card', async () => {
    const app = emulator(fakeLocalReader(NO_CARD_ANSWER), 'local-reader')
    const answer = await call(app)
    expect(answer.status).toBe(200)
    expect(answer.errorCode).toBe('FailedOperation.NoHKIDCard')
  })

  it('says the service is busy when every reader worker is, and fails honestly when the reader breaks', async () => {
    const busy = emulator(
      fakeLocalReader(() => Promise.reject(new PoolBusyError('full'))),
      'local-reader',
    )
    expect((await call(busy)).errorCode).toBe('RequestLimitExceeded')
    const broken = emulator(
      fakeLocalReader(() => Promise.reject(new Error('model file missing'))),
      'local-reader',
    )
    const answer = await call(broken)
    expect(answer.errorCode).toBe('FailedOperation.UnKnowError')
    expect(answer.text).not.toContain('model file missing')
  })

  it('answers an image over what the reader takes (refused before reading) as undecodable', async () => {
    const over = emulator(
      fakeLocalReader(() => Promise.reject(new ImageLimitError('JPEG has more than 64 scans'))),
      'local-reader',
    )
    expect((await call(over)).errorCode).toBe('FailedOperation.ImageDecodeFailed')
  })

  it('still lets a test script warnings, fields and errors on top of the reading', async () => {
    const app = emulator(reader, 'local-reader')
    await control(app, 'next', { warnings: [-9102], card: { Symbol: 'AZ' } })
    await control(app, 'next', { error: { code: 'FailedOperation.OcrFailed' } })
    const first = await call(app)
    expect(first.response).toMatchObject({ IdNum: READER_ANSWER.IdNum, Symbol: 'AZ', WarnCardInfos: [-9102] })
    expect((await call(app)).errorCode).toBe('FailedOperation.OcrFailed')
    expect(reader.reads).toHaveLength(1)
  })
})

describe('switching the answer', () => {
  it('answers with the specimen by default, never asking the reader', async () => {
    const app = emulator(reader)
    expect((await call(app)).response).toMatchObject({ IdNum: SPECIMEN_CARD.IdNum })
    expect(reader.reads).toHaveLength(0)
    expect(app.answerMode()).toBe('specimen')
  })

  it('switches per test through the control route, loading the models first, until a reset', async () => {
    const app = emulator(reader, 'specimen')
    const switched = await control(app, 'answer', { mode: 'local-reader' })
    expect(await switched.json()).toEqual({ mode: 'local-reader' })
    expect(reader.warmUps).toBe(1)
    expect((await call(app)).response?.IdNum).toBe(READER_ANSWER.IdNum)
    expect(await (await control(app, 'answer')).json()).toEqual({ mode: 'local-reader' })

    await control(app, 'reset', {})
    expect(app.answerMode()).toBe('specimen')
    expect((await call(app)).response?.IdNum).toBe(SPECIMEN_CARD.IdNum)
  })

  it('goes back to the local reader on reset when that is what it started with', async () => {
    const app = emulator(reader, 'local-reader')
    await control(app, 'answer', { mode: 'specimen' })
    expect((await call(app)).response?.IdNum).toBe(SPECIMEN_CARD.IdNum)
    await control(app, 'reset', {})
    expect((await call(app)).response?.IdNum).toBe(READER_ANSWER.IdNum)
  })

  it('refuses a mode it does not know, and the local reader when it has none', async () => {
    const app = emulator(undefined)
    expect((await control(app, 'answer', { mode: 'tencent' })).status).toBe(400)
    expect((await control(app, 'answer', { mode: 'local-reader', extra: 1 })).status).toBe(400)
    expect((await control(app, 'answer', { mode: 'local-reader' })).status).toBe(409)
    expect(app.answerMode()).toBe('specimen')
    expect(() => emulator(undefined, 'local-reader')).toThrow(/without one/)
  })

  it('has no control route without EMULATOR_CONTROL', async () => {
    const app = createEmulatorApp({ secretId: DEMO_SECRET_ID, secretKey: DEMO_SECRET_KEY, reader })
    expect((await control(app, 'answer', { mode: 'local-reader' })).status).not.toBe(200)
    expect(app.answerMode()).toBe('specimen')
  })
})
