// The rules of src/hkid over the card as currently typed, in one place: findings and resolved dates together,
// with the telecode rule joining once its table (a lazily loaded chunk) arrives.
import { queryOptions, useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { checkCard, type CardCheck } from '#src/hkid/check-card.ts'
import type { CardFields } from '#src/hkid/recognize-contract.ts'
import { loadTelecodeTable } from '#src/hkid/telecode-table.ts'

export const telecodeTableQuery = queryOptions({
  queryKey: ['telecode-table'],
  queryFn: loadTelecodeTable,
  staleTime: Infinity,
  // Public reference data, not personal: kept for the next customer.
  gcTime: Infinity,
  meta: { keepForNextCustomer: true },
})

/** Null while the form holds a value that is not yet a card (e.g. mid-typing). */
export function useCardCheck(card: CardFields | null, today: Date): CardCheck | null {
  const { data: telecodes } = useQuery(telecodeTableQuery)
  return useMemo(() => (card ? checkCard(card, { today, telecodes }) : null), [card, today, telecodes])
}
