import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { DEMO_SECRET_ID, DEMO_SECRET_KEY } from './demo-keys.ts'
import { createEmulatorApp } from './emulator-app.ts'
import { OutcomeQueue, RateWindow } from './outcome-control.ts'
import { SPECIMEN_CARD } from './specimen-card.ts'
import { startEmulator } from './start-emulator.ts'
import type { RunningEmulator } from './start-emulator.ts'
import { encodeJpeg } from '#server/image/encode-jpeg.ts'
import { drawSyntheticCard } from '#testing/cards/synthetic-card.ts'
import { signedCall, toBase64 } from '#testing/server/signed-call.ts'

const body = { ImageBase64: toBase64(encodeJpeg(drawSyntheticCard(400))) }

let emulator: RunningEmulator
beforeAll(async () => {
  emulator = await startEmulator({ control: true, rateLimitPerSecond: 1000 })
})
afterAll(() => emulator.close())
beforeEach(async () => {
  await fetch(`${emulator.url}/__emulator/reset`, { method: 'POST' })
})

async function queue(outcome: unknown): Promise<Response> {
  return fetch(`${emulator.url}/__emulator/next`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(outcome),
  })
}

const call = () => signedCall(emulator.url, { body })

describe('scripted outcomes over HTTP', () => {
  it('returns a queued error once, then answers normally', async () => {
    expect((await queue({ error: { code: 'FailedOperation.OcrFailed', message: 'scripted' } })).status).toBe(
      200,
    )
    const first = await call()
    expect(first.errorCode).toBe('FailedOperation.OcrFailed')
    expect(first.response?.Error).toEqual({ Code: 'FailedOperation.OcrFailed', Message: 'scripted' })
    expect(first.response?.RequestId).toEqual(expect.any(String))
    const second = await call()
    expect(second.errorCode).toBeUndefined()
    expect(second.response?.IdNum).toBe(SPECIMEN_CARD.IdNum)
  })

  it('applies an outcome `times` times, and queues outcomes first in, first out', async () => {
    await queue({ error: { code: 'InternalError' }, times: 2 })
    await queue({ error: { code: 'FailedOperation.UnKnowError' } })
    const codes = [
      (await call()).errorCode,
      (await call()).errorCode,
      (await call()).errorCode,
      (await call()).errorCode,
    ]
    expect(codes).toEqual(['InternalError', 'InternalError', 'FailedOperation.UnKnowError', undefined])
  })

  it('overrides card fields and adds warnings, keeping the rest', async () => {
    await queue({ card: { IdNum: 'A123456(4)', Permanent: -1 }, warnings: [-9102] })
    const answer = await call()
    expect(answer.response).toMatchObject({
      ...SPECIMEN_CARD,
      IdNum: 'A123456(4)',
      Permanent: -1,
      WarnCardInfos: [-9102],
    })
  })

  it('delays the answer, then still answers normally or with the error', async () => {
    await queue({ delayMs: 300 })
    await queue({ delayMs: 200, error: { code: 'RequestLimitExceeded' } })
    let started = performance.now()
    expect((await call()).response?.IdNum).toBe(SPECIMEN_CARD.IdNum)
    expect(performance.now() - started).toBeGreaterThanOrEqual(280)
    started = performance.now()
    expect((await call()).errorCode).toBe('RequestLimitExceeded')
    expect(performance.now() - started).toBeGreaterThanOrEqual(180)
  })

  it('answers with the malformed variants', async () => {
    await queue({ malformed: 'not-json' })
    await queue({ malformed: 'bad-shape' })
    await queue({ malformed: 'http-500' })
    const notJson = await call()
    expect([notJson.status, notJson.text, notJson.response]).toEqual([200, '<html>oops', undefined])
    const badShape = await call()
    expect([badShape.status, JSON.parse(badShape.text)]).toEqual([200, { Response: { Foo: 1 } }])
    const http500 = await call()
    expect(http500.status).toBe(500)
    expect(http500.response).toBeUndefined()
  })

  it('only applies an outcome after authentication passed', async () => {
    await queue({ error: { code: 'InternalError' } })
    expect((await signedCall(emulator.url, { body, secretKey: 'wrong' })).errorCode).toBe(
      'AuthFailure.SignatureFailure',
    )
    expect((await call()).errorCode).toBe('InternalError')
  })

  it('counts every API call with its signature, and reset clears counts and the queue', async () => {
    await call()
    await signedCall(emulator.url, { body, secretKey: 'wrong' })
    // X-TC-Action is not signed, so a distinct body is what makes this third signature differ.
    await signedCall(emulator.url, { body: { ...body, ReturnHeadImage: false }, action: 'Other' })
    await fetch(`${emulator.url}/`, { method: 'POST', body: '{}' })
    const stats = (await (await fetch(`${emulator.url}/__emulator/stats`)).json()) as {
      calls: number
      signatures: string[]
      requestIds: string[]
    }
    expect(stats.calls).toBe(4)
    expect(new Set(stats.requestIds).size).toBe(4)
    expect(stats.signatures).toHaveLength(3)
    expect(new Set(stats.signatures).size).toBe(3)
    for (const signature of stats.signatures) expect(signature).toMatch(/^[0-9a-f]{64}$/)

    await queue({ error: { code: 'InternalError' }, times: 2 })
    expect(
      ((await (await fetch(`${emulator.url}/__emulator/stats`)).json()) as { pending: number }).pending,
    ).toBe(2)
    await fetch(`${emulator.url}/__emulator/reset`, { method: 'POST' })
    expect(await (await fetch(`${emulator.url}/__emulator/stats`)).json()).toEqual({
      calls: 0,
      signatures: [],
      arrivals: [],
      requestIds: [],
      pending: 0,
    })
    expect((await call()).errorCode).toBeUndefined()
  })

  it.each([
    ['not JSON', 'nope'],
    ['times 0', JSON.stringify({ times: 0 })],
    ['an unknown malformed kind', JSON.stringify({ malformed: 'empty' })],
    ['an error without code', JSON.stringify({ error: { message: 'x' } })],
    ['an unknown key', JSON.stringify({ eror: { code: 'x' } })],
    ['a negative delay', JSON.stringify({ delayMs: -1 })],
  ])('refuses %s with 400', async (_name, text) => {
    const res = await fetch(`${emulator.url}/__emulator/next`, { method: 'POST', body: text })
    expect(res.status).toBe(400)
  })
})

describe('OutcomeQueue', () => {
  it('hands out each outcome `times` times in order and counts what is pending', () => {
    const outcomes = new OutcomeQueue()
    expect(outcomes.take()).toBeNull()
    outcomes.push({ delayMs: 1, times: 2 })
    outcomes.push({ malformed: 'http-500' })
    expect(outcomes.pending).toBe(3)
    expect([outcomes.take(), outcomes.take(), outcomes.take(), outcomes.take()]).toEqual([
      { delayMs: 1 },
      { delayMs: 1 },
      { malformed: 'http-500' },
      null,
    ])
  })
})

describe('rate window', () => {
  it('allows `limit` calls in any 1000 ms and slides', () => {
    const window = new RateWindow(2)
    expect([window.tryAcquire(0), window.tryAcquire(10), window.tryAcquire(999)]).toEqual([true, true, false])
    expect([window.tryAcquire(1000), window.tryAcquire(1005), window.tryAcquire(1010)]).toEqual([
      true,
      false,
      true,
    ])
  })

  it('uses the injected clock in the app for the limit and the signature age', async () => {
    let nowMs = Date.now()
    const app = createEmulatorApp({
      secretId: DEMO_SECRET_ID,
      secretKey: DEMO_SECRET_KEY,
      rateLimitPerSecond: 1,
      now: () => nowMs,
    })
    const fetcher = (url: string, init: RequestInit) => app.request(url, init)
    const viaApp = (timestamp = Math.floor(nowMs / 1000)) =>
      signedCall('http://emulator.test', { body: { ImageBase64: '' }, fetcher, timestamp })
    expect((await viaApp()).errorCode).toBe('InvalidParameter')
    expect((await viaApp()).errorCode).toBe('RequestLimitExceeded')
    nowMs += 1000
    expect((await viaApp()).errorCode).toBe('InvalidParameter')
    const signedAt = Math.floor(nowMs / 1000)
    nowMs += 301_000
    expect((await viaApp(signedAt)).errorCode).toBe('AuthFailure.SignatureExpire')
  })
})
