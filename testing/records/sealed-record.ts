// A real sealed record for the delivery tests: a fresh P-256 key pair and secret, a verified record of the
// specimen card under a canary name (so a test can prove it never appears in clear), sealed with jose the
// way the browser seals it, and the webhook body the route would queue.
import { randomBytes, randomUUID } from 'node:crypto'
import { CompactEncrypt, exportJWK, generateKeyPair, importJWK } from 'jose'
import { checkCard } from '#src/hkid/check-card.ts'
import {
  RECORD_WEBHOOK_TYPE,
  recordWebhookSchema,
  SEAL_ENCRYPTION,
  type SealedContent,
} from '#src/hkid/record-delivery-contract.ts'
import { buildVerifiedRecord } from '#src/hkid/verified-record.ts'
import type { QueuedRecord } from '#server/records/record-queue.ts'
import { SPECIMEN_FIELDS } from '#testing/cards/specimen-fields.ts'

export interface TestKeys {
  publicJwk: Record<string, unknown>
  /** JSON, as RECORD_PRIVATE_JWK holds it */
  privateJwk: string
  secret: string
}

export async function freshKeys(): Promise<TestKeys> {
  const { publicKey, privateKey } = await generateKeyPair('ECDH-ES', { extractable: true, crv: 'P-256' })
  return {
    publicJwk: await exportJWK(publicKey),
    privateJwk: JSON.stringify(await exportJWK(privateKey)),
    secret: `whsec_${randomBytes(32).toString('base64')}`,
  }
}

export const freshSecret = () => `whsec_${randomBytes(32).toString('base64')}`

/** What the browser seals: the specimen card under `name`, a tiny photo and a portrait. */
export function sealedContent(name: string): SealedContent {
  const card = { ...SPECIMEN_FIELDS, enName: name }
  const now = new Date()
  const record = buildVerifiedRecord({
    journey: 'customer',
    result: { requestId: `req-${randomUUID()}`, card, warnings: [], portraits: {} },
    card,
    check: checkCard(card, { today: now }),
    reasons: {},
    reference: '',
    recognizedAt: now,
    confirmedAt: now,
  })
  return {
    record,
    photo: { type: 'image/jpeg', base64: Buffer.from(`photo of ${name}`).toString('base64') },
    portraits: { primary: Buffer.from(`portrait of ${name}`).toString('base64') },
  }
}

let counter = 0

/** A queued record as POST /api/records makes it: the content sealed to `publicJwk`, the body built once. */
export async function queuedRecord(
  publicJwk: Record<string, unknown>,
  content: SealedContent,
  ticketId = `ticket-${randomUUID()}`,
): Promise<QueuedRecord> {
  const jwe = await new CompactEncrypt(new TextEncoder().encode(JSON.stringify(content)))
    .setProtectedHeader({ alg: 'ECDH-ES', enc: SEAL_ENCRYPTION })
    .encrypt(await importJWK(publicJwk, 'ECDH-ES'))
  const id = `rec_${randomBytes(12).toString('base64url')}`
  counter += 1
  const acceptedAt = new Date()
  const body = recordWebhookSchema.parse({
    type: RECORD_WEBHOOK_TYPE,
    timestamp: acceptedAt.toISOString(),
    data: {
      receipt: {
        id,
        reference: `TEST-${String(counter).padStart(4, '0')}`,
        acceptedAt: acceptedAt.toISOString(),
      },
      requestId: content.record.requestId,
      routing: { journey: 'customer', staffReview: false },
      jwe,
    },
  })
  return {
    id,
    ticketId,
    ticketExpiresAtMs: Date.now() + 10 * 60_000,
    body: JSON.stringify(body),
    acceptedAtMs: acceptedAt.getTime(),
  }
}
