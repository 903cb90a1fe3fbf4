// Record delivery's settings through loadConfig: together or none, each checked, no value ever echoed.
import { exportJWK, generateKeyPair } from 'jose'
import { beforeAll, describe, expect, it } from 'vitest'
import { deliversRecords, loadConfig } from '../config.ts'
import { DEFAULT_RECORD_MAX_BYTES } from './record-config.ts'

const SECRET = `whsec_${Buffer.from('0123456789abcdef0123456789abcdef').toString('base64')}`
let publicJwk: Record<string, unknown>
let privateJwk: Record<string, unknown>

beforeAll(async () => {
  const pair = await generateKeyPair('ECDH-ES', { crv: 'P-256', extractable: true })
  publicJwk = { ...(await exportJWK(pair.publicKey)), kid: 'business-2026', use: 'enc' }
  privateJwk = { ...(await exportJWK(pair.privateKey)), kid: 'business-2026' }
})

const delivery = () => ({
  RECORD_WEBHOOK_URL: 'https://hooks.example.com/kyc',
  RECORD_WEBHOOK_SECRET: SECRET,
  RECORD_PUBLIC_JWK: JSON.stringify(publicJwk),
})

function problemsOf(env: Record<string, string>) {
  const loaded = loadConfig(env)
  return loaded.ok ? [] : loaded.problems
}

describe('record delivery settings', () => {
  it('are off by default, with the store path, retention and size cap at their defaults', () => {
    const loaded = loadConfig({})
    expect(loaded.ok && deliversRecords(loaded.config)).toBe(false)
    expect(loaded.ok && loaded.config).toMatchObject({
      RECORD_STORE_PATH: 'data/records.sqlite',
      RECORD_RETENTION_HOURS: 72,
      RECORD_MAX_BYTES: DEFAULT_RECORD_MAX_BYTES,
    })
  })

  it('turn delivery on with all three, the key parsed as a public JWK', () => {
    const loaded = loadConfig({ ...delivery(), RECORD_RETENTION_HOURS: '24', RECORD_MAX_BYTES: '2000000' })
    expect(loaded.ok).toBe(true)
    if (!loaded.ok) return
    expect(deliversRecords(loaded.config)).toBe(true)
    expect(loaded.config.RECORD_PUBLIC_JWK).toEqual(publicJwk)
    expect(loaded.config.RECORD_RETENTION_HOURS).toBe(24)
    expect(loaded.config.RECORD_MAX_BYTES).toBe(2_000_000)
  })

  it('name the missing ones when only some are set', () => {
    const { RECORD_WEBHOOK_URL } = delivery()
    expect(problemsOf({ RECORD_WEBHOOK_URL })).toEqual([
      expect.stringMatching(
        /^RECORD_WEBHOOK_SECRET: record delivery needs all of .*RECORD_WEBHOOK_SECRET and RECORD_PUBLIC_JWK are missing/,
      ),
    ])
    const { RECORD_WEBHOOK_SECRET, RECORD_PUBLIC_JWK } = delivery()
    expect(problemsOf({ RECORD_WEBHOOK_SECRET, RECORD_PUBLIC_JWK })).toEqual([
      expect.stringMatching(/^RECORD_WEBHOOK_URL: .*RECORD_WEBHOOK_URL is missing/),
    ])
  })

  it('refuse a private key, saying to give the public one, without printing any of it', () => {
    const problems = problemsOf({ ...delivery(), RECORD_PUBLIC_JWK: JSON.stringify(privateJwk) })
    expect(problems).toEqual([
      expect.stringMatching(/^RECORD_PUBLIC_JWK: is a PRIVATE key .*give the PUBLIC key/),
    ])
    expect(problems.join('\n')).not.toContain(String(privateJwk.d))
    expect(problems.join('\n')).not.toContain(String(privateJwk.x))
  })

  it('refuse a key that is not JSON, not EC P-256, or carries unexpected members', () => {
    expect(problemsOf({ ...delivery(), RECORD_PUBLIC_JWK: '{kty: EC' })).toEqual([
      expect.stringMatching(/^RECORD_PUBLIC_JWK: is not JSON/),
    ])
    const p384 = JSON.stringify({ ...publicJwk, crv: 'P-384' })
    expect(problemsOf({ ...delivery(), RECORD_PUBLIC_JWK: p384 })).toEqual([
      expect.stringMatching(/^RECORD_PUBLIC_JWK: must be an EC P-256 public JWK.*crv/),
    ])
    const rsa = JSON.stringify({ kty: 'RSA', n: 'abc', e: 'AQAB' })
    expect(problemsOf({ ...delivery(), RECORD_PUBLIC_JWK: rsa })).toHaveLength(1)
  })

  it('refuse a secret that is not whsec_ and base64 of at least 24 bytes, never echoing it', () => {
    const short = `whsec_${Buffer.from('only-sixteen-byt').toString('base64')}`
    for (const secret of ['0123456789abcdef0123456789abcdef0123', short, 'whsec_not base64!!']) {
      const problems = problemsOf({ ...delivery(), RECORD_WEBHOOK_SECRET: secret })
      expect(problems).toEqual([expect.stringMatching(/^RECORD_WEBHOOK_SECRET: must/)])
      expect(problems.join('\n')).not.toContain(secret.slice(6))
    }
  })

  it('refuse a webhook URL that is not http(s), and retention or size out of range', () => {
    expect(problemsOf({ ...delivery(), RECORD_WEBHOOK_URL: 'ftp://hooks.example.com/' })).toEqual([
      expect.stringMatching(/^RECORD_WEBHOOK_URL: must be an http/),
    ])
    const problems = problemsOf({ RECORD_RETENTION_HOURS: '0', RECORD_MAX_BYTES: '' })
    expect(problems.map((line) => line.split(':')[0]).sort()).toEqual([
      'RECORD_MAX_BYTES',
      'RECORD_RETENTION_HOURS',
    ])
    expect(problemsOf({ RECORD_RETENTION_HOURS: '721' })).toHaveLength(1)
  })

  it('take a retry schedule in milliseconds under NODE_ENV=test only, and never a malformed one', () => {
    const loaded = loadConfig({ ...delivery(), NODE_ENV: 'test', RECORD_RETRY_STEPS_MS: '200, 500,1000' })
    expect(loaded.ok && loaded.config.RECORD_RETRY_STEPS_MS).toEqual([200, 500, 1000])
    expect(problemsOf({ ...delivery(), RECORD_RETRY_STEPS_MS: '200' })).toEqual([
      expect.stringMatching(/^RECORD_RETRY_STEPS_MS: is for tests only \(NODE_ENV=test\)/),
    ])
    expect(problemsOf({ ...delivery(), NODE_ENV: 'production', RECORD_RETRY_STEPS_MS: '200' })).toHaveLength(
      1,
    )
    for (const bad of ['fast', '200,-1', '1.5', '0', '200,0', '90000', '1,2,3,4,5,6,7,8,9'])
      expect(problemsOf({ NODE_ENV: 'test', RECORD_RETRY_STEPS_MS: bad })).toEqual([
        expect.stringMatching(/^RECORD_RETRY_STEPS_MS: must be up to 8 comma-separated waits in ms/),
      ])
  })
})
