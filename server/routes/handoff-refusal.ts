// How the hand-off routes refuse: the documented code, why (in the request's log line, never to the client),
// and when to try again.
import type { Context } from 'hono'
import type { AppEnv } from '../app-env.ts'
import { apiError } from '../http/api-error.ts'
import type { HandoffErrorCode } from '#src/hkid/api-errors.ts'

export function refuseHandoff(
  c: Context<AppEnv>,
  code: HandoffErrorCode,
  denied?: string,
  retryAfterMs?: number,
) {
  const log = c.get('log')
  log.code = code
  if (denied) log.denied = denied
  // Over a rate: when the window frees a start. The relay's store full or unreachable: a moment later.
  const retryAfterSeconds =
    retryAfterMs !== undefined
      ? Math.max(1, Math.ceil(retryAfterMs / 1000))
      : code === 'TEMPORARILY_UNAVAILABLE'
        ? 5
        : undefined
  return apiError(c, code, {
    requestId: log.requestId,
    ...(retryAfterSeconds ? { retryAfterSeconds } : {}),
  })
}
