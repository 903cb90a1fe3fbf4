// The verified record a customer's confirmation builds from a recognition, unchanged, at one fixed moment: what
// the record tests and the sealed-record harness both start from.
import { checkCard } from '#src/hkid/check-card.ts'
import type { RecognizeResult } from '#src/hkid/recognize-contract.ts'
import { buildVerifiedRecord } from '#src/hkid/verified-record.ts'

export const CONFIRMED_AT = new Date('2026-12-07T10:00:00Z')

export function confirmedRecord(result: RecognizeResult) {
  return buildVerifiedRecord({
    journey: 'customer',
    result,
    card: result.card,
    check: checkCard(result.card, { today: CONFIRMED_AT }),
    reasons: {},
    reference: '',
    recognizedAt: CONFIRMED_AT,
    confirmedAt: CONFIRMED_AT,
  })
}
