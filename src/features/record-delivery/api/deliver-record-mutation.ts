// The record delivery as a mutation the flow holds: seal, then POST /api/records. It resolves with the receipt
// or the failure to show (null when no webhook is configured), so a screen shows either without a catch. Its
// code (jose, zod, the contract) loads on the first delivery, never with the first screen.
import { mutationOptions } from '@tanstack/react-query'
import type { DeliveryOutcome, RecordToDeliver } from '../lib/deliver-record.ts'

export type DeliverRecord = (record: RecordToDeliver) => Promise<DeliveryOutcome | null>

export const deliverRecordMutation = () =>
  mutationOptions({
    mutationKey: ['deliver-record'],
    mutationFn: (record: RecordToDeliver) =>
      import('../lib/deliver-record.ts').then(
        (m) => m.sendRecord(record),
        // The delivery's code did not load: a dropped connection, to retry like one.
        (): DeliveryOutcome => ({ failure: { code: 'NETWORK', problem: 'network' } }),
      ),
    // The ticket is one-time and each failure is shown: the user retries, not the client behind their back.
    retry: 0,
    networkMode: 'always',
  })
