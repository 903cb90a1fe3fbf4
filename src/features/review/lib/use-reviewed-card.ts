// The card under review, as both reviews (operator, customer) hold it: the form seeded with what was read,
// the card as currently typed, the rules' findings over it, and whether anything was changed by hand.
import { useMemo } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { listEdits } from '#src/hkid/card-edits.ts'
import type { RecognizeResult } from '#src/hkid/recognize-contract.ts'
import { cardFormResolver, cardToForm, parseFormCard, type CardFormValues } from './card-form-values.ts'
import { useCardCheck } from './use-card-check.ts'

export function useReviewedCard(result: RecognizeResult, recognizedAt: Date) {
  const ocrValues = useMemo(() => cardToForm(result.card), [result.card])
  const form = useForm<CardFormValues>({ defaultValues: ocrValues, resolver: cardFormResolver })
  const watched = useWatch({ control: form.control })
  const card = useMemo(() => parseFormCard({ ...ocrValues, ...watched }), [ocrValues, watched])
  // The recognizer's own account (doubts, unconfirmed characters, a second reading) is checked too.
  const check = useCardCheck(card, recognizedAt, result)
  const findings = useMemo(() => check?.findings ?? [], [check])
  const edited = listEdits(ocrValues, { ...ocrValues, ...watched }).length > 0
  return { form, ocrValues, watched, card, check, findings, edited }
}
