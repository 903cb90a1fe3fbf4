// For the tests of POST /api/records: the business's key pair, records sealed with jose as the browser seals
// them, and a queue that stands in for the durable one as the ROUTE's collaborator only (the durable queues are
// tested by their own integration tests against real Redis and SQLite).
import { CompactEncrypt, exportJWK, generateKeyPair, type CryptoKey as JoseKey } from 'jose'
import type { RecordsOptions } from '#server/app.ts'
import {
  RecordStoreUnavailableError,
  type AcceptResult,
  type QueuedRecord,
  type RecordQueue,
  type RecordQueueHealth,
} from '#server/records/record-queue.ts'
import { recognizeResultSchema, type RecognizeResult } from '#src/hkid/recognize-contract.ts'
import type { RecordPublicJwk, RecordRouting, SealedContent } from '#src/hkid/record-delivery-contract.ts'
import { postImage, specimenCard } from '../server/endpoint-harness.ts'
import { confirmedRecord } from './confirmed-record.ts'

export const WEBHOOK_SECRET = `whsec_${Buffer.from('record-delivery-test-secret-0123').toString('base64')}`

/** Holds what it accepted, keeps one record per ticket (the same record again is "accepted", stored once, as
 * the real queues do), and can be "down" like a stalled store. */
export class StandInRecordQueue implements RecordQueue {
  readonly kind = 'sqlite' as const
  readonly accepted: QueuedRecord[] = []
  readonly #tickets = new Map<string, string>()
  down = false

  async accept(record: QueuedRecord): Promise<AcceptResult> {
    if (this.down) throw new RecordStoreUnavailableError('stand-in store is down')
    const spentBy = this.#tickets.get(record.ticketId)
    if (spentBy !== undefined) return spentBy === record.id ? 'accepted' : 'ticket-used'
    this.#tickets.set(record.ticketId, record.id)
    this.accepted.push(record)
    return 'accepted'
  }

  async health(): Promise<RecordQueueHealth> {
    return { store: this.down ? 'degraded' : 'ok', waiting: this.accepted.length, undeliverable: 0 }
  }

  async close(): Promise<void> {}
}

export interface BusinessKeys {
  publicJwk: RecordPublicJwk
  publicKey: JoseKey
  privateKey: JoseKey
}

export async function businessKeys(kid = 'business-key-1'): Promise<BusinessKeys> {
  const { publicKey, privateKey } = await generateKeyPair('ECDH-ES', { crv: 'P-256', extractable: true })
  const jwk = await exportJWK(publicKey)
  const publicJwk: RecordPublicJwk = {
    kty: 'EC',
    crv: 'P-256',
    x: String(jwk.x),
    y: String(jwk.y),
    kid,
    use: 'enc',
    alg: 'ECDH-ES',
  }
  return { publicJwk, publicKey, privateKey }
}

export function recordsOptions(
  queue: RecordQueue,
  keys: BusinessKeys,
  maxBytes = 1024 * 1024,
): RecordsOptions {
  return { queue, publicJwk: keys.publicJwk, webhookSecret: WEBHOOK_SECRET, maxBytes }
}

/** What the browser seals after a customer confirms the card as recognized. */
export function sealedContentFor(result: RecognizeResult, photo: Uint8Array): SealedContent {
  const record = confirmedRecord(result)
  return {
    record,
    photo: { type: 'image/jpeg', base64: Buffer.from(photo).toString('base64') },
    portraits: result.portraits,
  }
}

export interface SealOptions {
  alg?: string
  enc?: string
  kid?: string | null
  zip?: boolean
}

/** A compact JWE as the browser makes it (ECDH-ES, A256GCM, the key's kid), or bent one way for a test. */
export async function seal(content: unknown, key: JoseKey, options: SealOptions = {}): Promise<string> {
  const header = {
    alg: options.alg ?? 'ECDH-ES',
    enc: options.enc ?? 'A256GCM',
    ...(options.kid === null ? {} : { kid: options.kid ?? 'business-key-1' }),
    ...(options.zip ? { zip: 'DEF' } : {}),
  }
  const plaintext = new TextEncoder().encode(JSON.stringify(content))
  return new CompactEncrypt(plaintext).setProtectedHeader(header).encrypt(key)
}

export const CUSTOMER_ROUTING: RecordRouting = { journey: 'customer', staffReview: false }

type RequestTarget = { request: (path: string, init: RequestInit) => Response | Promise<Response> }

/** The specimen recognized through `app` (with `headers`, e.g. a capture link) and a record sealed from the
 * answer as the browser seals it: the answer, the sealed content and the post that carries it. */
export async function recognizedAndSealed(
  app: RequestTarget,
  keys: BusinessKeys,
  headers: Record<string, string> = {},
) {
  const response = await postImage(app, specimenCard, headers)
  if (response.status !== 200) throw new Error(`the recognition answered ${response.status}, not 200`)
  const result = recognizeResultSchema.parse(await response.json())
  const content = sealedContentFor(result, specimenCard)
  const jwe = await seal(content, keys.publicKey)
  return { result, content, post: { ticket: result.ticket ?? '', jwe, routing: CUSTOMER_ROUTING } }
}

/** POSTs a record the way the browser does. */
export function postRecord(
  app: RequestTarget,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return Promise.resolve(
    app.request('/api/records', {
      method: 'POST',
      body: typeof body === 'string' ? body : JSON.stringify(body),
      headers: { 'Content-Type': 'application/json', ...headers },
    }),
  )
}
