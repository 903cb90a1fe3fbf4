// One Redis connection as the stores use it: commands fail fast while Redis is unreachable (no offline
// queue, a short command timeout), failures of the connection become StoreUnavailableError, and scripts
// run by SHA, loaded on first use (or after Redis restarted and forgot them).
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

export class ScriptRunner {
  readonly #client: RedisClient
  readonly #shas = new Map<string, string>()
  /** Settles once the first connection attempt has (or a short wait after start-up has gone by). */
  readonly #firstConnection: Promise<unknown>

  constructor(client: RedisClient, firstConnection: Promise<unknown>) {
    this.#client = client
    this.#firstConnection = firstConnection
  }

  /** EVALSHA, falling back to EVAL (which caches it) when Redis does not know the script. */
  async run<T>(script: string, keys: string[], args: Argument[], binary = false): Promise<T> {
    let sha = this.#shas.get(script)
    if (!sha) this.#shas.set(script, (sha = sha1(script)))
    const options = binary ? { typeMapping: { [RESP_TYPES.BLOB_STRING]: Buffer } } : undefined
    const tail = [String(keys.length), ...keys, ...args]
    await this.#firstConnection
    try {
      try {
        return await this.#client.sendCommand<T>(['EVALSHA', sha, ...tail], options)
      } catch (error) {
        if (!(error instanceof ErrorReply && error.message.startsWith('NOSCRIPT'))) throw error
        return await this.#client.sendCommand<T>(['EVAL', script, ...tail], options)
      }
    } catch (error) {
      throw asStoreError(error)
    }
  }

  async command<T>(args: Argument[], binary = false): Promise<T> {
    await this.#firstConnection
    try {
      const options = binary ? { typeMapping: { [RESP_TYPES.BLOB_STRING]: Buffer } } : undefined
      return await this.#client.sendCommand<T>(args, options)
    } catch (error) {
      throw asStoreError(error)
    }
  }
}
