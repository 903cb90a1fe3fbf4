// The production entry's allocator settings: added without overriding the operator, and really present in
// the process that serves (server/launch-node.ts relaunches node.ts with them on glibc).
import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import {
  ALLOCATOR_SETTINGS,
  hasAllocatorSettings,
  runsOnGlibc,
  withAllocatorSettings,
} from './allocator-env.ts'

describe('allocator settings', () => {
  it('are added where missing and never override what the operator set', () => {
    const env = withAllocatorSettings({ PORT: '1', MALLOC_ARENA_MAX: '4' })
    expect(env).toMatchObject({ PORT: '1', MALLOC_ARENA_MAX: '4' })
    expect(env.MALLOC_MMAP_THRESHOLD_).toBe(ALLOCATOR_SETTINGS.MALLOC_MMAP_THRESHOLD_)
    expect(hasAllocatorSettings(env)).toBe(true)
    expect(hasAllocatorSettings({ MALLOC_ARENA_MAX: '2' })).toBe(false)
  })

  it('reach node.ts through launch-node.ts, which mirrors its exit and messages', () => {
    // Printed by every process started with these flags: the launcher, then node.ts if relaunched.
    const probe = 'data:text/javascript,console.error("threshold="+process.env.MALLOC_MMAP_THRESHOLD_)'
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--import', probe, 'server/launch-node.ts'], {
      // Real keys and no token secret: node.ts refuses to start (exit 1), after the settings are in place.
      env: {
        PATH: process.env.PATH,
        TENCENTCLOUD_SECRET_ID: 'AKIDrealish',
        TENCENTCLOUD_SECRET_KEY: 'super-secret-key-value',
        PORT: '0',
      },
      encoding: 'utf8',
      timeout: 30_000,
    })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('CAPTURE_TOKEN_SECRET')
    const seen = run.stderr.match(/threshold=\w+/g)
    expect(seen).toEqual(
      runsOnGlibc()
        ? ['threshold=undefined', `threshold=${ALLOCATOR_SETTINGS.MALLOC_MMAP_THRESHOLD_}`]
        : ['threshold=undefined'],
    )
  })
})
