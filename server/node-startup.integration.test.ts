// Bad start-up settings stop the real Node entry with one line naming the setting: no stack trace, and
// never the value (a path, a host, a header value may be private, and a secret never belongs in a log).
import { mkdtempSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runServerToExit, testServerEnv } from '#testing/server/server-process.ts'

const dir = mkdtempSync(join(tmpdir(), 'hkid-startup-'))
let occupied: Server
let occupiedPort = 0

beforeAll(async () => {
  occupied = createServer()
  await new Promise<void>((resolve) => occupied.listen(0, '127.0.0.1', resolve))
  occupiedPort = (occupied.address() as { port: number }).port
})
afterAll(() => new Promise((resolve) => occupied.close(resolve)))

async function refusal(env: Record<string, string>) {
  const run = await runServerToExit(testServerEnv(env))
  expect(run.code).toBe(1)
  const lines = run.stderr.trim().split('\n')
  expect(lines[0]).toBe('HKID Capture cannot start; fix these settings:')
  expect(run.stderr).not.toMatch(/^\s+at /m)
  return { problems: lines.slice(1).map((line) => line.replace(/^\s+- /, '')), all: run.stderr + run.stdout }
}

describe('start-up settings', () => {
  it.each([
    ['HOST', { HOST: 'not a host!' }, 'not a host'],
    ['HOST', { HOST: '203.0.113.77' }, '203.0.113.77'],
    ['PORT', { PORT: '' }, undefined],
    ['TENCENTCLOUD_REGION', { TENCENTCLOUD_REGION: 'ap-hongkong\r\nX-Injected: 1' }, 'X-Injected'],
    [
      'HTTPS_CERT_FILE',
      { HTTPS_CERT_FILE: '/nonexistent/secret-path/cert.pem', HTTPS_KEY_FILE: '/nonexistent/key.pem' },
      'secret-path',
    ],
    [
      'RECORD_PUBLIC_JWK',
      {
        RECORD_WEBHOOK_URL: 'https://hooks.example.com/kyc',
        RECORD_WEBHOOK_SECRET: `whsec_${btoa('node-startup-webhook-secret-0123')}`,
        RECORD_PUBLIC_JWK: '{"kty":"EC","crv":"P-256","x":"a","y":"b","d":"private-half-never-printed"}',
      },
      'private-half-never-printed',
    ],
    ['RECORD_WEBHOOK_SECRET', { RECORD_WEBHOOK_URL: 'https://hooks.example.com/kyc' }, undefined],
  ])('%s: one line naming it, without the value', async (setting, env, value) => {
    const { problems, all } = await refusal(env as Record<string, string>)
    expect(problems).toHaveLength(1)
    expect(problems[0]!.startsWith(setting)).toBe(true)
    if (value) expect(all).not.toContain(value)
  })

  it('names both files when they are not a PEM certificate and key', async () => {
    const cert = join(dir, 'cert.pem')
    const key = join(dir, 'key.pem')
    writeFileSync(cert, 'not a certificate')
    writeFileSync(key, 'not a key')
    const { problems, all } = await refusal({ HTTPS_CERT_FILE: cert, HTTPS_KEY_FILE: key })
    expect(problems).toEqual([
      'HTTPS_CERT_FILE, HTTPS_KEY_FILE: not a PEM certificate and its matching private key',
    ])
    expect(all).not.toContain(dir)
  })

  it('says the port is in use, without a stack', async () => {
    const { problems, all } = await refusal({ PORT: String(occupiedPort) })
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/^PORT: that port is already in use/)
    expect(all).not.toContain(String(occupiedPort))
  })
})
