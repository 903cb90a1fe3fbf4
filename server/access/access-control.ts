// Who may spend a recognizer call: per-IP rate first (it also slows token guessing), then the capture token
// (401 when missing, bad, expired or used up), then the per-token rate. 429s carry Retry-After.
// A call is reserved from the token's budget on admission and given back unless the route marks it billable,
// so a bad upload, a busy or timed-out upstream never uses up a capture link.
import type { Context, MiddlewareHandler } from 'hono'
import type { AppEnv } from '../app-env.ts'
import { apiErrorBody } from '../http/api-error.ts'
import { verifyCaptureToken } from './capture-token.ts'
import { KeyedRateLimiter } from './keyed-rate-limiter.ts'

export interface AccessOptions {
  /** Set → every recognize call needs `Authorization: Bearer <capture token>`. */
  tokenSecret?: string
  perIpPerMinute: number
  perTokenPerMinute: number
  /** The caller's address as the runtime knows it; undefined when it cannot tell. */
  clientAddress: (c: Context<AppEnv>) => string | undefined
  nowMs?: () => number
}

/** Calls spent per token id, forgotten once the token has expired anyway. */
class TokenBudgets {
  readonly #spent = new Map<string, { used: number; expMs: number }>()

  spend(jti: string, limit: number, expMs: number, nowMs: number): boolean {
    if (this.#spent.size > 10_000) {
      for (const [id, entry] of this.#spent) if (entry.expMs <= nowMs) this.#spent.delete(id)
    }
    const entry = this.#spent.get(jti) ?? { used: 0, expMs }
    if (entry.used >= limit) return false
    entry.used++
    this.#spent.set(jti, entry)
    return true
  }

  refund(jti: string): void {
    const entry = this.#spent.get(jti)
    if (entry && entry.used > 0) entry.used--
  }
}

function bearerToken(header: string | undefined): string | null {
  const match = header ? /^Bearer ([A-Za-z0-9_.-]+)$/.exec(header.trim()) : null
  return match?.[1] ?? null
}

export function accessControl(options: AccessOptions): MiddlewareHandler<AppEnv> {
  const now = options.nowMs ?? Date.now
  const perIp = new KeyedRateLimiter(options.perIpPerMinute)
  const perToken = new KeyedRateLimiter(options.perTokenPerMinute)
  const budgets = new TokenBudgets()

  return async (c, next) => {
    const log = c.get('log')
    const limited = (retryAfterSeconds: number) => {
      c.header('Retry-After', String(retryAfterSeconds))
      return c.json(apiErrorBody('RATE_LIMITED', log.requestId), 429)
    }
    const ip = options.clientAddress(c) ?? 'unknown'
    const ipDecision = perIp.take(ip, now())
    if (!ipDecision.ok) return limited(ipDecision.retryAfterSeconds)

    if (options.tokenSecret) {
      const token = bearerToken(c.req.header('Authorization'))
      const check = token
        ? await verifyCaptureToken(token, options.tokenSecret, Math.floor(now() / 1000))
        : null
      if (!check?.ok) {
        log.denied = check?.reason ?? 'no-token'
        return c.json(apiErrorBody('UNAUTHORIZED', log.requestId), 401)
      }
      const { jti, calls, exp, parent } = check.claims
      const tokenDecision = perToken.take(jti, now())
      if (!tokenDecision.ok) return limited(tokenDecision.retryAfterSeconds)
      // A phone's hand-off token spends its own small budget and the desk link's it was minted from.
      const spent = [{ jti, calls, exp }, ...(parent ? [parent] : [])]
      const refused = spent.findIndex(
        (budget) => !budgets.spend(budget.jti, budget.calls, budget.exp * 1000, now()),
      )
      if (refused >= 0) {
        for (const budget of spent.slice(0, refused)) budgets.refund(budget.jti)
        log.denied = 'budget-spent'
        return c.json(apiErrorBody('UNAUTHORIZED', log.requestId), 401)
      }
      try {
        await next()
      } finally {
        if (c.get('billable') !== true) for (const budget of spent) budgets.refund(budget.jti)
      }
      return
    }
    await next()
  }
}
