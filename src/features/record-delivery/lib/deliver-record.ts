// One record delivery by webhook: seal the record with its photo and portraits to the business's key, then
// post it with the recognition's one-time ticket. Only the steps after review load it (zod, the contract;
// jose on first use).
import type { RecordPublicJwk, RecordReceipt, RecordRouting } from '#src/hkid/record-delivery-contract.ts'
import { getClientConfig } from '#src/session/client-config.ts'
import { postRecord } from '../api/post-record.ts'
import { RecordDeliveryError } from '../api/record-delivery-error.ts'
import { deliveryFailure, type DeliveryFailure } from './delivery-problem.ts'
import { loadJose, sealedContent, sealRecord, type SealInput } from './seal-record.ts'
import { webhookConfigured } from './webhook-configured.ts'

// Chromium, Firefox and Safari word a failed dynamic import differently; all throw a TypeError.
const LOAD_FAILED = /dynamically imported module|importing a module script failed/i

export interface DeliverRecordInput extends SealInput {
  publicJwk: RecordPublicJwk
  /** RecognizeResult.ticket: absent when the server gave none (delivery switched off since the recognition) */
  ticket: string | undefined
  signal?: AbortSignal | undefined
}

/** The routing data that travels beside the JWE: nothing personal, only what lets the business sort it. */
export function routingOf(record: SealInput['record']): RecordRouting {
  const reference = record.reference?.trim()
  return {
    journey: record.journey ?? 'operator',
    staffReview: record.staffReview?.needed ?? false,
    ...(reference ? { reference: reference.slice(0, 64) } : {}),
  }
}

export async function deliverRecord(input: DeliverRecordInput): Promise<RecordReceipt> {
  // Delivery on, yet the recognition came without a ticket: the server's setting changed in between.
  if (!input.ticket) throw new RecordDeliveryError('RECORD_DELIVERY_OFF')
  let jwe: string
  try {
    jwe = await sealRecord(await sealedContent(input), input.publicJwk)
  } catch (error) {
    // jose's code could not be fetched: a connection problem, not a broken record.
    if (error instanceof TypeError && LOAD_FAILED.test(error.message))
      throw new RecordDeliveryError('NETWORK')
    throw new RecordDeliveryError('SEAL_FAILED')
  }
  return postRecord({
    post: { ticket: input.ticket, jwe, routing: routingOf(input.record) },
    signal: input.signal,
  })
}

export type DeliveryOutcome = { receipt: RecordReceipt } | { failure: DeliveryFailure }
export type RecordToDeliver = Omit<DeliverRecordInput, 'publicJwk'>

/** A confirmed record to the webhook, when one is configured (null when not): the receipt, or what failed. */
export async function sendRecord(input: RecordToDeliver): Promise<DeliveryOutcome | null> {
  const { recordWebhook } = await getClientConfig()
  if (!recordWebhook) return null
  try {
    return { receipt: await deliverRecord({ ...input, publicJwk: recordWebhook.publicJwk }) }
  } catch (error) {
    return { failure: deliveryFailure(error) }
  }
}

/** Fetches jose while the details are checked, when records are sealed here, so "Send" does not wait. */
export async function warmRecordDelivery(): Promise<void> {
  if (await webhookConfigured()) await loadJose().catch(() => undefined)
}
