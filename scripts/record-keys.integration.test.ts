// `npm run record-keys` as a business runs it (a child process): what it prints for our server seals a
// record that what it prints for the receiver opens; the public half holds no private part; --out writes
// both files readable by their owner only.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { compactDecrypt, CompactEncrypt, importJWK } from 'jose'
import { describe, expect, it } from 'vitest'
import { Webhook } from 'standardwebhooks'
import { recordPublicJwkSchema, SEAL_ENCRYPTION } from '#src/hkid/record-delivery-contract.ts'

const ENTRY = fileURLToPath(new URL('./record-keys.ts', import.meta.url))
const run = (...args: string[]) => {
  const result = spawnSync(process.execPath, ['--import', 'tsx', ENTRY, ...args], { encoding: 'utf8' })
  expect(result.status, result.stderr).toBe(0)
  return result.stdout
}

function envValue(text: string, name: string): string {
  const line = text.split('\n').find((entry) => entry.startsWith(`${name}=`))
  if (!line) throw new Error(`${name} not printed`)
  return line.slice(name.length + 1).replace(/^'(.*)'$/, '$1')
}

async function roundTrip(serverEnv: string, receiverEnv: string) {
  const publicJwk = recordPublicJwkSchema.parse(JSON.parse(envValue(serverEnv, 'RECORD_PUBLIC_JWK')))
  const privateJwk = JSON.parse(envValue(receiverEnv, 'RECORD_PRIVATE_JWK')) as Record<string, unknown>
  expect(privateJwk.kid).toBe(publicJwk.kid)
  expect(publicJwk).toMatchObject({ use: 'enc', alg: 'ECDH-ES' })
  const jwe = await new CompactEncrypt(new TextEncoder().encode('sealed for the business'))
    .setProtectedHeader({ alg: 'ECDH-ES', enc: SEAL_ENCRYPTION, kid: publicJwk.kid! })
    .encrypt(await importJWK(publicJwk, 'ECDH-ES'))
  const { plaintext } = await compactDecrypt(jwe, await importJWK(privateJwk, 'ECDH-ES'))
  expect(new TextDecoder().decode(plaintext)).toBe('sealed for the business')

  const secret = envValue(serverEnv, 'RECORD_WEBHOOK_SECRET')
  expect(envValue(receiverEnv, 'RECORD_WEBHOOK_SECRET')).toBe(secret)
  expect(Buffer.from(secret.replace(/^whsec_/, ''), 'base64')).toHaveLength(32)
  const at = new Date()
  const headers = {
    'webhook-id': 'msg_1',
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': new Webhook(secret).sign('msg_1', at, '{}'),
  }
  expect(new Webhook(envValue(receiverEnv, 'RECORD_WEBHOOK_SECRET')).verify('{}', headers)).toEqual({})
}

describe('npm run record-keys', () => {
  it('prints keys that seal and open a record, and a shared webhook secret', async () => {
    const printed = run()
    const [serverEnv, receiverEnv] = printed.split('\n\n')
    expect(serverEnv).not.toContain('RECORD_PRIVATE_JWK')
    expect(serverEnv).not.toMatch(/"d":/)
    await roundTrip(serverEnv!, receiverEnv!)
    // A second run makes other keys.
    expect(envValue(run(), 'RECORD_WEBHOOK_SECRET')).not.toBe(envValue(printed, 'RECORD_WEBHOOK_SECRET'))
  })

  it('--out writes server.env and receiver.env, mode 0600', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hkid-keys-'))
    try {
      run('--out', join(dir, 'keys'))
      const files = ['server.env', 'receiver.env'].map((name) => join(dir, 'keys', name))
      for (const file of files) expect(statSync(file).mode & 0o777).toBe(0o600)
      await roundTrip(readFileSync(files[0]!, 'utf8'), readFileSync(files[1]!, 'utf8'))
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
