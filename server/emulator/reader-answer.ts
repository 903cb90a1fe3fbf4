// The emulator answering with the local reader: the request's image read in a reader worker, its answer sent on
// in Tencent's shape — fields, warnings, portraits and the reader's own LocalReading — or Tencent's error for an
// image with no card in it. Scripted outcomes still apply on top, so fault injection works in this mode too.
import type { Context } from 'hono'
import { ImageLimitError } from '#server/image/image-header.ts'
import { PoolBusyError } from '#server/image/worker-pool.ts'
import type { LocalReader } from '#server/reader/local-reader.ts'
import type { ScriptedOutcome } from './outcome-control.ts'
import { tencentError } from './emulator-recognize.ts'

export async function answerWithLocalReader(
  c: Context,
  image: { bytes: Uint8Array; portraits: boolean },
  outcome: ScriptedOutcome | null,
  requestId: string,
  reader: LocalReader,
): Promise<Response> {
  let answer
  try {
    answer = await reader.read(image.bytes, { portraits: image.portraits, signal: c.req.raw.signal })
  } catch (error) {
    // Every reader worker busy and the queue full: what Tencent says when it is overloaded.
    if (error instanceof PoolBusyError) {
      return tencentError(c, 'RequestLimitExceeded', 'The service is busy; try again later.', requestId)
    }
    // Over what the reader takes (declared size, JPEG scans): refused before reading, as undecodable.
    if (error instanceof ImageLimitError) {
      return tencentError(
        c,
        'FailedOperation.ImageDecodeFailed',
        'The image could not be decoded.',
        requestId,
      )
    }
    return tencentError(c, 'FailedOperation.UnKnowError', 'The image could not be read.', requestId)
  }
  if (answer.Error) {
    const message = answer.Error.Message ?? answer.Error.Code
    return tencentError(c, answer.Error.Code, message, requestId)
  }
  const warnings = new Set([...answer.WarnCardInfos, ...(outcome?.warnings ?? [])])
  return c.json({
    Response: {
      ...answer,
      HeadImage: image.portraits ? (answer.HeadImage ?? null) : null,
      SmallHeadImage: image.portraits ? (answer.SmallHeadImage ?? null) : null,
      WarnCardInfos: [...warnings],
      WarningCode: [],
      ...outcome?.card,
      RequestId: requestId,
    },
  })
}
