// The customer reference belongs to the case, not to the moment of confirming: the operator may still
// correct it on the done screen, and the record and its file name follow. No zod here: the app shell uses it.
import type { VerifiedRecord } from '#src/hkid/verified-record.ts'

export function withReference(record: VerifiedRecord, reference: string): VerifiedRecord {
  const { reference: _old, ...rest } = record
  const trimmed = reference.trim()
  return trimmed ? { ...rest, reference: trimmed } : rest
}

/** `hkid-record-<reference>-<request id>.json`; the reference keeps letters and digits of any script. */
export function recordFileName(record: VerifiedRecord): string {
  const reference = (record.reference ?? '')
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 60)
  return `hkid-record-${reference ? `${reference}-` : ''}${record.requestId}.json`
}
