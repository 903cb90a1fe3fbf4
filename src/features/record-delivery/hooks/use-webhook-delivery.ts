// The operator's record delivery by webhook: started when the done screen opens (once per record, however
// often it mounts), sent again on request after a failure, and how it stands for the screen to say.
import { useCallback, useEffect, useState } from 'react'
import type { RecordReceipt } from '#src/hkid/record-delivery-contract.ts'
import type { DeliverRecord } from '../api/deliver-record-mutation.ts'
import type { DeliveryOutcome, RecordToDeliver } from '../lib/deliver-record.ts'
import type { DeliveryFailure } from '../lib/delivery-problem.ts'
import { webhookConfigured } from '../lib/webhook-configured.ts'

/** Null when there is no webhook. */
export type WebhookDelivery =
  | { status: 'sending' }
  | { status: 'accepted'; receipt: RecordReceipt }
  | { status: 'failed'; failure: DeliveryFailure }
  | null

const firstAttempts = new WeakMap<object, Promise<DeliveryOutcome | null>>()

const stateOf = (outcome: DeliveryOutcome | null): WebhookDelivery =>
  !outcome
    ? null
    : 'receipt' in outcome
      ? { status: 'accepted', receipt: outcome.receipt }
      : { status: 'failed', failure: outcome.failure }

/** `deliver`: the flow's mutation (deliverRecordMutation), so its code stays out of the steps' chunks. */
export function useWebhookDelivery(send: RecordToDeliver, deliver: DeliverRecord) {
  const mutateAsync = deliver
  const [state, setState] = useState<WebhookDelivery>(null)

  useEffect(() => {
    let live = true
    void webhookConfigured().then((on) => {
      if (!on || !live) return
      setState({ status: 'sending' })
      let attempt = firstAttempts.get(send)
      if (!attempt) firstAttempts.set(send, (attempt = mutateAsync(send)))
      void attempt.then((outcome) => live && setState(stateOf(outcome)))
    })
    return () => {
      live = false
    }
  }, [send, mutateAsync])

  const sendAgain = useCallback(() => {
    setState({ status: 'sending' })
    void mutateAsync(send).then((outcome) => setState(stateOf(outcome)))
  }, [send, mutateAsync])

  return { state, sendAgain }
}
