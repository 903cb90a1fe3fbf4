// Where a confirmed record goes, and what the screens may say about it: the business's webhook (sealed, with
// the recognition's ticket) and the host page. A customer's record moves the flow on only when one of them took
// it — "received" only after the server's 202 when a webhook is configured; the operator's is sent in the
// background while the done screen shows how it went.
import { useRef, useState, type RefObject } from 'react'
import type { Delivery } from '#src/features/review/components/record-view.tsx'
import type { WebhookState } from '#src/features/review/components/webhook-state.tsx'
import { deliveryProblem, waitSeconds } from '#src/features/record-delivery/lib/delivery-problem.ts'
import {
  useRecordDelivery,
  webhookConfigured,
  type RecordToDeliver,
  type WebhookDelivery,
} from '#src/features/record-delivery/hooks/use-record-delivery.ts'
import type { RecognizeResult } from '#src/hkid/recognize-contract.ts'
import type { VerifiedRecord } from '#src/hkid/verified-record.ts'
import type { CustomerSend, FlowEvent } from './flow-state.ts'

/** What a host's callback says about a record: false when it did not take it (e.g. no page to post to). */
export type DeliveryOutcome = boolean | void | Promise<boolean | void>

interface ConfirmedDeliveryOptions {
  onComplete?: ((record: VerifiedRecord) => DeliveryOutcome) | undefined
  go: (event: FlowEvent) => void
  /** The flow's generation: an answer for an earlier customer changes nothing. */
  generation: RefObject<number>
}

const toDeliver = (record: VerifiedRecord, result: RecognizeResult, image?: Blob): RecordToDeliver => ({
  record,
  result,
  image,
  ticket: result.ticket,
})

/** The webhook's state in the done screen's words: the receipt's short reference, or what went wrong. */
export function webhookState(webhook: WebhookDelivery): WebhookState {
  if (!webhook || webhook.status === 'sending') return webhook
  if (webhook.status === 'accepted') return { status: 'accepted', receipt: webhook.receipt.reference }
  const { failure } = webhook
  return {
    status: 'failed',
    problem: deliveryProblem(failure.code),
    waitSeconds: waitSeconds(failure),
    requestId: failure.requestId,
  }
}

export function useConfirmedDelivery({ onComplete, go, generation }: ConfirmedDeliveryOptions) {
  const { deliver, reset: resetDelivery } = useRecordDelivery()
  const [delivery, setDelivery] = useState<Delivery>(null)
  const [webhook, setWebhook] = useState<WebhookDelivery>(null)
  const [hostTakesRecords, setHostTakesRecords] = useState(false)
  const lastSent = useRef<RecordToDeliver | null>(null)
  // Whether the host page took the customer's record already: a retry then goes to the webhook alone.
  const hostTook = useRef(false)

  function deliverToHost(record: VerifiedRecord) {
    if (!onComplete) return
    const mine = generation.current
    void Promise.resolve(onComplete(record)).then((taken) => {
      if (taken === false || mine !== generation.current) return
      setHostTakesRecords(true)
      setDelivery({ via: 'host', reference: record.reference ?? '' })
    })
  }

  async function sendToWebhook(input: RecordToDeliver) {
    const mine = generation.current
    lastSent.current = input
    if (!(await webhookConfigured()) || mine !== generation.current) return
    setWebhook({ status: 'sending' })
    const outcome = await deliver(input)
    if (mine !== generation.current || !outcome) return
    setWebhook(
      'receipt' in outcome
        ? { status: 'accepted', receipt: outcome.receipt }
        : { status: 'failed', failure: outcome.failure },
    )
  }

  /** The customer's record, first time or again: on to "received", or to a failure that keeps it. */
  async function sendForCustomer(send: CustomerSend) {
    const mine = generation.current
    if (!hostTook.current && onComplete)
      hostTook.current = (await Promise.resolve(onComplete(send.record)).catch(() => false)) !== false
    const outcome = await deliver(toDeliver(send.record, send.result, send.image))
    if (mine !== generation.current) return
    if (outcome && 'receipt' in outcome) go({ type: 'delivered', receipt: outcome.receipt })
    else if (outcome) go({ type: 'delivery-failed', failure: outcome.failure })
    // No webhook: the host page is the one destination, and it took the record or it did not.
    else if (hostTook.current) go({ type: 'delivered' })
    else go({ type: 'delivery-failed', failure: { code: 'RECORD_DELIVERY_OFF' } })
  }

  return {
    delivery,
    webhook: webhookState(webhook),
    /** A record just confirmed: the customer's goes (the flow shows "sending"), the operator's starts going. */
    confirmed(journey: 'operator' | 'customer', send: CustomerSend) {
      if (journey === 'customer') {
        hostTook.current = false
        void sendForCustomer(send)
        return
      }
      setDelivery(null)
      setWebhook(null)
      deliverToHost(send.record)
      void sendToWebhook(toDeliver(send.record, send.result, send.image))
    },
    /** "Try again" on the customer's failure screen. */
    retryCustomer: (send: CustomerSend) => void sendForCustomer(send),
    markDownloaded: (record: VerifiedRecord) =>
      setDelivery({ via: 'download', reference: record.reference ?? '' }),
    sendAgain: hostTakesRecords ? deliverToHost : undefined,
    /** "Send again" after the webhook failed: the same sealed content, the same ticket. */
    sendWebhookAgain: () => {
      if (lastSent.current) void sendToWebhook(lastSent.current)
    },
    reset() {
      resetDelivery()
      setDelivery(null)
      setWebhook(null)
      lastSent.current = null
      hostTook.current = false
    },
  }
}
