// The record delivery as a mutation the flow holds: seal, then POST /api/records. It resolves with the receipt
// or the failure to show (null when no webhook is configured), so a screen shows either without a catch. Its
// code (jose, zod, the contract) loads when review opens or on the first delivery, never with the first screen.
import { mutationOptions } from '@tanstack/react-query'
import { getClientConfig } from '#src/session/client-config.ts'
import type { DeliveryOutcome, RecordToDeliver } from '../lib/deliver-record.ts'

export type DeliverRecord = (record: RecordToDeliver) => Promise<DeliveryOutcome | null>

const loadDelivery = () => import('../lib/deliver-record.ts')

export const deliverRecordMutation = () =>
  mutationOptions({
    mutationKey: ['deliver-record'],
    mutationFn: async (record: RecordToDeliver): Promise<DeliveryOutcome | null> => {
      const { recordWebhook } = await getClientConfig()
      if (!recordWebhook) return null
      return loadDelivery().then(
        (m) => m.sendRecord({ ...record, publicJwk: recordWebhook.publicJwk }),
        // The delivery's code did not load: a dropped connection, to retry like one.
        (): DeliveryOutcome => ({ failure: { code: 'NETWORK', problem: 'network' } }),
      )
    },
    // The ticket is one-time and each failure is shown: the user retries, not the client behind their back.
    retry: 0,
    networkMode: 'always',
  })

/** Fetches the sealing code (and jose) while the details are checked, when records are sealed here. */
export function warmRecordDelivery(): void {
  void getClientConfig().then(({ recordWebhook }) => {
    if (recordWebhook) loadDelivery().catch(() => undefined)
  })
}
