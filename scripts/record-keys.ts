// `npm run record-keys`: what a business needs to receive records — an EC P-256 key pair (the public half
// seals records in the browser, the private half opens them at the receiver) and a Standard Webhooks secret
// (both sides). Prints the environment lines for our server and for the receiver, or with `--out dir` writes
// them to server.env and receiver.env there (mode 0600). The private key never belongs on our server.
import { randomBytes } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { calculateJwkThumbprint, exportJWK, generateKeyPair } from 'jose'

export interface RecordKeys {
  publicJwk: Record<string, unknown>
  privateJwk: Record<string, unknown>
  webhookSecret: string
}

export async function makeRecordKeys(): Promise<RecordKeys> {
  const { publicKey, privateKey } = await generateKeyPair('ECDH-ES', { extractable: true, crv: 'P-256' })
  const publicJwk = await exportJWK(publicKey)
  const kid = await calculateJwkThumbprint(publicJwk)
  const common = { kid, use: 'enc', alg: 'ECDH-ES' }
  return {
    publicJwk: { ...publicJwk, ...common },
    privateJwk: { ...(await exportJWK(privateKey)), ...common },
    webhookSecret: `whsec_${randomBytes(32).toString('base64')}`,
  }
}

export function envFiles(keys: RecordKeys): { server: string; receiver: string } {
  return {
    server:
      '# Our server (HKID Capture): seals to the public key, signs deliveries\n' +
      `RECORD_PUBLIC_JWK='${JSON.stringify(keys.publicJwk)}'\nRECORD_WEBHOOK_SECRET=${keys.webhookSecret}\n`,
    receiver:
      "# The business's receiver: opens records with the private key, verifies deliveries. Keep it secret.\n" +
      `RECORD_PRIVATE_JWK='${JSON.stringify(keys.privateJwk)}'\nRECORD_WEBHOOK_SECRET=${keys.webhookSecret}\n`,
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: 'string' } } })
  const files = envFiles(await makeRecordKeys())
  if (!values.out) {
    process.stdout.write(`${files.server}\n${files.receiver}`)
    return
  }
  mkdirSync(values.out, { recursive: true, mode: 0o700 })
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(join(values.out, `${name}.env`), text, { mode: 0o600 })
  }
  console.log(`record-keys: wrote server.env and receiver.env in ${values.out} (mode 0600)`)
}

if (import.meta.url === `file://${process.argv[1]}`) await main()
