// The rules of src/hkid over the card as currently typed, in one place: findings and resolved dates together,
// with the telecode rule joining once its table (a lazily loaded chunk) arrives.
import { queryOptions, useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { checkCard, type CardCheck } from '#src/hkid/check-card.ts'
import type { ReadingEvidence } from '#src/hkid/reading-findings.ts'
import type { CardFields, RecognizeResult } from '#src/hkid/recognize-contract.ts'
import { loadTelecodeTable } from '#src/hkid/telecode-table.ts'

export const telecodeTableQuery = queryOptions({
  queryKey: ['telecode-table'],
  queryFn: loadTelecodeTable,
  staleTime: Infinity,
  // Public reference data, not personal: kept for the next customer.
  gcTime: Infinity,
  meta: { keepForNextCustomer: true },
})

/** What the recognizer said about its reading, for the rules that compare the card with it. */
export function readingEvidence(result: RecognizeResult): ReadingEvidence {
  return { ocr: result.card, reading: result.reading, crossCheck: result.crossCheck }
}

/**
 * Null while the form holds a value that is not yet a card (e.g. mid-typing). With the recognizer's `result`,
 * its own account of the reading (unsure fields, unconfirmed characters, a cross-check) joins the findings.
 */
export function useCardCheck(
  card: CardFields | null,
  today: Date,
  result?: RecognizeResult,
): CardCheck | null {
  const { data: telecodes } = useQuery(telecodeTableQuery)
  const reading = useMemo(() => (result ? readingEvidence(result) : undefined), [result])
  return useMemo(
    () => (card ? checkCard(card, { today, telecodes, reading }) : null),
    [card, today, telecodes, reading],
  )
}
