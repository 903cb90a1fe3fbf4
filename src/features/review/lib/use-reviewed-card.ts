// The card under review, as both reviews (operator, customer) hold it: the form seeded with what was read,
// the card as currently typed, the rules' findings over it, and whether anything was changed by hand.
import { useMemo, useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { listEdits } from '#src/hkid/card-edits.ts'
import type { CardFields, RecognizeResult } from '#src/hkid/recognize-contract.ts'
import { cardFormResolver, cardToForm, parseFormCard, type CardFormValues } from './card-form-values.ts'
import { useCardCheck } from './use-card-check.ts'

/** `previous`: a card confirmed before (back from a failed send), which the form starts from instead. */
export function useReviewedCard(result: RecognizeResult, recognizedAt: Date, previous?: CardFields) {
  const ocrValues = useMemo(() => cardToForm(result.card), [result.card])
  const [startValues] = useState(() => (previous ? cardToForm(previous) : ocrValues))
  const form = useForm<CardFormValues>({ defaultValues: startValues, resolver: cardFormResolver })
  const watched = useWatch({ control: form.control })
  const card = useMemo(() => parseFormCard({ ...ocrValues, ...watched }), [ocrValues, watched])
  // The recognizer's own account (doubts, unconfirmed characters, a second reading) is checked too.
  const check = useCardCheck(card, recognizedAt, result)
  const findings = useMemo(() => check?.findings ?? [], [check])
  const edited = listEdits(ocrValues, { ...ocrValues, ...watched }).length > 0
  return { form, ocrValues, watched, card, check, findings, edited }
}
