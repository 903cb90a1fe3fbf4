// `npm run record-receiver`: the reference receiver of record delivery — what a business copies. It checks
// the Standard Webhooks signature (and that the timestamp is recent), reads the body, opens the sealed record
// with the business's private key and answers 204 at once. A delivery seen before (same webhook-id) is
// answered 204 again and not handled twice, after a restart too (the ids handled are kept in a file): retries
// may repeat one. It prints no personal data.
//
// Env: PORT (8788), RECORD_WEBHOOK_SECRET (whsec_…), RECORD_PRIVATE_JWK (from `npm run record-keys`),
//      RECORD_OUT_DIR (optional: each opened record is written there as <receipt id>.json),
//      RECORD_SEEN_FILE (the webhook-ids handled; default seen-webhook-ids.jsonl in RECORD_OUT_DIR, or here).
// Testing aid, never for production: RECEIVER_FAIL_FIRST=N answers 503 to the first N signed deliveries.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { createServer, type IncomingMessage } from 'node:http'
import { join } from 'node:path'
import { compactDecrypt, importJWK } from 'jose'
import { Webhook } from 'standardwebhooks'
import {
  recordWebhookSchema,
  sealedContentSchema,
  SEAL_ENCRYPTION,
} from '#src/hkid/record-delivery-contract.ts'
import { SeenWebhookIds } from './seen-webhook-ids.ts'

const MAX_BODY_BYTES = 20 * 1024 * 1024
const env = process.env
if (!env.RECORD_WEBHOOK_SECRET || !env.RECORD_PRIVATE_JWK) {
  console.error('record-receiver: set RECORD_WEBHOOK_SECRET and RECORD_PRIVATE_JWK (npm run record-keys)')
  process.exit(1)
}
const webhook = new Webhook(env.RECORD_WEBHOOK_SECRET)
const privateKey = await importJWK(JSON.parse(env.RECORD_PRIVATE_JWK) as Record<string, unknown>, 'ECDH-ES')
const outDir = env.RECORD_OUT_DIR
if (outDir) mkdirSync(outDir, { recursive: true })
const seen = new SeenWebhookIds(env.RECORD_SEEN_FILE ?? join(outDir ?? '.', 'seen-webhook-ids.jsonl'))
let failFirst = Number(env.RECEIVER_FAIL_FIRST ?? 0)

async function readBody(request: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_BODY_BYTES) return null
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

async function open(body: Buffer) {
  const delivery = recordWebhookSchema.parse(JSON.parse(body.toString('utf8')))
  const { plaintext, protectedHeader } = await compactDecrypt(delivery.data.jwe, privateKey, {
    contentEncryptionAlgorithms: [SEAL_ENCRYPTION],
    keyManagementAlgorithms: ['ECDH-ES', 'ECDH-ES+A256KW'],
  })
  if (protectedHeader.enc !== SEAL_ENCRYPTION) throw new Error('unexpected encryption')
  return { delivery, content: sealedContentSchema.parse(JSON.parse(new TextDecoder().decode(plaintext))) }
}

const server = createServer((request, response) => {
  const answer = (status: number, text = '') => response.writeHead(status).end(text)
  if (request.method !== 'POST') return answer(405)
  void (async () => {
    const body = await readBody(request)
    if (!body) return answer(413)
    const headers = {
      'webhook-id': String(request.headers['webhook-id'] ?? ''),
      'webhook-timestamp': String(request.headers['webhook-timestamp'] ?? ''),
      'webhook-signature': String(request.headers['webhook-signature'] ?? ''),
    }
    try {
      webhook.verify(body, headers) // a bad or missing signature, or a timestamp over 5 minutes off
    } catch {
      console.log(`rejected ${headers['webhook-id'] || '(no id)'}: signature not verified`)
      return answer(400, 'bad signature')
    }
    if (failFirst > 0) {
      failFirst -= 1
      console.log(`failing on purpose ${headers['webhook-id']} (RECEIVER_FAIL_FIRST)`)
      return answer(503)
    }
    if (seen.has(headers['webhook-id'])) {
      console.log(`duplicate ${headers['webhook-id']}: already handled`)
      return answer(204)
    }
    let opened: Awaited<ReturnType<typeof open>>
    try {
      opened = await open(body)
    } catch {
      console.log(`rejected ${headers['webhook-id']}: not a record this key opens`)
      return answer(422, 'not a record')
    }
    // Store it before answering: after the 2xx the sender forgets the record.
    const { receipt, routing } = opened.delivery.data
    if (outDir) {
      // Written aside and renamed: whatever watches the folder never reads a record half written.
      const path = join(outDir, `${receipt.id}.json`)
      writeFileSync(`${path}.part`, JSON.stringify(opened.content), { mode: 0o600 })
      renameSync(`${path}.part`, path)
    }
    seen.add(headers['webhook-id'])
    console.log(
      `record ${receipt.reference} id=${headers['webhook-id']} journey=${routing.journey} staffReview=${routing.staffReview}`,
    )
    answer(204)
  })().catch(() => answer(500))
})

server.listen(Number(env.PORT ?? 8788), () => {
  const address = server.address()
  console.log(
    `record-receiver listening on ${typeof address === 'object' && address ? address.port : env.PORT}`,
  )
})
