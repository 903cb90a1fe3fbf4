// A card read under READ_ON=device|auto: on this device when it reads here (the photo stays on the device, and
// the server gives the request ID and ticket only), else — or with `auto`, when the reader failed to arrive in
// time or to run — by the server, saying nothing. The result says where it was read (`readOn`), which the
// verified record keeps as `reader`. Loaded lazily: the first screen never carries it.
import type { ReadOn } from '#src/hkid/client-config.ts'
import { recognizeResultSchema, type RecognizeResult } from '#src/hkid/recognize-contract.ts'
import { setWaitingForReader } from '../lib/device-reader-progress.ts'
import { deviceReaderReady, loadDeviceReader, prepareReader, readerFor } from '../lib/device-reader-loader.ts'
import { fetchDeviceReadingTicket } from './device-reading-ticket.ts'
import { RecognizeError, recognizeCard, type RecognizeCardInput } from './recognize-card.ts'

/** With `auto`, how long a reading waits for a reader still downloading before the server reads instead. */
export const AUTO_READER_WAIT_MS = 15_000

type Attempt =
  | { kind: 'card'; result: Omit<RecognizeResult, 'requestId' | 'ticket'> }
  | { kind: 'no-card'; code: 'NOT_HKID' | 'IMAGE_UNREADABLE' }
  | { kind: 'unavailable' }

const UNAVAILABLE: Attempt = { kind: 'unavailable' }

function abortable<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work
  return Promise.race([
    work,
    new Promise<never>((_, reject) => {
      if (signal.aborted) reject(signal.reason)
      signal.addEventListener('abort', () => reject(signal.reason), { once: true })
    }),
  ])
}

/** Resolves false when the reader did not get ready (failed, or not within `waitMs`). */
function readyWithin(prepared: Promise<void>, waitMs: number | undefined): Promise<boolean> {
  const ok = prepared.then(
    () => true,
    () => false,
  )
  if (waitMs === undefined) return ok
  return Promise.race([ok, new Promise<boolean>((resolve) => setTimeout(() => resolve(false), waitMs))])
}

async function readHere({ image, signal }: RecognizeCardInput, waitMs?: number): Promise<Attempt> {
  let reader
  try {
    reader = await abortable(loadDeviceReader(), signal)
  } catch (error) {
    if (signal?.aborted) throw error
    return UNAVAILABLE
  }
  // The download started when the camera opened; the screen shows its progress only if it is still going.
  if (!deviceReaderReady()) setWaitingForReader(true)
  try {
    if (!(await abortable(readyWithin(prepareReader(reader), waitMs), signal))) return UNAVAILABLE
  } finally {
    setWaitingForReader(false)
  }
  const outcome = await reader.readOnDevice(image, signal ? { signal } : {})
  if (outcome.kind === 'failed') return UNAVAILABLE
  if (outcome.kind === 'no-card') return outcome
  return { kind: 'card', result: outcome.result }
}

async function withTicket(attempt: Extract<Attempt, { kind: 'card' }>, input: RecognizeCardInput) {
  const { requestId, ticket } = await fetchDeviceReadingTicket(input.signal)
  const parsed = recognizeResultSchema.safeParse({
    ...attempt.result,
    requestId,
    ...(ticket ? { ticket } : {}),
    readOn: 'device',
  })
  if (!parsed.success) throw new RecognizeError('INVALID_RESPONSE', requestId)
  return parsed.data
}

export async function readCardWith(
  readOn: Exclude<ReadOn, 'server'>,
  input: RecognizeCardInput,
): Promise<RecognizeResult> {
  if ((await readerFor(readOn)) === 'server') return recognizeCard(input)
  const attempt = await readHere(input, readOn === 'auto' ? AUTO_READER_WAIT_MS : undefined)
  if (attempt.kind === 'unavailable') {
    if (readOn === 'auto') return recognizeCard(input)
    throw new RecognizeError('DEVICE_READER_UNAVAILABLE')
  }
  // What the server would answer for the same photo; no call of the link is spent on it.
  if (attempt.kind === 'no-card') throw new RecognizeError(attempt.code)
  try {
    return await withTicket(attempt, input)
  } catch (error) {
    // The server was switched to READ_ON=server since this page asked: it reads the photo itself.
    if (error instanceof RecognizeError && error.code === 'DEVICE_READING_OFF') return recognizeCard(input)
    throw error
  }
}
