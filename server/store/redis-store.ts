// The shared store in Redis (REDIS_URL): budgets, sliding-window rates and the relay shared by every
// instance, each operation one Lua script (redis-scripts.ts). Keys carry a prefix (REDIS_KEY_PREFIX) so one
// Redis can serve several deployments. Redis unreachable → operations throw StoreUnavailableError within
// the command timeout; what that means for each (budgets closed, rates local) is fail-policy.ts.
import { createRedisClient, ScriptRunner, type RedisClient } from './redis-connection.ts'
import { checkRedisDurability, type DurabilityCheck } from './redis-durability.ts'
import { RedisRelay } from './redis-relay.ts'
import { HIT_RATE, REFUND_CALL, SPEND_CALL } from './redis-scripts.ts'
import type { RateDecision, SharedStore } from './shared-store.ts'

export interface RedisStoreOptions {
  url: string
  keyPrefix?: string
  commandTimeoutMs?: number
  relayMaxBytes?: number
}

/** A budget outlives its token a little, so Redis's clock running ahead of ours never resets one early. */
const BUDGET_GRACE_MS = 10 * 60_000

export class RedisStore implements SharedStore {
  readonly kind = 'redis' as const
  readonly relay: RedisRelay
  readonly #client: RedisClient
  readonly #scripts: ScriptRunner
  readonly #prefix: string
  readonly #connected: Promise<unknown>

  constructor(options: RedisStoreOptions) {
    this.#prefix = options.keyPrefix ?? 'hkid:'
    this.#client = createRedisClient(options)
    // Connecting keeps retrying in the background. Commands issued right after start-up wait for the
    // first attempt (at most about a second); after that, while Redis is unreachable, they fail at once.
    this.#connected = this.#client.connect().catch(() => undefined)
    const deadlineMs = options.commandTimeoutMs ?? 1000
    const firstConnection = Promise.race([
      this.#connected,
      new Promise((resolve) => setTimeout(resolve, deadlineMs).unref()),
    ])
    this.#scripts = new ScriptRunner(this.#client, firstConnection, deadlineMs)
    // Subscribing takes a connection of its own (a subscribed connection runs no other commands).
    this.relay = new RedisRelay(this.#scripts, createRedisClient(options), this.#prefix, {
      deadlineMs,
      ...(options.relayMaxBytes ? { maxBytes: options.relayMaxBytes } : {}),
    })
  }

  /** Resolves true once Redis answers, false after `timeoutMs` (the server starts either way). */
  async ready(timeoutMs: number): Promise<boolean> {
    const timedOut = new Promise<false>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref())
    return Promise.race([this.#connected.then(() => this.#client.isReady), timedOut])
  }

  /** Whether this Redis keeps spent calls across a restart and under memory pressure (CONFIG GET). */
  checkDurability(): Promise<DurabilityCheck> {
    return checkRedisDurability(this.#scripts)
  }

  /** Resolves when Redis answers within the command deadline; StoreUnavailableError otherwise (or at once while stalled). */
  probe(): Promise<void> {
    return this.#scripts.ping()
  }

  async spendCall(key: string, limit: number, expiresAtMs: number): Promise<boolean> {
    const spent = await this.#scripts.run<number>(
      SPEND_CALL,
      [`${this.#prefix}budget:${key}`],
      [String(limit), String(Math.floor(expiresAtMs + BUDGET_GRACE_MS))],
    )
    return spent === 1
  }

  async refundCall(key: string): Promise<void> {
    await this.#scripts.run(REFUND_CALL, [`${this.#prefix}budget:${key}`], [])
  }

  async hitRate(key: string, limit: number, windowMs: number): Promise<RateDecision> {
    const [ok, retryAfterMs] = await this.#scripts.run<[number, number]>(
      HIT_RATE,
      [`${this.#prefix}rate:${key}`],
      [String(limit), String(Math.ceil(windowMs)), crypto.randomUUID()],
    )
    return ok === 1 ? { ok: true } : { ok: false, retryAfterMs: Number(retryAfterMs) }
  }

  async close(): Promise<void> {
    this.#scripts.close()
    await this.relay.close()
    await this.#client.close().catch(() => this.#client.destroy())
  }
}
