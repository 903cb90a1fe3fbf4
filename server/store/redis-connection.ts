// One Redis connection as the stores use it: commands fail fast while Redis is unreachable (no offline
// queue) and while it is stalled (a reply deadline of our own: the client's timeout covers only the wait
// to be written, so a frozen Redis held every command until it woke), failures become
// StoreUnavailableError, and scripts run by SHA, loaded on first use (or after Redis forgot them).
import { createHash } from 'node:crypto'
import { createClient, ErrorReply, RESP_TYPES } from 'redis'
import { StoreUnavailableError } from './shared-store.ts'

function connect({ url, commandTimeoutMs = 1000 }: RedisConnectionOptions) {
  return createClient({
    url,
    // RESP2: understood by every Redis and proxy in front of one; the replies used here are the same.
    RESP: 2,
    disableOfflineQueue: true,
    commandOptions: { timeout: commandTimeoutMs },
    socket: {
      connectTimeout: 2000,
      // Keep trying, at most every 2 s: an outage ends by itself when Redis is back.
      reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 2000),
    },
  })
}

export type RedisClient = ReturnType<typeof connect>
type Argument = string | Buffer

export interface RedisConnectionOptions {
  url: string
  /** Each command's deadline; past it the store counts as down (default 1 s). */
  commandTimeoutMs?: number
}

export function createRedisClient(options: RedisConnectionOptions): RedisClient {
  const client = connect(options)
  // Connection errors arrive here as well as on the command that met them; the command's caller decides.
  client.on('error', () => undefined)
  return client
}

/** Replies Redis gives when it cannot serve now (but the script is fine). */
const TRANSIENT_REPLY = /^(OOM|LOADING|READONLY|MASTERDOWN|BUSY|TRYAGAIN|CLUSTERDOWN)\b/

export function asStoreError(error: unknown): unknown {
  if (error instanceof ErrorReply && !TRANSIENT_REPLY.test(error.message)) return error
  return new StoreUnavailableError(
    `shared store unavailable: ${error instanceof Error ? error.name : 'error'}`,
    {
      cause: error,
    },
  )
}

const sha1 = (script: string) => createHash('sha1').update(script).digest('hex')

/**
 * `work`, or StoreUnavailableError once `ms` have gone by without an answer. The command itself stays
 * queued on its connection (Redis may still run it when it wakes): a spend that missed its deadline can
 * be counted later, never served without being counted.
 */
export function withDeadline<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const late = new Promise<never>((_, reject) => {
    // The timer fires before sockets are read in a turn of the event loop: after a busy moment the answer
    // may already be waiting, so read it (setImmediate runs after the poll phase) before calling it late.
    timer = setTimeout(
      () =>
        setImmediate(() =>
          reject(new StoreUnavailableError(`shared store unavailable: no answer to ${what} in ${ms} ms`)),
        ),
      ms,
    )
  })
  work.catch(() => undefined)
  return Promise.race([work, late]).finally(() => clearTimeout(timer))
}

/** While stalled, how often to ask again whether Redis answers (once the last ask has failed). */
const RECOVERY_RETRY_MS = 500

export class ScriptRunner {
  readonly #client: RedisClient
  readonly #shas = new Map<string, string>()
  /** Settles once the first connection attempt has (or a short wait after start-up has gone by). */
  readonly #firstConnection: Promise<unknown>
  readonly #deadlineMs: number
  /** A command missed its deadline: until Redis answers again, commands fail at once. */
  #stalled = false
  #closed = false

  constructor(client: RedisClient, firstConnection: Promise<unknown>, deadlineMs = 1000) {
    this.#client = client
    this.#firstConnection = firstConnection
    this.#deadlineMs = deadlineMs
  }

  /** EVALSHA, falling back to EVAL (which caches it) when Redis does not know the script. */
  async run<T>(script: string, keys: string[], args: Argument[], binary = false): Promise<T> {
    let sha = this.#shas.get(script)
    if (!sha) this.#shas.set(script, (sha = sha1(script)))
    const tail = [String(keys.length), ...keys, ...args]
    await this.#firstConnection
    try {
      return await this.#send<T>(['EVALSHA', sha, ...tail], binary)
    } catch (error) {
      if (!(error instanceof ErrorReply && error.message.startsWith('NOSCRIPT'))) throw asStoreError(error)
      try {
        return await this.#send<T>(['EVAL', script, ...tail], binary)
      } catch (retried) {
        throw asStoreError(retried)
      }
    }
  }

  async command<T>(args: Argument[], binary = false): Promise<T> {
    await this.#firstConnection
    try {
      return await this.#send<T>(args, binary)
    } catch (error) {
      throw asStoreError(error)
    }
  }

  /** Resolves when Redis answers a PING within the deadline; StoreUnavailableError otherwise. */
  async ping(): Promise<void> {
    await this.command(['PING'])
  }

  close(): void {
    this.#closed = true
  }

  async #send<T>(args: Argument[], binary: boolean): Promise<T> {
    if (this.#stalled) throw new StoreUnavailableError('shared store unavailable: stalled')
    const options = binary ? { typeMapping: { [RESP_TYPES.BLOB_STRING]: Buffer } } : undefined
    try {
      return await withDeadline(this.#client.sendCommand<T>(args, options), this.#deadlineMs, String(args[0]))
    } catch (error) {
      if (error instanceof StoreUnavailableError && !this.#stalled) {
        this.#stalled = true
        void this.#awaitRecovery()
      }
      throw error
    }
  }

  /** One PING at a time, without a deadline: it is answered when Redis is (after the commands it held). */
  async #awaitRecovery(): Promise<void> {
    while (this.#stalled && !this.#closed) {
      try {
        await this.#client.sendCommand(['PING'])
        this.#stalled = false
      } catch {
        await new Promise((resolve) => setTimeout(resolve, RECOVERY_RETRY_MS).unref())
      }
    }
  }
}
