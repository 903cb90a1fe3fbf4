// The store a Node process uses: Redis when REDIS_URL is set (several instances share budgets and limits),
// else this process's memory. An unreachable Redis does not stop the server: it starts, says so in one
// line (never the URL, which may hold a password), refuses capture-link calls until Redis answers and
// keeps per-IP/per-token rates in its own memory meanwhile (fail-policy.ts). A Redis that answers but could
// forget spent calls (no persistence, or eviction under a memory limit) stops it, unless
// REDIS_ALLOW_VOLATILE=1 (then a warning); one that will not show its configuration is a warning.
import type { ServerConfig } from '../config.ts'
import { StartupError } from '../node-listen.ts'
import { MemoryStore } from './memory-store.ts'
import { RedisStore } from './redis-store.ts'
import type { SharedStore } from './shared-store.ts'

export async function openStore(
  config: Pick<ServerConfig, 'REDIS_URL' | 'REDIS_KEY_PREFIX' | 'REDIS_ALLOW_VOLATILE'>,
  warn: (line: string) => void = console.warn,
): Promise<SharedStore> {
  if (!config.REDIS_URL) return new MemoryStore()
  const store = new RedisStore({ url: config.REDIS_URL, keyPrefix: config.REDIS_KEY_PREFIX })
  if (!(await store.ready(3000))) {
    warn(
      'REDIS_URL: Redis does not answer yet; capture links are refused until it does (rates hold per instance). ' +
        'Its persistence and eviction settings were not checked.',
    )
    return store
  }
  const check = await store.checkDurability()
  if (check.kind === 'unknown') {
    warn(
      `REDIS_URL: Redis's persistence and eviction settings could not be checked (CONFIG GET answered ${check.reason}). ` +
        'Make sure it persists (AOF or RDB) and uses maxmemory-policy noeviction: docs/operations.md.',
    )
  } else if (check.kind === 'volatile') {
    const risks = check.risks.join('; ')
    if (!config.REDIS_ALLOW_VOLATILE) {
      await store.close()
      throw new StartupError(
        'REDIS_URL',
        `this Redis could forget spent capture-link calls — ${risks}. Configure it as docs/operations.md says, ` +
          'or set REDIS_ALLOW_VOLATILE=1 to start anyway',
      )
    }
    warn(`REDIS_ALLOW_VOLATILE=1: starting on a Redis that could forget spent capture-link calls — ${risks}.`)
  }
  return store
}
