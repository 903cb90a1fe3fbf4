// The emulator's answers about an image: Tencent's error shape, and the recognition itself — the specimen
// card's fields plus what the pixels show, analysed in the image worker pool (analyze-card-task.ts).
import type { Context } from 'hono'
import { PoolBusyError, WorkerTaskError, type WorkerPool } from '#server/image/worker-pool.ts'
import { analyzeCardTask, type CardAnalysis } from './analyze-card-task.ts'
import type { ScriptedOutcome } from './outcome-control.ts'
import { SPECIMEN_CARD } from './specimen-card.ts'

/** Tencent's limit on ImageBase64: 7 MB of base64 text. */
export const MAX_IMAGE_BASE64_LENGTH = 7 * 1024 * 1024

/** A slow or stuck analysis is given up after this long, its worker replaced. */
const ANALYSIS_TIMEOUT_MS = 20_000

type JsonObject = Record<string, unknown>

export function tencentError(c: Context, code: string, message: string, requestId: string): Response {
  return c.json({ Response: { Error: { Code: code, Message: message }, RequestId: requestId } })
}

export function parseJsonObject(body: Uint8Array): JsonObject | null {
  try {
    const value: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body))
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : null
  } catch {
    return null
  }
}

/** Tencent's answer to an image it could not work on. */
function analysisFailure(c: Context, error: unknown, requestId: string): Response {
  if (error instanceof WorkerTaskError && error.taskErrorName === 'DecodeError') {
    return tencentError(
      c,
      'FailedOperation.ImageDecodeFailed',
      `Image decode failed: ${error.message}`,
      requestId,
    )
  }
  // Every analysis worker busy and the queue full: what Tencent says when it is overloaded.
  if (error instanceof PoolBusyError) {
    return tencentError(c, 'RequestLimitExceeded', 'The service is busy; try again later.', requestId)
  }
  return tencentError(c, 'FailedOperation.UnKnowError', 'The image could not be analysed.', requestId)
}

/** Recognizes the card in the request body: the specimen fields, plus what the pixels really show. */
export async function recognize(
  c: Context,
  body: Uint8Array,
  outcome: ScriptedOutcome | null,
  requestId: string,
  pool: WorkerPool,
  onImage?: (bytes: Uint8Array) => void,
): Promise<Response> {
  const request = parseJsonObject(body)
  if (!request)
    return tencentError(c, 'InvalidParameter', 'The request body is not a JSON object.', requestId)
  const imageBase64 = request.ImageBase64
  if (typeof imageBase64 !== 'string' || imageBase64.length === 0) {
    return tencentError(c, 'InvalidParameter', 'ImageBase64 is required and must be a string.', requestId)
  }
  if (imageBase64.length > MAX_IMAGE_BASE64_LENGTH) {
    return tencentError(
      c,
      'LimitExceeded.TooLargeFileError',
      'The image is larger than 7 MB after base64.',
      requestId,
    )
  }
  // Buffer's base64 decoder is lenient like Tencent's; bad characters end up as bytes that fail to decode.
  const bytes = new Uint8Array(Buffer.from(imageBase64, 'base64'))
  onImage?.(bytes)
  let analysis: CardAnalysis
  try {
    analysis = await pool.run(
      analyzeCardTask,
      bytes,
      { portraits: request.ReturnHeadImage === true },
      { timeoutMs: ANALYSIS_TIMEOUT_MS, signal: c.req.raw.signal },
    )
  } catch (error) {
    return analysisFailure(c, error, requestId)
  }
  const warnings = new Set([...analysis.warnings, ...(outcome?.warnings ?? [])])
  return c.json({
    Response: {
      ...SPECIMEN_CARD,
      HeadImage: analysis.portraits?.head ?? null,
      SmallHeadImage: analysis.portraits?.smallHead ?? null,
      WarnCardInfos: [...warnings],
      WarningCode: [],
      // Scripted overrides come last so a test can replace any field, not only the card's text.
      ...outcome?.card,
      RequestId: requestId,
    },
  })
}

/** The specimen's fields without looking at the pixels: what a load benchmark needs from its upstream. */
export function specimenAnswer(c: Context, body: Uint8Array, requestId: string): Response {
  const request = parseJsonObject(body)
  if (typeof request?.ImageBase64 !== 'string' || request.ImageBase64.length === 0) {
    return tencentError(c, 'InvalidParameter', 'ImageBase64 is required and must be a string.', requestId)
  }
  return c.json({
    Response: {
      ...SPECIMEN_CARD,
      HeadImage: null,
      SmallHeadImage: null,
      WarnCardInfos: [],
      RequestId: requestId,
    },
  })
}
