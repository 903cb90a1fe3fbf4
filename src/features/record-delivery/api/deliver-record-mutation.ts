// The record delivery as a mutation the flow holds: its code (jose, zod, the contract) loads on the first
// delivery, or earlier by prefetchRecordDelivery when review opens, never with the first screen.
import { mutationOptions } from '@tanstack/react-query'
import type { RecordReceipt } from '#src/hkid/record-delivery-contract.ts'
import type { DeliverRecordInput } from '../lib/deliver-record.ts'

const loadDelivery = () => import('../lib/deliver-record.ts')

/** Fetches the delivery's code and jose while the user reviews; a failure here is retried on confirm. */
export function prefetchRecordDelivery(): void {
  loadDelivery()
    .then(() => import('../lib/seal-record.ts'))
    .then(({ loadJose }) => loadJose())
    .catch(() => undefined)
}

export const deliverRecordMutation = () =>
  mutationOptions<RecordReceipt, unknown, DeliverRecordInput>({
    mutationKey: ['deliver-record'],
    mutationFn: async (input) => {
      const { deliverRecord } = await loadDelivery()
      return deliverRecord(input)
    },
    // The ticket is one-time and each failure is shown: the user retries, not the client behind their back.
    retry: 0,
    networkMode: 'always',
  })
