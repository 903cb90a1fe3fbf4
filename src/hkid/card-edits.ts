// What a person changed between the card as read and the card as confirmed, field by field, as the text
// they saw and typed: the verified record's `edits`, and what the review form shows as edited.
import { z } from 'zod'
import type { CardFieldName, CardFields } from './recognize-contract.ts'

/** The fields in the order the review form shows them (and the record lists their edits). */
export const CARD_FIELD_ORDER = [
  'idNum',
  'cnName',
  'enName',
  'telexCode',
  'sex',
  'birthday',
  'symbol',
  'permanent',
  'firstIssueDate',
  'currentIssueDate',
  'windowEmbeddedText',
  'hkidVersion',
] as const satisfies readonly CardFieldName[]

/** A card as text: sex '' (unread) | 'M' | 'F'; permanent '' (unknown) | 'yes' | 'no'. */
export type CardText = Omit<CardFields, 'sex' | 'permanent'> & {
  sex: '' | 'M' | 'F'
  permanent: '' | 'yes' | 'no'
}

export function cardAsText(card: CardFields): CardText {
  return {
    ...card,
    sex: card.sex ?? '',
    permanent: card.permanent === null ? '' : card.permanent ? 'yes' : 'no',
  }
}

export const editSchema = z.object({
  field: z.enum(CARD_FIELD_ORDER),
  from: z.string(),
  to: z.string(),
})
export type Edit = z.infer<typeof editSchema>

/** Fields whose final text differs from what was read, in the form's order. */
export function listEdits(ocr: CardText, final: CardText): Edit[] {
  return CARD_FIELD_ORDER.filter((field) => ocr[field] !== final[field]).map((field) => ({
    field,
    from: ocr[field],
    to: final[field],
  }))
}
