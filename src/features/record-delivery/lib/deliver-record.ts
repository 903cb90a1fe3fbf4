// One record delivery by webhook: seal the record with its photo and portraits to the business's key, then
// post it with the recognition's one-time ticket. Loaded on demand, with jose, zod and the contract.
import type { RecordPublicJwk, RecordReceipt, RecordRouting } from '#src/hkid/record-delivery-contract.ts'
import { postRecord } from '../api/post-record.ts'
import { RecordDeliveryError } from '../api/record-delivery-error.ts'
import { deliveryFailure, type DeliveryFailure } from './delivery-problem.ts'
import { sealedContent, sealRecord, type SealInput } from './seal-record.ts'

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

// Each record is sealed once: "Try again" after a lost answer posts the very same JWE, which the server
// recognises (same receipt, stored once) rather than refusing as a second record under a spent ticket.
const sealedRecords = new WeakMap<SealInput['record'], Promise<string>>()

function sealOnce(input: DeliverRecordInput): Promise<string> {
  let jwe = sealedRecords.get(input.record)
  if (!jwe) {
    jwe = sealedContent(input).then((content) => sealRecord(content, input.publicJwk))
    sealedRecords.set(input.record, jwe)
    jwe.catch(() => sealedRecords.delete(input.record))
  }
  return jwe
}

export async function deliverRecord(input: DeliverRecordInput): Promise<RecordReceipt> {
  // Delivery on, yet the recognition came without a ticket: the server's setting changed in between.
  if (!input.ticket) throw new RecordDeliveryError('RECORD_DELIVERY_OFF')
  let jwe: string
  try {
    jwe = await sealOnce(input)
  } catch {
    throw new RecordDeliveryError('SEAL_FAILED')
  }
  return postRecord({
    post: { ticket: input.ticket, jwe, routing: routingOf(input.record) },
    signal: input.signal,
  })
}

export type DeliveryOutcome = { receipt: RecordReceipt } | { failure: DeliveryFailure }
export type RecordToDeliver = Omit<DeliverRecordInput, 'publicJwk'>

/** A confirmed record to the business's key: the receipt, or what failed. */
export async function sendRecord(input: DeliverRecordInput): Promise<DeliveryOutcome> {
  try {
    return { receipt: await deliverRecord(input) }
  } catch (error) {
    return { failure: deliveryFailure(error) }
  }
}
