// The operator's done screen with its record delivery by webhook: started as the screen opens (on confirm),
// never holding up "Next customer", and shown as sending, sent with the receipt, or failed with "Send again".
// It opens with what was confirmed: the final name and number beside the card photo.
import type { ComponentProps } from 'react'
import type { DeliverRecord } from '#src/features/record-delivery/api/deliver-record-mutation.ts'
import { useWebhookDelivery } from '#src/features/record-delivery/hooks/use-webhook-delivery.ts'
import type { WebhookDelivery } from '#src/features/record-delivery/hooks/use-webhook-delivery.ts'
import { ConfirmedCard } from '#src/features/review/components/confirmed-card.tsx'
import { RecordView } from '#src/features/review/components/record-view.tsx'
import { useNumberCover } from '#src/features/review/lib/use-number-cover.ts'
import type { WebhookState } from '#src/features/review/components/webhook-state.tsx'
import type { RecordSend } from './flow-state.ts'

type OperatorDoneProps = Omit<ComponentProps<typeof RecordView>, 'webhook' | 'onSendWebhookAgain'> & {
  send: RecordSend
  deliver: DeliverRecord
}

/** The webhook's state in the done screen's words: the receipt's short number, or what went wrong. */
export function webhookState(delivery: WebhookDelivery): WebhookState {
  if (!delivery || delivery.status === 'sending') return delivery
  if (delivery.status === 'accepted') return { status: 'accepted', receipt: delivery.receipt.reference }
  const { problem, waitSeconds, requestId } = delivery.failure
  return { status: 'failed', problem, waitSeconds, requestId }
}

export function OperatorDone({ send, deliver, ...props }: OperatorDoneProps) {
  const webhook = useWebhookDelivery(send, deliver)
  useNumberCover(send.result)
  return (
    <RecordView
      {...props}
      summary={<ConfirmedCard record={props.confirmed} image={send.image} />}
      webhook={webhookState(webhook.state)}
      onSendWebhookAgain={webhook.sendAgain}
    />
  )
}
