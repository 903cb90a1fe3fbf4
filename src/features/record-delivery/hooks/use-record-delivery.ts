// Record delivery by webhook as the flow uses it: whether it is configured (GET /api/client-config), and
// one call that seals and posts a confirmed record, answering with the receipt or a failure to show.
import { useMutation } from '@tanstack/react-query'
import { useCallback } from 'react'
import type { RecordReceipt } from '#src/hkid/record-delivery-contract.ts'
import { getClientConfig } from '#src/session/client-config.ts'
import { deliverRecordMutation } from '../api/deliver-record-mutation.ts'
import { RecordDeliveryError } from '../api/record-delivery-error.ts'
import type { DeliveryFailure } from '../lib/delivery-problem.ts'
import type { SealInput } from '../lib/seal-record.ts'

export type DeliveryOutcome = { receipt: RecordReceipt } | { failure: DeliveryFailure }

/** What the operator's done screen shows of the webhook: null when it is off or nothing was sent yet. */
export type WebhookDelivery =
  | { status: 'sending' }
  | { status: 'accepted'; receipt: RecordReceipt }
  | { status: 'failed'; failure: DeliveryFailure }
  | null

export interface RecordToDeliver extends SealInput {
  ticket: string | undefined
}

export function failureOf(error: unknown): DeliveryFailure {
  // Anything else (the delivery's code failed to load) is a connection that dropped.
  if (!(error instanceof RecordDeliveryError)) return { code: 'NETWORK' }
  return {
    code: error.code,
    ...(error.retryAfterMs === undefined ? {} : { retryAfterMs: error.retryAfterMs }),
    ...(error.requestId === undefined ? {} : { requestId: error.requestId }),
  }
}

/** Whether records go to a webhook on this server. */
export async function webhookConfigured(): Promise<boolean> {
  return (await getClientConfig()).recordWebhook !== null
}

export function useRecordDelivery() {
  const { mutateAsync, reset } = useMutation(deliverRecordMutation())
  /** Seals and posts the record; null when no webhook is configured. */
  const deliver = useCallback(
    async (record: RecordToDeliver): Promise<DeliveryOutcome | null> => {
      const { recordWebhook } = await getClientConfig()
      if (!recordWebhook) return null
      try {
        return { receipt: await mutateAsync({ ...record, publicJwk: recordWebhook.publicJwk }) }
      } catch (error) {
        return { failure: failureOf(error) }
      }
    },
    [mutateAsync],
  )
  return { deliver, reset }
}
