// Posts each confirmed record to the page that opened or frames the app, if the server names its origin.
import { useCallback } from 'react'
import { hostWindow, postRecordToHost } from '#src/features/review/lib/hand-off.ts'
import type { VerifiedRecord } from '#src/features/review/lib/verified-record.ts'

export function useHostHandOff(): (record: VerifiedRecord) => void {
  return useCallback((record: VerifiedRecord) => {
    if (!hostWindow()) return
    // Loaded on first hand-off: its zod schema has no place in the first screen's bundle.
    void import('#src/features/review/api/get-client-config.ts')
      .then(({ getClientConfig }) => getClientConfig())
      .then(({ handoffOrigin }) => postRecordToHost(record, handoffOrigin))
  }, [])
}
