// The configuration's refusal through the real Node entry, in a process of its own.
import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'

const KEYS = { TENCENTCLOUD_SECRET_ID: 'AKIDrealish', TENCENTCLOUD_SECRET_KEY: 'super-secret-key-value' }

describe('the Node entry', () => {
  it('refuses to start with real keys and no token secret, and says why', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'server/node.ts'], {
      env: { PATH: process.env.PATH, ...KEYS, PORT: '0' },
      encoding: 'utf8',
      timeout: 30_000,
    })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('CAPTURE_TOKEN_SECRET')
    expect(run.stderr).toContain('ALLOW_ANONYMOUS=1')
    expect(run.stderr + run.stdout).not.toContain(KEYS.TENCENTCLOUD_SECRET_KEY)
  })
})
