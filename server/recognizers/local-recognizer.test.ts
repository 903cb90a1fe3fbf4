// The local recognizer's outcomes in our words, around a reader that answers as told (the reader itself is read
// for real in local-recognizer.integration.test.ts): a full queue is our BUSY and leaves the call unspent.
import { describe, expect, it } from 'vitest'
import { ImageLimitError } from '#server/image/image-header.ts'
import {
  OwnerBusyError,
  PoolBusyError,
  TaskAbortedError,
  TaskTimeoutError,
  WorkerCrashedError,
} from '#server/image/worker-pool.ts'
import type { LocalReader } from '#server/reader/local-reader.ts'
import type { LocalReaderAnswer } from '#server/reader/local-reader-answer.ts'
import type { UpstreamLimiter } from '#server/upstream/upstream-limiter.ts'
import { localRecognizer } from './local-recognizer.ts'

/** A reader whose every read does `read` */
function readerThat(read: LocalReader['read']): LocalReader {
  return { read, warmUp: async () => {}, close: async () => {} }
}

const card: LocalReaderAnswer = {
  CnName: '陳大文',
  EnName: 'CHAN, Tai Man',
  TelexCode: '7115 1129 2429',
  Sex: '男 M',
  Birthday: '01-01-1990',
  Permanent: 1,
  IdNum: 'A123456(3)',
  Symbol: '***AZ',
  FirstIssueDate: '01-79',
  CurrentIssueDate: '15-09-18',
  WindowEmbeddedText: '',
  HKIDVersion: '2018',
  HeadImage: null,
  SmallHeadImage: null,
  WarnCardInfos: [-9108],
  LocalReading: { UncertainFields: ['EnName'] },
}

function recognize(reader: LocalReader, signal = new AbortController().signal, timeoutMs = 5000) {
  const recognizer = localRecognizer(reader, { timeoutMs })({ limiter: {} as UpstreamLimiter })
  return recognizer.recognize(new Uint8Array([0xff, 0xd8]), { portraits: true, signal, requestId: 'ours' })
}

describe('local recognizer', () => {
  it('says what it is, and answers the reading normalized, the call spent', async () => {
    const reader = readerThat(async () => card)
    const recognizer = localRecognizer(reader, { timeoutMs: 5000 })({ limiter: {} as UpstreamLimiter })
    expect([recognizer.kind, recognizer.crossCheck]).toEqual(['local-reader', false])
    const outcome = await recognize(reader)
    if (outcome.kind !== 'card') throw new Error(outcome.kind)
    expect(outcome.spent).toBe(true)
    expect(outcome.result.card.idNum).toBe('A123456(3)')
    expect(outcome.result.requestId).toBe('ours')
    expect(outcome.result.reading).toEqual({ reader: 'local', uncertainFields: ['enName'] })
  })

  it('a full reader queue is our own BUSY with Retry-After, and the call is not spent', async () => {
    const outcome = await recognize(readerThat(() => Promise.reject(new PoolBusyError('full'))))
    expect(outcome).toMatchObject({
      kind: 'error',
      code: 'BUSY',

      retryAfterSeconds: 2,
      spent: false,
    })
  })

  it.each([
    ['FailedOperation.NoHKIDCard', 'NOT_HKID'],
    ['FailedOperation.ImageDecodeFailed', 'IMAGE_UNREADABLE'],
  ] as const)('%s from the reader is 422 %s, as docs/errors.md says', async (Code, code) => {
    const outcome = await recognize(readerThat(async () => ({ Error: { Code } })))
    expect(outcome).toMatchObject({ kind: 'error', code, spent: true })
  })

  it('a reader that fails is RECOGNITION_FAILED; one past the deadline UPSTREAM_TIMEOUT', async () => {
    expect(await recognize(readerThat(() => Promise.reject(new WorkerCrashedError('exited'))))).toMatchObject(
      { kind: 'error', code: 'RECOGNITION_FAILED', spent: true },
    )
    // Past the image's own time budget: its worker was stopped; a busy server looks the same, so it is a timeout
    expect(await recognize(readerThat(() => Promise.reject(new TaskTimeoutError('slow'))))).toMatchObject({
      kind: 'error',
      code: 'UPSTREAM_TIMEOUT',
      spent: true,
      log: { upstreamCode: 'reading-over-budget' },
    })
    // The deadline reaches the reader as its signal: a reading that never ends is given up in time.
    const never = readerThat(
      (_bytes, { signal }) =>
        new Promise((_resolve, reject) => signal?.addEventListener('abort', () => reject(signal.reason))),
    )
    const started = performance.now()
    expect(await recognize(never, new AbortController().signal, 50)).toMatchObject({
      kind: 'error',
      code: 'UPSTREAM_TIMEOUT',
    })
    expect(performance.now() - started).toBeLessThan(2000)
  })

  it('refusals before any reading leave the call unspent: over its limits, over its share, dropped from the queue', async () => {
    expect(
      await recognize(readerThat(() => Promise.reject(new ImageLimitError('JPEG has more than 64 scans')))),
    ).toMatchObject({ kind: 'error', code: 'IMAGE_UNREADABLE', spent: false })
    expect(await recognize(readerThat(() => Promise.reject(new OwnerBusyError('share'))))).toMatchObject({
      kind: 'error',
      code: 'BUSY',
      retryAfterSeconds: 2,
      spent: false,
      log: { upstreamCode: 'reader-share-full' },
    })
    const client = new AbortController()
    client.abort()
    const dropped = readerThat(() => Promise.reject(new TaskAbortedError(false, client.signal.reason)))
    expect(await recognize(dropped, client.signal)).toMatchObject({ kind: 'client-closed', spent: false })
    const stopped = readerThat(() => Promise.reject(new TaskAbortedError(true, client.signal.reason)))
    expect(await recognize(stopped, client.signal)).toMatchObject({ kind: 'client-closed', spent: true })
  })

  it('the client leaving ends the reading: client-closed', async () => {
    const client = new AbortController()
    const pending = recognize(
      readerThat(
        (_bytes, { signal }) =>
          new Promise((_resolve, reject) => signal?.addEventListener('abort', () => reject(signal.reason))),
      ),
      client.signal,
    )
    client.abort()
    expect(await pending).toMatchObject({ kind: 'client-closed' })
  })
})
