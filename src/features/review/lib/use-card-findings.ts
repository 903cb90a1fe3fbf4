// Live findings for the card as currently typed: every rule of src/hkid, with the telecode rule joining
// once its table (a lazily loaded chunk) arrives.
import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { checkCard } from '#src/hkid/check-card.ts'
import type { Finding } from '#src/hkid/finding.ts'
import type { CardFields } from '#src/hkid/recognize-contract.ts'
import { loadTelecodeTable } from '#src/hkid/telecode.ts'

export function useTelecodeTable() {
  return useQuery({
    queryKey: ['telecode-table'],
    queryFn: loadTelecodeTable,
    staleTime: Infinity,
    // Public reference data, not personal: worth keeping for the next customer.
    gcTime: Infinity,
  })
}

export function useCardFindings(card: CardFields | null, today: Date): Finding[] {
  const { data: telecodes } = useTelecodeTable()
  return useMemo(() => (card ? checkCard(card, { today, telecodes }) : []), [card, today, telecodes])
}

/** A key for one finding about one value, used to attach an override reason to it: after an edit
 * to another wrong value the finding's params change, so an old reason no longer clears it. */
export function findingKey(finding: Finding): string {
  return `${finding.code}:${finding.field ?? 'card'}:${JSON.stringify(finding.params)}`
}
