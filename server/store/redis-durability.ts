// Whether a Redis keeps what the store writes: spent calls must survive a Redis restart (RDB snapshots or an
// append-only file) and must not be evicted under memory pressure (no maxmemory, or maxmemory-policy
// noeviction — every key of ours has a TTL, so volatile-* policies evict them as readily as allkeys-*).
// Read with CONFIG GET; a Redis that refuses CONFIG (some managed services) cannot be checked.
import type { ScriptRunner } from './redis-connection.ts'
import { StoreUnavailableError } from './shared-store.ts'

export type DurabilityCheck =
  { kind: 'durable' } | { kind: 'volatile'; risks: string[] } | { kind: 'unknown'; reason: string }

async function configValue(scripts: ScriptRunner, name: string): Promise<string> {
  // RESP2: a flat [name, value] array; empty when the parameter does not exist.
  const reply = await scripts.command<string[]>(['CONFIG', 'GET', name])
  return reply[1] ?? ''
}

export async function checkRedisDurability(scripts: ScriptRunner): Promise<DurabilityCheck> {
  let values: string[]
  try {
    values = await Promise.all(
      ['save', 'appendonly', 'maxmemory', 'maxmemory-policy'].map((name) => configValue(scripts, name)),
    )
  } catch (error) {
    if (error instanceof StoreUnavailableError) return { kind: 'unknown', reason: 'no answer' }
    // The reply's first word (ERR, NOPERM…) says why without echoing anything of ours.
    const word = error instanceof Error ? (/^\S+/.exec(error.message)?.[0] ?? error.name) : 'error'
    return { kind: 'unknown', reason: word }
  }
  const [save = '', appendonly = '', maxmemory = '0', policy = ''] = values
  const risks: string[] = []
  if (save.trim() === '' && appendonly !== 'yes') {
    risks.push('no persistence (save "" and appendonly no): a Redis restart forgets every spent call')
  }
  if (maxmemory !== '0' && policy !== 'noeviction') {
    risks.push(
      `maxmemory-policy ${policy} with maxmemory set: memory pressure can evict spent calls (every key has a TTL)`,
    )
  }
  return risks.length ? { kind: 'volatile', risks } : { kind: 'durable' }
}
