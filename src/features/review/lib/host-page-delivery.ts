// Hands a confirmed record to the page that opened or embeds the app, by postMessage to one configured
// origin — never '*', so a record cannot leak to whatever page happens to frame or open us.
import type { VerifiedRecord } from '#src/hkid/verified-record.ts'

export const RECORD_MESSAGE_TYPE = 'hkid-capture:verified-record'

export function hostWindow(): Window | null {
  if (window.opener && window.opener !== window) return window.opener as Window
  if (window.parent !== window) return window.parent
  return null
}

/** Returns true when the record was posted. */
export function postRecordToHost(record: VerifiedRecord, targetOrigin: string | null): boolean {
  const host = hostWindow()
  if (!host || !targetOrigin || targetOrigin === '*') return false
  host.postMessage({ type: RECORD_MESSAGE_TYPE, record }, targetOrigin)
  return true
}
