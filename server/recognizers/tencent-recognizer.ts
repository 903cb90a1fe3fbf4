// Tencent Cloud's HKIDCardOCR as a Recognizer: the TC3-signed call (upstream/hkid-ocr-client.ts), its answer
// normalized to our contract and its errors mapped through docs/errors.md's table. With LOCAL_CROSSCHECK the same
// image is read by the local reader meanwhile and the two readings compared (upstream/cross-check.ts).
import type { RecognizeResult } from '#src/hkid/recognize-contract.ts'
import { startCrossCheck, type CrossReader } from '#server/upstream/cross-check.ts'
import { callHkidCardOcr, type UpstreamConfig } from '#server/upstream/hkid-ocr-client.ts'
import { normalizeHkidOcr } from '#src/hkid/normalize-card.ts'
import { mapUpstreamError } from '#server/upstream/upstream-errors.ts'
import type { RecognizeOutcome, RecognizerChoice } from './recognizer.ts'

export interface TencentRecognizerOptions {
  /** Set (LOCAL_CROSSCHECK): every image is also read locally and the two readings compared. */
  crossCheck?: CrossReader
}

export function tencentRecognizer(
  upstream: UpstreamConfig,
  { crossCheck }: TencentRecognizerOptions = {},
): RecognizerChoice {
  return ({ limiter }) => {
    const config = { ...upstream, limiter: upstream.limiter ?? limiter }
    return {
      kind: 'tencent',
      crossCheck: Boolean(crossCheck),
      async recognize(image, { portraits, signal, requestId, clientKey }): Promise<RecognizeOutcome> {
        const started = performance.now()
        // Its own copy: the caller may reuse the image's memory as soon as the upstream call is done.
        const second = crossCheck ? startCrossCheck(crossCheck, image.slice(), signal, clientKey) : null
        const outcome = await callHkidCardOcr(config, { image, returnHeadImage: portraits }, signal)
        const spent = outcome.sent
        const log = { upstreamAttempts: outcome.attempts }
        if (outcome.kind !== 'ok') second?.cancel()
        switch (outcome.kind) {
          case 'ok': {
            const upstreamRequestId = outcome.response.RequestId
            const okLog = upstreamRequestId ? { ...log, upstreamRequestId } : log
            const result = normalizeHkidOcr(outcome.response, requestId)
            if (!second) return { kind: 'card', result, spent, log: okLog }
            // The local reading may take until the call's own deadline; past it, the answer goes without it.
            const waitMs = Math.max(0, config.timeoutMs - (performance.now() - started))
            const checked = await second.against(result.card, waitMs)
            const crossCheckLog =
              checked.status === 'read' ? `differs:${checked.differences.length}` : checked.reason
            return {
              kind: 'card',
              result: {
                ...result,
                reading: result.reading ?? { reader: 'tencent', uncertainFields: [] },
                crossCheck: checked,
              } satisfies RecognizeResult,
              spent,
              log: { ...okLog, crossCheck: crossCheckLog },
            }
          }
          case 'api-error': {
            const code = mapUpstreamError(outcome.upstreamCode)
            return {
              kind: 'error',
              code,
              ...(code === 'BUSY' ? { retryAfterSeconds: 2 } : {}),
              ...(outcome.requestId ? { requestId: outcome.requestId } : {}),
              spent,
              log: {
                ...log,
                upstreamCode: outcome.upstreamCode,
                ...(outcome.requestId ? { upstreamRequestId: outcome.requestId } : {}),
              },
            }
          }
          case 'busy':
            return {
              kind: 'error',
              code: 'BUSY',

              retryAfterSeconds: 1,
              spent,
              log: { ...log, upstreamCode: 'local-queue-full' },
            }
          case 'client-closed':
            return { kind: 'client-closed', spent, log }
          case 'timeout':
            return { kind: 'error', code: 'UPSTREAM_TIMEOUT', spent, log }
          case 'network':
          case 'malformed':
          case 'reply-too-large':
            return {
              kind: 'error',
              code: 'UPSTREAM_ERROR',

              spent,
              log: { ...log, upstreamCode: outcome.kind },
            }
        }
      },
    }
  }
}
