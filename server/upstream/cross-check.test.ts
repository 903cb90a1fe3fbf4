import { describe, expect, it } from 'vitest'
import { fakeLocalReader, NO_CARD_ANSWER, READER_ANSWER } from '#testing/server/fake-local-reader.ts'
import { normalizeHkidOcr } from '#src/hkid/normalize-card.ts'
import { crossCheckOf, startCrossCheck, type CrossReader } from './cross-check.ts'

const localCard = normalizeHkidOcr({ ...READER_ANSWER, Error: undefined }).card

describe('crossCheckOf', () => {
  it('lists exactly the fields that differ, ignoring whitespace, case and full-width forms', () => {
    const primary = {
      ...localCard,
      enName: 'tam,  mei ling',
      idNum: 'Ｋ２３４５６７（９）',
      birthday: '12-04-1978',
      sex: 'M' as const,
      permanent: false,
    }
    const checked = crossCheckOf({ ok: true, answer: READER_ANSWER }, primary)
    expect(checked).toMatchObject({ status: 'read', reader: 'local', card: localCard })
    expect(checked.status === 'read' && checked.differences).toEqual(['sex', 'birthday', 'permanent'])
    expect(checked.status === 'read' && checked.reading.uncertainFields).toEqual(['birthday', 'cnName'])
  })

  it('names why there is no second reading instead of failing', () => {
    expect(crossCheckOf({ ok: true, answer: NO_CARD_ANSWER }, localCard)).toEqual({
      status: 'unavailable',
      reader: 'local',
      reason: 'no-card',
    })
    const undecodable = { Error: { Code: 'FailedOperation.ImageDecodeFailed' as const } }
    expect(crossCheckOf({ ok: true, answer: undecodable }, localCard)).toMatchObject({ reason: 'unreadable' })
    expect(crossCheckOf({ ok: false, reason: 'busy' }, localCard)).toMatchObject({ reason: 'busy' })
  })
})

describe('startCrossCheck', () => {
  const asCrossReader =
    (read: (signal: AbortSignal) => Promise<unknown>): CrossReader =>
    async (_image, signal) => ({ ok: true, answer: (await read(signal)) as typeof READER_ANSWER })

  it('reads while the primary call runs, and compares once asked', async () => {
    const reader = fakeLocalReader()
    const pending = startCrossCheck(
      async (image, signal) => ({ ok: true, answer: await reader.read(image, { portraits: false, signal }) }),
      new Uint8Array(10),
      new AbortController().signal,
    )
    // Started before anyone asked for the result: in parallel with the upstream call.
    expect(reader.reads).toHaveLength(1)
    expect(await pending.against(localCard, 1000)).toMatchObject({ status: 'read', differences: [] })
  })

  it('gives up on a reading slower than the call’s deadline, and stops it', async () => {
    let stopped = false
    const pending = startCrossCheck(
      asCrossReader(
        (signal) =>
          new Promise((_resolve, reject) =>
            signal.addEventListener('abort', () => {
              stopped = true
              reject(signal.reason)
            }),
          ),
      ),
      new Uint8Array(1),
      new AbortController().signal,
    )
    expect(await pending.against(localCard, 5)).toMatchObject({ status: 'unavailable', reason: 'timeout' })
    expect(stopped).toBe(true)
  })

  it('turns a reader that throws into "failed", and stops the reading when the client leaves or the call fails', async () => {
    const thrown = startCrossCheck(
      () => Promise.reject(new Error('boom')),
      new Uint8Array(1),
      new AbortController().signal,
    )
    expect(await thrown.against(localCard, 1000)).toMatchObject({ reason: 'failed' })

    const signals: AbortSignal[] = []
    const hang = asCrossReader((signal) => (signals.push(signal), new Promise(() => {})))
    const client = new AbortController()
    startCrossCheck(hang, new Uint8Array(1), client.signal)
    client.abort()
    startCrossCheck(hang, new Uint8Array(1), new AbortController().signal).cancel()
    expect(signals.map((signal) => signal.aborted)).toEqual([true, true])
  })
})
