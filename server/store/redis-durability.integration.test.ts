// Start-up refuses a Redis that could forget spent calls — no persistence (a restart empties it) or an
// eviction policy under a memory limit (pressure drops keys, and every key of ours has a TTL, so volatile-*
// evicts them too) — unless REDIS_ALLOW_VOLATILE=1, which starts with a warning. A Redis that will not
// say (CONFIG disabled, as on some managed services) starts with a warning saying it was not checked.
// Each case against a real redis-server started with that configuration.
import { afterEach, describe, expect, it } from 'vitest'
import { StartupError } from '../node-listen.ts'
import { openStore } from './open-store.ts'
import { RedisStore } from './redis-store.ts'
import type { SharedStore } from './shared-store.ts'
import { DURABLE_REDIS_ARGS, startRedisServer, type RedisServer } from '#testing/server/redis-server.ts'
import { runServerToExit, startServerProcess, testServerEnv } from '#testing/server/server-process.ts'

const opened: { redis: RedisServer; store?: SharedStore }[] = []
afterEach(async () => {
  for (const { redis, store } of opened.splice(0)) {
    await store?.close()
    await redis.close()
  }
})

async function open(args: readonly string[], allowVolatile = false) {
  const redis = await startRedisServer(args)
  const entry: { redis: RedisServer; store?: SharedStore } = { redis }
  opened.push(entry)
  const warnings: string[] = []
  const config = {
    REDIS_URL: redis.url,
    REDIS_KEY_PREFIX: 'durability:',
    REDIS_ALLOW_VOLATILE: allowVolatile,
  }
  try {
    entry.store = await openStore(config, (line) => warnings.push(line))
    return { outcome: 'started' as const, warnings, message: '' }
  } catch (error) {
    if (!(error instanceof StartupError)) throw error
    return { outcome: 'refused' as const, warnings, message: `${error.setting}: ${error.message}` }
  }
}

const NO_PERSISTENCE = ['--save', '', '--appendonly', 'no', '--maxmemory-policy', 'noeviction']
const evicting = (policy: string) => [
  ...['--save', '', '--appendonly', 'yes'],
  ...['--maxmemory', '64mb', '--maxmemory-policy', policy],
]

describe('Redis configuration at start-up', () => {
  it('starts, silently, on an append-only Redis that evicts nothing', async () => {
    expect(await open(DURABLE_REDIS_ARGS)).toEqual({ outcome: 'started', warnings: [], message: '' })
  })

  it('starts on RDB snapshots alone (a restart loses at most the last interval)', async () => {
    const result = await open(['--save', '60 1', '--appendonly', 'no', '--maxmemory-policy', 'noeviction'])
    expect(result.outcome).toBe('started')
  })

  it('refuses a Redis with no persistence: a restart would forget every spent call', async () => {
    const result = await open(NO_PERSISTENCE)
    expect(result.outcome).toBe('refused')
    expect(result.message).toMatch(/^REDIS_URL: .*persistence.*REDIS_ALLOW_VOLATILE=1/)
    expect(result.message).not.toContain('127.0.0.1')
  })

  for (const policy of ['allkeys-lru', 'volatile-lru', 'volatile-ttl', 'allkeys-random']) {
    it(`refuses maxmemory-policy ${policy} under a memory limit: spent calls could be evicted`, async () => {
      const result = await open(evicting(policy))
      expect(result.outcome).toBe('refused')
      expect(result.message).toContain(policy)
    })
  }

  it('does not mind an eviction policy without a memory limit: nothing is ever evicted', async () => {
    const result = await open(['--save', '', '--appendonly', 'yes', '--maxmemory-policy', 'allkeys-lru'])
    expect(result.outcome).toBe('started')
  })

  it('starts with a warning naming each risk when REDIS_ALLOW_VOLATILE=1', async () => {
    const result = await open(
      ['--save', '', '--appendonly', 'no', '--maxmemory', '64mb', '--maxmemory-policy', 'allkeys-lru'],
      true,
    )
    expect(result.outcome).toBe('started')
    expect(result.warnings).toHaveLength(1)
    expect(result.warnings[0]).toMatch(/persistence/)
    expect(result.warnings[0]).toMatch(/allkeys-lru/)
  })

  it('starts with a warning when Redis will not show its configuration (CONFIG disabled)', async () => {
    const result = await open([...DURABLE_REDIS_ARGS, '--rename-command', 'CONFIG', ''])
    expect(result.outcome).toBe('started')
    expect(result.warnings).toHaveLength(1)
    expect(result.warnings[0]).toMatch(/could not be checked/)
  })
})

describe('a spent call across a Redis restart (SIGKILL, then start on the same files)', () => {
  async function spentTwice(args: readonly string[]) {
    const redis = await startRedisServer(args)
    opened.push({ redis })
    const first = new RedisStore({ url: redis.url, keyPrefix: 'restart:' })
    const expires = Date.now() + 60_000
    expect(await first.spendCall('one-call-link', 1, expires)).toBe(true)
    await first.close()
    await redis.stop()
    await redis.start()
    const second = new RedisStore({ url: redis.url, keyPrefix: 'restart:' })
    expect(await second.ready(5000)).toBe(true)
    const again = await second.spendCall('one-call-link', 1, expires)
    await second.close()
    return again
  }

  it('is remembered by the configuration the product requires', async () => {
    expect(await spentTwice(DURABLE_REDIS_ARGS)).toBe(false)
  })

  it('is forgotten without persistence — the hole the start-up check refuses', async () => {
    expect(await spentTwice(NO_PERSISTENCE)).toBe(true)
  })
})

describe('the Node entry on a Redis with no persistence', () => {
  it('stops with one line naming REDIS_URL and the flag, never the URL', async () => {
    const redis = await startRedisServer(NO_PERSISTENCE)
    opened.push({ redis })
    const run = await runServerToExit(testServerEnv({ REDIS_URL: redis.url }))
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/REDIS_URL: this Redis could forget spent capture-link calls/)
    expect(run.stderr + run.stdout).not.toContain(redis.url)
  }, 30_000)

  it('starts with REDIS_ALLOW_VOLATILE=1', async () => {
    const redis = await startRedisServer(NO_PERSISTENCE)
    opened.push({ redis })
    const server = await startServerProcess(
      testServerEnv({ REDIS_URL: redis.url, REDIS_ALLOW_VOLATILE: '1' }),
    )
    await server.stop()
  }, 30_000)
})
