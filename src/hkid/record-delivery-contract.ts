// Record delivery (docs/record-delivery.md): what the browser seals, what it posts to POST /api/records, the
// receipt it gets back, and the webhook body the business receives. Shared by the browser, the server and the
// reference receiver; types are inferred from these schemas, never written twice.
import { z } from 'zod'
import { verifiedRecordSchema } from './verified-record.ts'

/** The business's EC P-256 public key (RECORD_PUBLIC_JWK): never a private key (`d`). */
export const recordPublicJwkSchema = z.strictObject({
  kty: z.literal('EC'),
  crv: z.literal('P-256'),
  x: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  y: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  kid: z.string().min(1).max(128).optional(),
  use: z.literal('enc').optional(),
  alg: z.enum(['ECDH-ES', 'ECDH-ES+A256KW']).optional(),
})
export type RecordPublicJwk = z.infer<typeof recordPublicJwkSchema>

/** The JWE's protected header the server checks (it never opens the JWE): key agreement on P-256, AES-256-GCM. */
export const SEAL_ALGORITHMS = ['ECDH-ES', 'ECDH-ES+A256KW'] as const
export const SEAL_ENCRYPTION = 'A256GCM'

/** What the browser seals: the verified record, the photo that was read and the portraits (base64, no data: prefix). */
export const sealedContentSchema = z.object({
  record: verifiedRecordSchema,
  photo: z.object({ type: z.enum(['image/jpeg', 'image/png', 'image/webp']), base64: z.string() }).nullable(),
  portraits: z.object({ primary: z.string().optional(), secondary: z.string().optional() }),
})
export type SealedContent = z.infer<typeof sealedContentSchema>

/** Non-personal data that travels beside the JWE so the business can route the record without opening it. */
export const recordRoutingSchema = z.strictObject({
  journey: z.enum(['operator', 'customer']),
  /** A member of staff must look at the card before relying on the record */
  staffReview: z.boolean(),
  /** The operator's case number (their own reference), if any */
  reference: z.string().trim().max(64).optional(),
})
export type RecordRouting = z.infer<typeof recordRoutingSchema>

/** Compact JWE: five base64url parts; the size cap is the route's (RECORD_MAX_BYTES). */
const compactJweSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/)

/** POST /api/records (JSON), with the capture token (Authorization: Bearer) when the recognition had one. */
export const recordPostSchema = z.strictObject({
  /** The one-time ticket of the recognition that produced the record (RecognizeResult.ticket) */
  ticket: z.string().min(1).max(1024),
  jwe: compactJweSchema,
  routing: recordRoutingSchema,
})
export type RecordPost = z.infer<typeof recordPostSchema>

/** 202's body: the record is stored durably and will be delivered. `reference` is short, for people to quote. */
export const recordReceiptSchema = z.object({
  id: z.string().regex(/^rec_[A-Za-z0-9_-]{16,64}$/),
  reference: z.string().regex(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/),
  acceptedAt: z.iso.datetime(),
})
export type RecordReceipt = z.infer<typeof recordReceiptSchema>
export const recordAcceptedSchema = z.object({ receipt: recordReceiptSchema })

/** The webhook's JSON body (Standard Webhooks: `{ type, timestamp, data }`); `webhook-id` is `msg_<receipt id>`. */
export const RECORD_WEBHOOK_TYPE = 'hkid.record.confirmed'
export const recordWebhookSchema = z.object({
  type: z.literal(RECORD_WEBHOOK_TYPE),
  timestamp: z.iso.datetime(),
  data: z.object({
    receipt: recordReceiptSchema,
    /** The recognition's request ID, for support */
    requestId: z.string(),
    routing: recordRoutingSchema,
    /** The sealed content (sealedContentSchema), a compact JWE only the business's private key opens */
    jwe: compactJweSchema,
  }),
})
export type RecordWebhook = z.infer<typeof recordWebhookSchema>
