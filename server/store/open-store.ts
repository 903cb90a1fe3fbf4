// The store a Node process uses: Redis when REDIS_URL is set (several instances share budgets and limits),
// else this process's memory. An unreachable Redis does not stop the server: it starts, says so in one
// line (never the URL, which may hold a password), refuses capture-link calls until Redis answers and
// keeps per-IP/per-token rates in its own memory meanwhile (fail-policy.ts).
import type { ServerConfig } from '../config.ts'
import { MemoryStore } from './memory-store.ts'
import { RedisStore } from './redis-store.ts'
import type { SharedStore } from './shared-store.ts'

export async function openStore(
  config: Pick<ServerConfig, 'REDIS_URL' | 'REDIS_KEY_PREFIX'>,
  warn: (line: string) => void = console.warn,
): Promise<SharedStore> {
  if (!config.REDIS_URL) return new MemoryStore()
  const store = new RedisStore({ url: config.REDIS_URL, keyPrefix: config.REDIS_KEY_PREFIX })
  if (!(await store.ready(3000))) {
    warn(
      'REDIS_URL: Redis does not answer yet; capture links are refused until it does (rates hold per instance).',
    )
  }
  return store
}
