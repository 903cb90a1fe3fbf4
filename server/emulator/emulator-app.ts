// The emulator of Tencent Cloud's HKIDCardOCR as a Hono app: same wire protocol, real TC3 verification, and an
// answer that is either the local reader's reading of the image or the fixed specimen card (answer-mode.ts).
// For tests, `npm run emulator` and fault injection; the production path never imports it (eslint.config.js).
import { getConnInfo } from '@hono/node-server/conninfo'
import { Hono } from 'hono'
import type { Context } from 'hono'
import { readBodyWithLimit } from '#server/http/read-body.ts'
import { sharedWorkerPool, type WorkerPool } from '#server/image/worker-pool.ts'
import type { LocalReader } from '#server/reader/local-reader.ts'
import { AnswerSwitch, answerControlSchema, type EmulatorAnswer } from './answer-mode.ts'
import {
  imageRequest,
  MAX_IMAGE_BASE64_LENGTH,
  recognizeSpecimen,
  specimenAnswer,
  tencentError,
} from './emulator-recognize.ts'
import { EmulatorStats, OutcomeQueue, RateWindow, scriptedOutcomeSchema } from './outcome-control.ts'
import type { ScriptedOutcome } from './outcome-control.ts'
import { answerWithLocalReader } from './reader-answer.ts'
import { parseAuthorization, verifyTc3Request } from './verify-request.ts'

export const EMULATOR_ACTION = 'HKIDCardOCR'
export const EMULATOR_VERSION = '2018-11-19'
export const EMULATOR_SERVICE = 'ocr'
export { MAX_IMAGE_BASE64_LENGTH } from './emulator-recognize.ts'
/** Tencent's default QPS for HKIDCardOCR. */
export const DEFAULT_RATE_LIMIT_PER_SECOND = 5

export interface EmulatorOptions {
  secretId: string
  secretKey: string
  /** When set, requests must carry it in X-TC-Token. */
  sessionToken?: string
  /** Enables the /__emulator/* control routes (tests only). */
  control?: boolean
  rateLimitPerSecond?: number
  /** false skips decoding and measuring the image (load benchmarks: the upstream must not be the bottleneck). */
  analyzeImages?: boolean
  /** Clock in milliseconds, replaceable in tests. */
  now?: () => number
  /** Where images are decoded and analysed (default: the process's shared pool). */
  imagePool?: WorkerPool
  /** What it answers with until a test switches it (default: the specimen). */
  answer?: EmulatorAnswer
  /** Reads the card in 'local-reader' mode; without one that mode is refused. */
  reader?: LocalReader
}

/** A signed request's body: the largest image Tencent takes, in base64, and its JSON envelope. */
const MAX_REQUEST_BYTES = MAX_IMAGE_BASE64_LENGTH + 64 * 1024
/** A control route's body: a few fields. */
const MAX_CONTROL_BYTES = 64 * 1024

/** The request's body, read with a cap while it streams: no body is buffered whole before it is refused. */
async function cappedBody(c: Context, maxBytes: number): Promise<Uint8Array | null> {
  const nodeIncoming = (c.env as { incoming?: unknown } | undefined)?.incoming
  const body = await readBodyWithLimit(c.req.raw, maxBytes, nodeIncoming)
  return body.ok ? body.bytes : null
}

async function jsonBody(c: Context): Promise<{ ok: true; value: unknown } | { ok: false }> {
  const bytes = await cappedBody(c, MAX_CONTROL_BYTES)
  if (!bytes) return { ok: false }
  try {
    return { ok: true, value: JSON.parse(new TextDecoder().decode(bytes)) }
  } catch {
    return { ok: false }
  }
}

/** The client's TCP port when served by @hono/node-server; null under app.request() in tests. */
function remotePortOf(c: Context): number | null {
  try {
    return getConnInfo(c).remote.port ?? null
  } catch {
    return null
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/** The part of a scripted outcome that replaces the whole answer, or null to carry on recognizing. */
function scriptedAnswer(c: Context, outcome: ScriptedOutcome, requestId: string): Response | null {
  if (outcome.malformed === 'not-json') return c.body('<html>oops', 200, { 'Content-Type': 'text/html' })
  if (outcome.malformed === 'bad-shape') return c.json({ Response: { Foo: 1 } })
  if (outcome.malformed === 'http-500') return c.text('Internal Server Error (scripted by the emulator)', 500)
  if (outcome.error) {
    return tencentError(
      c,
      outcome.error.code,
      outcome.error.message ?? `Scripted error ${outcome.error.code}.`,
      requestId,
    )
  }
  return null
}

export type EmulatorApp = Hono & {
  /** What the emulator answers with right now (a test may have switched it). */
  answerMode(): EmulatorAnswer
}

export function createEmulatorApp(options: EmulatorOptions): EmulatorApp {
  const now = options.now ?? Date.now
  const pool = options.imagePool ?? sharedWorkerPool()
  const queue = new OutcomeQueue()
  const stats = new EmulatorStats()
  const rate = new RateWindow(options.rateLimitPerSecond ?? DEFAULT_RATE_LIMIT_PER_SECOND)
  const answer = new AnswerSwitch(options.answer ?? 'specimen')
  if (answer.initial === 'local-reader' && !options.reader) {
    throw new Error('the emulator cannot answer with the local reader without one')
  }
  const app = new Hono()
  // Kept only with the control routes on (tests), so a test can inspect exactly what arrived upstream.
  let lastImage: Uint8Array | null = null
  const keepImage = options.control ? (bytes: Uint8Array) => (lastImage = bytes) : undefined

  if (options.control) {
    app.post('/__emulator/next', async (c) => {
      const input = await jsonBody(c)
      if (!input.ok) return c.json({ error: 'Body must be JSON.' }, 400)
      const parsed = scriptedOutcomeSchema.safeParse(input.value)
      if (!parsed.success) return c.json({ error: 'Invalid outcome.', issues: parsed.error.issues }, 400)
      queue.push(parsed.data)
      return c.json({ queued: queue.pending })
    })
    app.post('/__emulator/reset', (c) => {
      lastImage = null
      queue.clear()
      stats.reset()
      rate.reset()
      answer.reset()
      return c.json({ ok: true })
    })
    // Until the next reset. Answers once the reader's models are loaded, so the test's first card is not slow.
    app.post('/__emulator/answer', async (c) => {
      const body = await jsonBody(c)
      const parsed = body.ok ? answerControlSchema.safeParse(body.value) : null
      if (!parsed?.success)
        return c.json({ error: 'Body must be { "mode": "local-reader" | "specimen" }.' }, 400)
      if (parsed.data.mode === 'local-reader') {
        if (!options.reader) return c.json({ error: 'This emulator has no local reader.' }, 409)
        await options.reader.warmUp()
      }
      answer.set(parsed.data.mode)
      return c.json({ mode: answer.current })
    })
    app.get('/__emulator/answer', (c) => c.json({ mode: answer.current }))
    // `pending`: scripted outcomes no call has taken yet, so a test tells "never reached" from "taken by another call".
    app.get('/__emulator/stats', (c) => c.json({ ...stats.toJSON(), pending: queue.pending }))
    app.get('/__emulator/last-image', (c) =>
      lastImage
        ? c.body(lastImage.slice().buffer, 200, { 'Content-Type': 'application/octet-stream' })
        : c.notFound(),
    )
  }

  app.all('/', async (c) => {
    const requestId = crypto.randomUUID()
    const authorization = c.req.header('Authorization') ?? null
    // Counted before any check so a test sees rejected calls and every signature a client sent.
    stats.record(
      parseAuthorization(authorization)?.signature ?? null,
      { atMs: now(), remotePort: remotePortOf(c) },
      requestId,
    )
    if (c.req.method !== 'POST') {
      return tencentError(c, 'InvalidParameter', `Only POST is supported, not ${c.req.method}.`, requestId)
    }
    const action = c.req.header('X-TC-Action') ?? ''
    if (action !== EMULATOR_ACTION) {
      return tencentError(
        c,
        'InvalidAction',
        `The action "${action}" is not supported by this emulator.`,
        requestId,
      )
    }
    const version = c.req.header('X-TC-Version') ?? ''
    if (version !== EMULATOR_VERSION) {
      return tencentError(c, 'NoSuchVersion', `The API version "${version}" does not exist.`, requestId)
    }
    const body = await cappedBody(c, MAX_REQUEST_BYTES)
    if (!body) {
      return tencentError(
        c,
        'RequestSizeLimitExceeded',
        'The request packet exceeds the size limit.',
        requestId,
      )
    }
    const auth = await verifyTc3Request(
      {
        method: c.req.method,
        authorization,
        contentType: c.req.header('Content-Type') ?? null,
        host: c.req.header('Host') ?? null,
        timestamp: c.req.header('X-TC-Timestamp') ?? null,
        token: c.req.header('X-TC-Token') ?? null,
        header: (name) => c.req.header(name) ?? null,
        body,
        nowSeconds: Math.floor(now() / 1000),
      },
      {
        secretId: options.secretId,
        secretKey: options.secretKey,
        sessionToken: options.sessionToken,
        service: EMULATOR_SERVICE,
      },
    )
    if (!auth.ok) return tencentError(c, auth.code, auth.message, requestId)
    if (!rate.tryAcquire(now())) {
      return tencentError(
        c,
        'RequestLimitExceeded',
        'The request frequency limit has been exceeded.',
        requestId,
      )
    }
    const outcome = queue.take()
    if (outcome?.delayMs) await sleep(outcome.delayMs)
    const scripted = outcome ? scriptedAnswer(c, outcome, requestId) : null
    if (scripted) return scripted
    if (options.analyzeImages === false) return specimenAnswer(c, body, requestId)
    const image = imageRequest(c, body, requestId)
    if (!image.ok) return image.answer
    keepImage?.(image.bytes)
    return answer.current === 'local-reader' && options.reader
      ? answerWithLocalReader(c, image, outcome, requestId, options.reader)
      : recognizeSpecimen(c, image, outcome, requestId, pool)
  })

  return Object.assign(app, { answerMode: () => answer.current })
}
