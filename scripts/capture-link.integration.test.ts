// `npm run capture-link` as an operator runs it: a customer's link only when the record has somewhere to go.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const SCRIPT = fileURLToPath(new URL('./capture-link.ts', import.meta.url))
const TOKEN_SECRET = 'capture-link-test-secret-0123456789abcdef'
const DELIVERY = {
  RECORD_WEBHOOK_URL: 'https://hooks.example.com/kyc',
  RECORD_WEBHOOK_SECRET: `whsec_${Buffer.from('capture-link-webhook-secret-0123').toString('base64')}`,
  RECORD_PUBLIC_JWK: JSON.stringify({
    kty: 'EC',
    crv: 'P-256',
    x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU',
    y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0',
  }),
}

function captureLink(env: Record<string, string>, args: string[] = []) {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !/^(RECORD_|HANDOFF_ORIGIN|CAPTURE_TOKEN|PUBLIC_URL$|PORT$)/.test(name),
    ),
  )
  const run = spawnSync(process.execPath, ['--import', 'tsx', SCRIPT, ...args], {
    env: { ...clean, CAPTURE_TOKEN_SECRET: TOKEN_SECRET, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

describe('npm run capture-link', () => {
  it('refuses a customer link when no destination is configured, saying what to set', () => {
    const run = captureLink({})
    expect(run.status).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(/record would reach no one: set RECORD_WEBHOOK_URL.*or RECORD_HOST_ORIGIN/s)
  })

  it('makes a customer link with a webhook, or with a host page', () => {
    for (const env of [DELIVERY, { RECORD_HOST_ORIGIN: 'https://partner.example' }]) {
      const run = captureLink(env)
      expect([run.status, run.stderr]).toEqual([0, expect.stringMatching(/a customer's link/)])
      expect(run.stdout).toMatch(/^http:\/\/127\.0\.0\.1:8787\/#token=[A-Za-z0-9_.-]+\n$/)
    }
  })

  it('makes an operator link without a destination: the desk can download the record', () => {
    const run = captureLink({}, ['--journey', 'operator'])
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/#token=/)
  })
})
