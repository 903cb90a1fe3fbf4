// The customer's confirmed record to every destination there is: the host page (once; it answers at once) and
// the business's webhook. Received when the webhook gave a receipt, or, with no webhook, when the host page
// took it; anything else is a failure the customer sees. One attempt per send, however often a screen mounts.
import type { RecordReceipt } from '#src/hkid/record-delivery-contract.ts'
import type { VerifiedRecord } from '#src/hkid/verified-record.ts'
import type { DeliveryOutcome, RecordToDeliver } from './deliver-record.ts'
import type { DeliveryFailure } from './delivery-problem.ts'

export type CustomerOutcome = { receipt?: RecordReceipt } | { failure: DeliveryFailure }

/** The host page's hand-off: false when it did not take the record. */
export type HostHandOff = (record: VerifiedRecord) => boolean | void | Promise<boolean | void>

const attempts = new WeakMap<object, Promise<CustomerOutcome>>()
const hostTook = new WeakSet<VerifiedRecord>()

export function deliverForCustomer(
  send: RecordToDeliver,
  toWebhook: (record: RecordToDeliver) => Promise<DeliveryOutcome | null>,
  toHost?: HostHandOff,
): Promise<CustomerOutcome> {
  let attempt = attempts.get(send)
  if (!attempt) {
    attempt = (async () => {
      const { record } = send
      if (toHost && !hostTook.has(record)) {
        const taken = await Promise.resolve(toHost(record)).catch(() => false)
        if (taken !== false) hostTook.add(record)
      }
      const outcome = await toWebhook(send)
      if (outcome) return outcome
      if (hostTook.has(record)) return {}
      return { failure: { code: 'RECORD_DELIVERY_OFF', problem: 'ours' } }
    })()
    attempts.set(send, attempt)
  }
  return attempt
}
