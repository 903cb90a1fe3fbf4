// The review form edits every field as text (selects for sex and permanent); these convert between
// the card as recognized and the form's values, and list what the operator changed.
import { z } from 'zod'
import { cardFieldsSchema, type CardFieldName, type CardFields } from '#src/hkid/recognize-contract.ts'

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

export const cardFormSchema = z.object({
  cnName: z.string().trim(),
  enName: z.string().trim(),
  telexCode: z.string().trim(),
  sex: z.enum(['', 'M', 'F']),
  birthday: z.string().trim(),
  permanent: z.enum(['', 'yes', 'no']),
  idNum: z.string().trim().toUpperCase(),
  symbol: z.string().trim(),
  firstIssueDate: z.string().trim(),
  currentIssueDate: z.string().trim(),
  windowEmbeddedText: z.string().trim(),
  hkidVersion: z.string().trim(),
})
export type CardFormValues = z.infer<typeof cardFormSchema>

export function cardToForm(card: CardFields): CardFormValues {
  return {
    ...card,
    sex: card.sex ?? '',
    permanent: card.permanent === null ? '' : card.permanent ? 'yes' : 'no',
  }
}

export function formToCard(values: CardFormValues): CardFields {
  return cardFieldsSchema.parse({
    ...values,
    sex: values.sex === '' ? null : values.sex,
    permanent: values.permanent === '' ? null : values.permanent === 'yes',
  })
}

/** The card the form currently describes, or null while a value is not yet valid. */
export function parseFormCard(values: Partial<CardFormValues>): CardFields | null {
  const parsed = cardFormSchema.safeParse(values)
  return parsed.success ? formToCard(parsed.data) : null
}

export const editSchema = z.object({
  field: z.enum(CARD_FIELD_ORDER),
  from: z.string(),
  to: z.string(),
})
export type Edit = z.infer<typeof editSchema>

/** Fields whose final value differs from what was recognized, in the form's order. */
export function listEdits(ocr: CardFormValues, final: CardFormValues): Edit[] {
  return CARD_FIELD_ORDER.filter((field) => ocr[field] !== final[field]).map((field) => ({
    field,
    from: ocr[field],
    to: final[field],
  }))
}
