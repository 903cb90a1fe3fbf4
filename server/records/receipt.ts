// A receipt for an accepted record: a random id (`rec_…`, the webhook id is `msg_<id>`) and a short reference
// a person can read out — 8 characters of an alphabet without 0/O and 1/I/L look-alikes, from the same bytes.
import { toBase64Url } from '../access/capture-token.ts'

/** 32 symbols (5 bits each): digits 2–9 and the letters but I and O. */
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'

/** XXXX-XXXX from the first 40 bits of `bytes`. */
export function referenceFor(bytes: Uint8Array): string {
  let bits = 0n
  for (let index = 0; index < 5; index++) bits = (bits << 8n) | BigInt(bytes[index] ?? 0)
  let symbols = ''
  for (let shift = 35n; shift >= 0n; shift -= 5n) symbols += REFERENCE_ALPHABET[Number((bits >> shift) & 31n)]
  return `${symbols.slice(0, 4)}-${symbols.slice(4)}`
}

export interface ReceiptIds {
  id: string
  reference: string
}

/** 128 bits: the id carries them all, the reference the first 40 (for people, not for uniqueness). */
export function receiptIdsFrom(bytes: Uint8Array): ReceiptIds {
  return { id: `rec_${toBase64Url(bytes)}`, reference: referenceFor(bytes) }
}
