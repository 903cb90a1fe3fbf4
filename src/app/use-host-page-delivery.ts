// Posts each confirmed record to the page that opened or frames the app, if the server names its origin.
// Resolves to whether it was posted, so the operator's done screen can say where the record went.
import { useCallback } from 'react'
import { hostWindow, postRecordToHost } from '#src/features/review/lib/host-page-delivery.ts'
import type { VerifiedRecord } from '#src/hkid/verified-record.ts'
import { getClientConfig } from '#src/session/client-config.ts'

/** Whether a record confirmed here would reach a host page: one opened or framed us, and the server names its origin. */
export async function hostPageTakesRecords(): Promise<boolean> {
  if (!hostWindow()) return false
  const { recordHostOrigin } = await getClientConfig()
  return recordHostOrigin !== null && recordHostOrigin !== '*'
}

export function useHostPageDelivery(): (record: VerifiedRecord) => Promise<boolean> {
  return useCallback(async (record: VerifiedRecord) => {
    if (!hostWindow()) return false
    const { recordHostOrigin } = await getClientConfig()
    return postRecordToHost(record, recordHostOrigin)
  }, [])
}
