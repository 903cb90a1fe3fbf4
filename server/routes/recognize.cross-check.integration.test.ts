// LOCAL_CROSSCHECK through the real endpoint: the emulator (its specimen) stands in for Tencent over TC3-signed
// HTTP, and a stand-in for the local reader gives the second reading. The route's part is what is tested here:
// both readings in one answer, the differences named, and a local failure never failing the request.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { recognizeResultSchema } from '#src/hkid/recognize-contract.ts'
import { SPECIMEN_CARD } from '#server/emulator/specimen-card.ts'
import type { CrossReader } from '#server/upstream/cross-check.ts'
import { postImage, specimenCard, startHarness, type Harness } from '#testing/server/endpoint-harness.ts'
import { fakeLocalReader, READER_ANSWER } from '#testing/server/fake-local-reader.ts'

let harness: Harness
beforeAll(async () => {
  harness = await startHarness()
})
afterAll(() => harness.close())
beforeEach(() => harness.reset())

const readerAs =
  (reader = fakeLocalReader()): CrossReader =>
  async (image, signal) => ({ ok: true, answer: await reader.read(image, { portraits: false, signal }) })

describe('cross-checking the upstream with the local reader', () => {
  it('answers Tencent’s reading with the local one beside it and every field where they differ', async () => {
    const app = harness.appWith({ crossCheck: readerAs() })
    const response = await postImage(app, specimenCard)
    expect(response.status).toBe(200)
    const result = recognizeResultSchema.parse(await response.json())
    expect(result.card.idNum).toBe(SPECIMEN_CARD.IdNum)
    expect(result.reading).toEqual({ reader: 'tencent', uncertainFields: [] })
    expect(result.crossCheck).toMatchObject({ status: 'read', reader: 'local' })
    if (result.crossCheck?.status !== 'read') throw new Error('no second reading')
    expect(result.crossCheck.card.idNum).toBe(READER_ANSWER.IdNum)
    // Same version and same symbols on both cards; every other field differs.
    expect(result.crossCheck.differences).toEqual([
      'cnName',
      'enName',
      'telexCode',
      'sex',
      'birthday',
      'idNum',
      'firstIssueDate',
      'currentIssueDate',
      'windowEmbeddedText',
    ])
    expect(result.crossCheck.reading.cnNameCharacters?.[0]).toEqual({
      char: '譚',
      code: '6223',
      confirmed: false,
    })
    // The log says how many fields differed, never what they were.
    const line = harness.logs.find((entry) => entry.includes('"crossCheck"'))
    expect(JSON.parse(line!).crossCheck).toBe('differs:9')
    expect(harness.logs.join('\n')).not.toContain(READER_ANSWER.IdNum as string)
  })

  it('still answers when the local reading fails, saying there was none', async () => {
    const app = harness.appWith({
      crossCheck: async () => ({ ok: false, reason: 'busy' }),
    })
    const result = recognizeResultSchema.parse(await (await postImage(app, specimenCard)).json())
    expect(result.card.idNum).toBe(SPECIMEN_CARD.IdNum)
    expect(result.crossCheck).toEqual({ status: 'unavailable', reader: 'local', reason: 'busy' })
    const thrown = harness.appWith({ crossCheck: () => Promise.reject(new Error('worker died')) })
    const answer = await postImage(thrown, specimenCard)
    expect(answer.status).toBe(200)
    expect(recognizeResultSchema.parse(await answer.json()).crossCheck).toMatchObject({ reason: 'failed' })
  })

  it('stops the local reading when the upstream fails, and answers the upstream’s error', async () => {
    let stopped: boolean | undefined
    const app = harness.appWith({
      crossCheck: (_image, signal) =>
        new Promise((resolve) =>
          signal.addEventListener('abort', () => {
            stopped = true
            resolve({ ok: false, reason: 'failed' })
          }),
        ),
    })
    await harness.next({ error: { code: 'FailedOperation.NoHKIDCard' } })
    const response = await postImage(app, specimenCard)
    expect(response.status).toBe(422)
    expect(stopped).toBe(true)
  })

  it('reports the cross-check in health, and nothing of it without one', async () => {
    const on = harness.appWith({ crossCheck: readerAs() })
    expect(await (await on.request('/api/health')).json()).toEqual({
      ok: true,
      upstream: 'tencent',
      crossCheck: true,
    })
    const off = harness.appWith()
    const plain = recognizeResultSchema.parse(await (await postImage(off, specimenCard)).json())
    expect([plain.reading, plain.crossCheck]).toEqual([undefined, undefined])
  })
})
