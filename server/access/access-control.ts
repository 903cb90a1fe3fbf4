// Access to the recognizer: the per-IP rate first (cheapest, and it also slows token guessing), then the
// capture token (401 when missing, bad, expired or used up), then the per-token rate. 429s carry Retry-After.
// A call is taken from the token's budget on admission and given back only if the image never left for the
// upstream (a refused upload, our queue full, a hang-up before sending): once sent it may be billed, so it
// stays spent whatever happens next — a timeout, an upstream fault, the client hanging up.
// Counts live in the shared store; when that is down, budgets fail closed (503, Retry-After).
import type { Context, MiddlewareHandler } from 'hono'
import type { AppEnv } from '../app-env.ts'
import { apiError } from '../http/api-error.ts'
import { StoreUnavailableError, type SharedStore } from '../store/shared-store.ts'
import { bearerToken, verifyCaptureToken } from './capture-token.ts'
import { rateKeyForAddress } from './ip-address.ts'

export interface AccessOptions {
  /** Set → every recognize call needs `Authorization: Bearer <capture token>`. */
  tokenSecret?: string
  perIpPerMinute: number
  perTokenPerMinute: number
  /** The caller's address as the runtime knows it (after trusted proxies); undefined when it cannot tell. */
  clientAddress: (c: Context<AppEnv>) => string | undefined
  store: SharedStore
  nowMs?: () => number
}

const MINUTE = 60_000

export function accessControl(options: AccessOptions): MiddlewareHandler<AppEnv> {
  const now = options.nowMs ?? Date.now
  const { store } = options

  return async (c, next) => {
    const log = c.get('log')
    const limited = (retryAfterMs: number) =>
      apiError(c, 'RATE_LIMITED', { requestId: log.requestId, retryAfterSeconds: retryAfterMs / 1000 })
    const storeDown = () => {
      log.denied = 'store-unavailable'
      return apiError(c, 'TEMPORARILY_UNAVAILABLE', { requestId: log.requestId, retryAfterSeconds: 5 })
    }
    const ipKey = rateKeyForAddress(options.clientAddress(c))
    const ipDecision = await store.hitRate(`ip:${ipKey}`, options.perIpPerMinute, MINUTE)
    if (!ipDecision.ok) return limited(ipDecision.retryAfterMs)
    if (!options.tokenSecret) return next()

    const token = bearerToken(c.req.header('Authorization'))
    const check = token
      ? await verifyCaptureToken(token, options.tokenSecret, Math.floor(now() / 1000))
      : null
    if (!check?.ok) {
      log.denied = check?.reason ?? 'no-token'
      return apiError(c, 'UNAUTHORIZED', { requestId: log.requestId })
    }
    const { jti, calls, exp, parent } = check.claims
    const tokenDecision = await store.hitRate(`token:${jti}`, options.perTokenPerMinute, MINUTE)
    if (!tokenDecision.ok) return limited(tokenDecision.retryAfterMs)
    // A phone's hand-off token spends its own small budget and the desk link's it was minted from.
    const budgets = [{ jti, calls, exp }, ...(parent ? [parent] : [])]
    const taken: string[] = []
    const refundTaken = () => Promise.all(taken.map((key) => store.refundCall(key).catch(() => undefined)))
    try {
      for (const budget of budgets) {
        if (!(await store.spendCall(budget.jti, budget.calls, budget.exp * 1000))) break
        taken.push(budget.jti)
      }
    } catch (error) {
      await refundTaken()
      if (error instanceof StoreUnavailableError) return storeDown()
      throw error
    }
    if (taken.length < budgets.length) {
      await refundTaken()
      log.denied = 'budget-spent'
      return apiError(c, 'UNAUTHORIZED', { requestId: log.requestId })
    }
    c.set('captureToken', check.claims)
    try {
      await next()
    } finally {
      // The route marks the call sent before it calls the upstream, so a failure mid-call leaves it spent.
      if (c.get('upstreamSent') !== true) await refundTaken()
    }
  }
}
